import { signInternalToken, verifyInternalToken } from "@gantry/auth/internal-token";
import { identityFromClaims } from "@gantry/auth/identity";
import { describe, expect, it } from "vitest";
import { bearerToken, signDeliveryToken, verifyDeliveryToken } from "./delivery-token.ts";

const secret = "unit-test-secret-unit-test-secret-0000";
const claims = { producer: "patients", consumer: "scheduling", eventId: "7d1f0c1e-5d0a-4d47-9b0e-3c1b2a0f9e11" };

describe("delivery tokens", () => {
  it("name the producer and the event to the area they were made for", () => {
    expect(verifyDeliveryToken(signDeliveryToken(claims, secret), "scheduling", secret)).toEqual({
      producer: "patients",
      eventId: claims.eventId,
    });
  });

  it("are refused by another area, with another secret, once expired, or altered", () => {
    const token = signDeliveryToken(claims, secret);
    expect(verifyDeliveryToken(token, "quality", secret)).toBeNull();
    expect(verifyDeliveryToken(token, "scheduling", `${secret}x`)).toBeNull();
    expect(verifyDeliveryToken(token, "scheduling", secret, Date.now() + 120_000)).toBeNull();
    expect(verifyDeliveryToken(signDeliveryToken(claims, secret, Date.now() + 120_000), "scheduling", secret)).toBeNull();
    const [head, , signature] = token.split(".");
    const payload = Buffer.from(JSON.stringify({ iss: "gantry-events", sub: "staff", aud: "gantry-events:scheduling" })).toString(
      "base64url",
    );
    expect(verifyDeliveryToken(`${head}.${payload}.${signature}`, "scheduling", secret)).toBeNull();
    expect(verifyDeliveryToken(undefined, "scheduling", secret)).toBeNull();
  });

  it("never pass for the gateway's identity tokens, nor those for them", async () => {
    const identity = identityFromClaims({ sub: "u1", name: "U", roles: ["administrator"] });
    if (!identity) throw new Error("no identity");
    expect(verifyDeliveryToken(await signInternalToken(identity, "r1", secret), "scheduling", secret)).toBeNull();
    expect(await verifyInternalToken(signDeliveryToken(claims, secret), secret)).toBeNull();
  });

  it("travel as a bearer token", () => {
    expect(bearerToken("Bearer a.b.c")).toBe("a.b.c");
    expect(bearerToken("Basic a.b.c")).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});
