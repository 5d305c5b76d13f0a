import { createHmac } from "node:crypto";
import { identityFromClaims, type Identity } from "@gantry/auth/identity";
import { signInternalToken } from "@gantry/auth/internal-token";
import { describe, expect, it } from "vitest";
import { isServiceCallRequest, serviceCallRequestId, signServiceCallToken, verifyServiceCallToken } from "./service-call-token.ts";

const secret = "a-secret-of-at-least-thirty-two-characters";
const caller = identityFromClaims({ sub: "u-1", name: "Ada Okafor", roles: ["technologist"] }) as Identity;
const claims = { caller, area: "equipment", requestId: "3f1c0b8e-0000-4000-8000-000000000001" };

/** A token with any payload, signed with the right secret: what a leaked secret could make. */
function signedWith(payload: Record<string, unknown>): string {
  const header = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url");
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  const signature = createHmac("sha256", secret).update(`${header}.${body}`).digest("base64url");
  return `${header}.${body}.${signature}`;
}

describe("service call tokens", () => {
  it("carry the caller as the gateway signed them, the asking area and the request id", () => {
    expect(verifyServiceCallToken(signServiceCallToken(claims, secret), secret)).toEqual(claims);
  });

  it("are refused with another secret, after expiry, or from the future", () => {
    const now = Date.now();
    expect(verifyServiceCallToken(signServiceCallToken(claims, "another-secret-of-thirty-two-characters!"), secret)).toBeNull();
    expect(verifyServiceCallToken(signServiceCallToken(claims, secret, now - 60_000), secret, now)).toBeNull();
    expect(verifyServiceCallToken(signServiceCallToken(claims, secret, now + 60_000), secret, now)).toBeNull();
  });

  it("are refused when they claim to live longer than one question, even correctly signed", () => {
    const iat = Math.floor(Date.now() / 1000);
    const base = {
      sub: "u-1",
      roles: ["technologist"],
      act: { sub: "equipment" },
      rid: "r-1",
      iss: "gantry-subgraph",
      aud: "gantry-gateway",
    };
    expect(verifyServiceCallToken(signedWith({ ...base, iat, exp: iat + 30 }), secret)).not.toBeNull();
    expect(verifyServiceCallToken(signedWith({ ...base, iat, exp: iat + 3600 }), secret)).toBeNull();
    expect(verifyServiceCallToken(signedWith({ ...base, iat: iat - 3000, exp: iat + 20 }), secret)).toBeNull();
    expect(verifyServiceCallToken(signedWith({ ...base, act: undefined, iat, exp: iat + 30 }), secret)).toBeNull();
  });

  it("are not the gateway's identity tokens: neither passes for the other", async () => {
    expect(verifyServiceCallToken(await signInternalToken(caller, "r-1", secret), secret)).toBeNull();
  });

  it("mark the request id of a service call, so its area asks no one else", () => {
    const hop = serviceCallRequestId(claims.requestId, "equipment");
    expect(hop).toMatch(/^[\w-]{1,64}$/); // still a request id subgraphs take from the gateway
    expect(isServiceCallRequest(hop)).toBe(true);
    expect(isServiceCallRequest(claims.requestId)).toBe(false);
  });
});
