import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { identityFromClaims, type Identity } from "./identity.ts";
import { signInternalToken, verifyInternalToken } from "./internal-token.ts";

const secret = "a-secret-of-at-least-thirty-two-characters";
const scheduler = identityFromClaims({ sub: "u-1", name: "Sam Scheduler", roles: ["scheduler"] }) as Identity;

describe("internal identity token", () => {
  it("carries the identity and request id from the gateway to a subgraph", async () => {
    const token = await signInternalToken(scheduler, "req-1", secret);
    expect(await verifyInternalToken(token, secret)).toEqual({ ...scheduler, requestId: "req-1" });
  });

  it("is refused when signed with another secret or altered", async () => {
    const token = await signInternalToken(scheduler, "req-1", secret);
    expect(await verifyInternalToken(token, "another-secret-of-at-least-thirty-two-chars")).toBeNull();
    const [head, payload, signature] = token.split(".");
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload as string, "base64url").toString()), roles: ["administrator"] }),
    ).toString("base64url");
    expect(await verifyInternalToken(`${head}.${forged}.${signature}`, secret)).toBeNull();
    expect(await verifyInternalToken(`${head}.${payload}`, secret)).toBeNull();
    expect(await verifyInternalToken("not a token", secret)).toBeNull();
    expect(await verifyInternalToken(undefined, secret)).toBeNull();
  });

  it("expires after a minute", async () => {
    const issued = Date.parse("2026-11-23T10:00:00Z");
    const token = await signInternalToken(scheduler, "req-1", secret, issued);
    expect(await verifyInternalToken(token, secret, issued + 59_000)).not.toBeNull();
    expect(await verifyInternalToken(token, secret, issued + 70_000)).toBeNull();
  });

  it("refuses a correctly signed token that claims to live longer than one hop", async () => {
    const issued = Date.parse("2026-11-23T10:00:00Z");
    const iat = issued / 1000;
    const tenYears = 10 * 365 * 24 * 3600;
    expect(await verifyInternalToken(handMade({ iat, exp: iat + tenYears }), secret, issued)).toBeNull();
    expect(await verifyInternalToken(handMade({ iat, exp: iat + 66 }), secret, issued)).toBeNull();
    // Backdated iat cannot hide a far-future expiry either: exp itself must be near now.
    expect(await verifyInternalToken(handMade({ iat: iat + 3600, exp: iat + 3650 }), secret, issued)).toBeNull();
    expect(await verifyInternalToken(handMade({ iat, exp: iat + 60 }), secret, issued)).not.toBeNull();
  });
});

/** A token signed with the right secret but with the lifetime chosen by the caller. */
function handMade(times: { iat: number; exp: number }): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const claims = { sub: "u-1", name: "Sam", roles: ["scheduler"], scope: "", rid: "r", iss: "gantry-gateway", aud: "gantry-subgraph" };
  const input = `${encode({ alg: "HS256", typ: "JWT" })}.${encode({ ...claims, ...times })}`;
  return `${input}.${createHmac("sha256", secret).update(input).digest("base64url")}`;
}
