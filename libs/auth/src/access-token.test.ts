import { describe, expect, it } from "vitest";
import { createAccessTokenVerifier, localKeys } from "./access-token.ts";
import { createDemoIdentityProvider, demoAudience, demoPassword } from "./demo-identity-provider.ts";

const issuer = "http://gantry.test";

describe("access token verifier", () => {
  it("maps a valid token to the caller's identity, and refuses another issuer's or audience's", async () => {
    const provider = await createDemoIdentityProvider(issuer);
    const issued = await provider.issueToken("scheduler", demoPassword);
    const verify = createAccessTokenVerifier({ issuer, audience: demoAudience, keys: localKeys(provider.jwks) });
    const identity = await verify(issued?.access_token ?? "");
    expect(identity?.roles).toEqual(["scheduler"]);
    expect(identity?.scopes).toContain("phi:read");
    const wrongAudience = createAccessTokenVerifier({ issuer, audience: "someone-else", keys: localKeys(provider.jwks) });
    expect(await wrongAudience(issued?.access_token ?? "")).toBeNull();
    const stranger = await createDemoIdentityProvider(issuer);
    const strangerToken = await stranger.issueToken("admin", demoPassword);
    expect(strangerToken).not.toBeNull();
    expect(await verify(strangerToken?.access_token ?? "")).toBeNull();
  });

  it("stops accepting a remembered token once it has expired", async () => {
    const provider = await createDemoIdentityProvider(issuer);
    const issued = await provider.issueToken("coordinator", demoPassword);
    let clock = Date.now();
    const verify = createAccessTokenVerifier({ issuer, audience: demoAudience, keys: localKeys(provider.jwks) }, () => clock);
    const token = issued?.access_token ?? "";
    expect(await verify(token)).not.toBeNull();
    clock += 30_000;
    expect(await verify(token)).not.toBeNull();
    clock += (issued?.expires_in ?? 0) * 1000;
    expect(await verify(token)).toBeNull();
  });
});
