import type { RemoteManifestEntry } from "@gantry/web-kit/area";
import { graphqlAnswer, GraphQLRequestError, type GraphQLErrorEntry } from "@gantry/web-kit/graphql";
import { parse, type DocumentNode } from "graphql";

/** Whether the signed-in person may open an area, as its permission catalogue's `openArea` says. */
export type AreaAccess =
  | { state: "checking" }
  | { state: "open" }
  /** `who`: the catalogue's grant in words, null when the area has no openArea action. */
  | { state: "closed"; who: string | null }
  | { state: "unavailable"; reason: string };

interface PermissionAnswer {
  action: string;
  allowed: boolean;
  who: string;
}
type AccessAnswer = Partial<Record<string, PermissionAnswer[] | null>>;

/** `front-desk` → `frontDesk`: the start of the area's GraphQL names and the alias of its answer. */
export function graphqlName(area: string): string {
  return area.replace(/-[a-z]/g, (dash: string) => dash.charAt(1).toUpperCase());
}

/** One query for every area's catalogue: `{ patients: patientsPermissions { action allowed who } … }`. */
export function accessQuery(entries: readonly RemoteManifestEntry[]): DocumentNode {
  const fields = entries.map(({ area }) => `${graphqlName(area)}: ${graphqlName(area)}Permissions { action allowed who }`);
  return parse(`query AreaAccess { ${fields.join(" ")} }`);
}

function accessFrom(answer: readonly PermissionAnswer[]): AreaAccess {
  const openArea = answer.find((entry) => entry.action === "openArea");
  return openArea?.allowed ? { state: "open" } : { state: "closed", who: openArea?.who ?? null };
}

/** The areas the gateway says did not answer (AREA_UNAVAILABLE, `extensions.area`), with its words. */
function unavailableAreas(errors: readonly GraphQLErrorEntry[]): Map<string, string> {
  return new Map(
    errors.flatMap((error) => {
      const area = error.extensions?.code === "AREA_UNAVAILABLE" ? error.extensions.area : undefined;
      return typeof area === "string" ? [[area, error.message] as const] : [];
    }),
  );
}

/**
 * Asks every area at once whether the signed-in person may open it. An area that does not answer
 * is marked unavailable and the others still count. Each `<area>Permissions` is non-null, so the
 * gateway answers one missing area with no data at all, naming it: then the others are asked
 * again without it. Any other failure of the question throws.
 */
export async function askAreaAccess(entries: readonly RemoteManifestEntry[]): Promise<Map<string, AreaAccess>> {
  const access = new Map<string, AreaAccess>();
  let asking = [...entries];
  while (asking.length > 0) {
    const { data, errors } = await graphqlAnswer<AccessAnswer, Record<string, never>>(accessQuery(asking), {});
    const missing = unavailableAreas(errors);
    for (const { area } of asking) {
      const answer = data?.[graphqlName(area)];
      const reason = missing.get(area) ?? (data ? (errors[0]?.message ?? "It did not answer.") : undefined);
      if (answer) access.set(area, accessFrom(answer));
      else if (reason) access.set(area, { state: "unavailable", reason });
    }
    if (data) return access;
    const rest = asking.filter(({ area }) => !missing.has(area));
    if (rest.length === asking.length) {
      throw new GraphQLRequestError(
        errors[0]?.extensions?.code ?? "INTERNAL_SERVER_ERROR",
        errors.map((error) => error.message),
        errors,
      );
    }
    asking = rest;
  }
  return access;
}
