import { readFileSync } from "node:fs";
import { z } from "zod";

/** A package export and the name of one of its exports, e.g. `@gantry/patients/subgraph` + `patientsSubgraph`. */
const exportName = z.string().regex(/^[A-Za-z_$][\w$]*$/, "must be a JavaScript export name");
const packageExport = z
  .string()
  .regex(/^@[a-z0-9-]+\/[a-z0-9-]+(\/[a-z0-9./-]+)?$/, 'must be a package export such as "@gantry/<area>/subgraph"');
const relativePath = z
  .string()
  .min(1)
  .refine((value) => !value.startsWith("/") && !value.split("/").includes(".."), "must be a path inside the folder, without ..");

const rolesMoved = "roles is no longer read: who sees the area is its permission catalogue's openArea action (src/permissions.ts)";

/**
 * What `services/<area>/area.json` declares: everything the platform's tools need to run,
 * compose, seed and show the area. The tools read only this, never a list of their own.
 */
export const areaFileSchema = z.strictObject({
  /** The subgraph's name in the supergraph, the remote's federation name and its URL segment. */
  name: z.string().regex(/^[a-z][a-z-]*$/, "must be lower-case letters and dashes"),
  /** Default subgraph port (`<envPrefix>_PORT` overrides it). */
  port: z.number().int().min(1024).max(65535),
  /** Prefix of the area's settings: PATIENTS_PORT, PATIENTS_DATABASE_URL. */
  envPrefix: z.string().regex(/^[A-Z][A-Z0-9_]*$/, "must be upper-case letters, digits and _"),
  /** Its own PostgreSQL database. */
  database: z.string().regex(/^[a-z][a-z0-9_]*$/, "must be a lower-case PostgreSQL name"),
  /** The committed SDL, as the subgraph serves it (relative to the service folder). */
  schema: relativePath.refine((value) => value.endsWith(".graphql"), "must be a .graphql file"),
  /** The process entry (relative to the service folder). */
  entry: relativePath,
  /** Where the in-process tools (test stack, seeding, schema:write) find the area's code. */
  subgraph: z.strictObject({ module: packageExport, definition: exportName, dataModel: exportName }),
  /**
   * Demo data: `function` loads the area's own data into its empty database before the services
   * start; `withOtherAreas`, when given, runs once every area answers, for data that must fit what
   * other areas hold (read through the gateway, never their tables).
   */
  seed: z.strictObject({ module: packageExport, function: exportName, withOtherAreas: exportName.optional() }).optional(),
  /**
   * The micro-frontend. The shell's navigation shows `title` to those the area's permission
   * catalogue lets `openArea` (src/permissions.ts), as the API answers it; there is no role list here.
   */
  remote: z
    .strictObject(
      {
        /** The remote's package folder, relative to the repository root; its build is `<folder>/dist`. */
        folder: relativePath,
        title: z.string().min(1),
      },
      { error: (issue) => (issue.code === "unrecognized_keys" && issue.keys.includes("roles") ? rolesMoved : undefined) },
    )
    .optional(),
});

export type AreaFile = z.infer<typeof areaFileSchema>;

export class AreaFileError extends Error {
  readonly file: string;
  constructor(file: string, problems: string[]) {
    super(`${file} is not a valid area declaration:\n  - ${problems.join("\n  - ")}`);
    this.name = "AreaFileError";
    this.file = file;
  }
}

/** Reads and validates one area.json; any problem throws naming the file and each bad field. */
export function readAreaFile(file: string): AreaFile {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new AreaFileError(file, [`not JSON: ${error instanceof Error ? error.message : String(error)}`]);
  }
  const parsed = areaFileSchema.safeParse(value);
  if (!parsed.success) {
    throw new AreaFileError(
      file,
      parsed.error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join(".") : "(file)"}: ${issue.message}`),
    );
  }
  return parsed.data;
}
