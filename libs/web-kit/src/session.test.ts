import { createDemoIdentityProvider } from "@gantry/auth/demo-identity-provider";
import { describe, expect, test } from "vitest";
import { hasRole, hasScope, sessionFromToken } from "./session.ts";

describe("sessionFromToken", () => {
  test("reads the name, roles and the role's scopes from a token of the demo provider", async () => {
    const provider = await createDemoIdentityProvider("http://gantry.test/auth");
    const token = await provider.issueToken("scheduler", "gantry-demo");
    const session = sessionFromToken("scheduler", token?.access_token ?? "");
    expect(session).toMatchObject({ username: "scheduler", displayName: "Sam Scheduler", roles: ["scheduler"] });
    expect(session?.scopes).toEqual(expect.arrayContaining(["phi:read", "phi:write"]));
    expect(session && hasRole(session, "coordinator", "scheduler")).toBe(true);
    expect(session && hasScope(session, "audit:read")).toBe(false);
  });

  test("a manager's session carries no PHI scope", async () => {
    const provider = await createDemoIdentityProvider("http://gantry.test/auth");
    const token = await provider.issueToken("manager", "gantry-demo");
    const session = sessionFromToken("manager", token?.access_token ?? "");
    expect(session?.scopes).toContain("audit:read");
    expect(session?.scopes.filter((scope) => scope.startsWith("phi:"))).toEqual([]);
    expect(session && hasScope(session, "phi:read")).toBe(false);
  });

  test("refuses malformed and expired tokens", () => {
    const encode = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, "");
    const expired = `${encode({ alg: "none" })}.${encode({ sub: "demo:x", roles: ["scheduler"], exp: 1 })}.x`;
    expect(sessionFromToken("x", expired)).toBeNull();
    expect(sessionFromToken("x", "not-a-token")).toBeNull();
    const noRole = `${encode({ alg: "none" })}.${encode({ sub: "demo:x", roles: ["pilot"] })}.x`;
    expect(sessionFromToken("x", noRole)).toBeNull();
  });
});
