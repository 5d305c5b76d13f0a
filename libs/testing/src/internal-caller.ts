import type { Identity } from "@gantry/auth/identity";
import { identityFromClaims } from "@gantry/auth/identity";
import { identityHeader, signInternalToken } from "@gantry/auth/internal-token";
import type { Role, Scope } from "@gantry/auth/roles";
import type { GraphQLResponse } from "./graphql-client.ts";

export const testInternalSecret = "test-internal-secret-test-internal-secret";

export function testIdentity(role: Role, extraScopes: Scope[] = []): Identity {
  const identity = identityFromClaims({ sub: `test:${role}`, name: `Test ${role}`, roles: [role], scope: extraScopes.join(" ") });
  if (!identity) throw new Error(`no identity for ${role}`);
  return identity;
}

/**
 * Calls a subgraph over real HTTP the way the gateway does: with a signed identity header.
 * Pass `identity: null` to call it as an outsider would.
 */
export async function callSubgraph<TData = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  identity: Identity | null = testIdentity("scheduler"),
): Promise<GraphQLResponse<TData>> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (identity) headers[identityHeader] = await signInternalToken(identity, "test-request", testInternalSecret);
  const response = await fetch(`${url}/graphql`, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<TData>, "status">) };
}
