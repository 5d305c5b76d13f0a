import { callGateway } from "@gantry/testing/graphql-client";
import type { Scenario } from "./scenarios.ts";

/** `{ searchPatients(…) { nodes { id id id … } } }`: about 30 KB at 10,000 fields. */
function repeatedFields(count: number): string {
  return `{ searchPatients(filter: { familyName: "a" }) { nodes { ${Array.from({ length: count }, () => "id").join(" ")} } } }`;
}

/**
 * Documents the gateway must refuse before validating them (validation of repeated fields is
 * quadratic): a request counts as answered when it is refused with the token limit's reason.
 */
export function limitScenarios(options: { gatewayUrl: string; token: string }): Scenario[] {
  return [10_000, 20_000].map((count) => {
    const query = repeatedFields(count);
    return {
      name: `refused: ${count.toLocaleString("en")} repeated fields (gateway)`,
      async request() {
        const response = await callGateway(options.gatewayUrl, query, {}, { token: options.token });
        return response.status === 400 && response.errors?.[0]?.extensions?.reason === "MAX_TOKENS";
      },
    };
  });
}
