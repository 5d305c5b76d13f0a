import { exportJWK, generateKeyPair, SignJWT, type JSONWebKeySet } from "jose";
import type { Role, Scope } from "./roles.ts";

/**
 * The built-in identity provider of the embedded default: one demo account per role, tokens
 * signed with a key made at start. Never used in production (the gateway refuses to start it).
 */
export interface DemoAccount {
  username: string;
  name: string;
  roles: Role[];
  /** Extra scopes beyond the role's defaults (none for the demo integration: no PHI). */
  scopes?: Scope[];
}

export const demoPassword = "gantry-demo";

export const demoAccounts: readonly DemoAccount[] = [
  { username: "scheduler", name: "Sam Scheduler", roles: ["scheduler"] },
  { username: "technologist", name: "Taylor Technologist", roles: ["technologist"] },
  { username: "radiologist", name: "Dr. Riley Radiologist", roles: ["radiologist"] },
  { username: "coordinator", name: "Casey Coordinator", roles: ["coordinator"] },
  { username: "manager", name: "Morgan Manager", roles: ["manager"] },
  { username: "quality", name: "Quinn Quality", roles: ["quality_officer"] },
  { username: "admin", name: "Alex Administrator", roles: ["administrator"] },
  { username: "integration", name: "Demo Integration", roles: ["integration"] },
];

/** The subject a demo account's tokens carry: what a staff record links to for "my worklist". */
export function demoSubject(username: string): string {
  return `demo:${username}`;
}

export const demoAudience = "gantry";
const tokenLifetime = "8h";

export interface IssuedToken {
  access_token: string;
  token_type: "Bearer";
  expires_in: number;
}

export interface DemoIdentityProvider {
  issuer: string;
  jwks: JSONWebKeySet;
  /** Returns a token, or null when the username or password is wrong. */
  issueToken(username: string, password: string): Promise<IssuedToken | null>;
}

export async function createDemoIdentityProvider(issuer: string): Promise<DemoIdentityProvider> {
  const { privateKey, publicKey } = await generateKeyPair("ES256");
  const kid = `demo-${Date.now().toString(36)}`;
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: "ES256", use: "sig" };
  return {
    issuer,
    jwks: { keys: [publicJwk] },
    async issueToken(username, password) {
      const account = demoAccounts.find((candidate) => candidate.username === username);
      if (!account || password !== demoPassword) return null;
      const token = await new SignJWT({
        name: account.name,
        roles: account.roles,
        ...(account.scopes ? { scope: account.scopes.join(" ") } : {}),
      })
        .setProtectedHeader({ alg: "ES256", kid })
        .setSubject(demoSubject(account.username))
        .setIssuer(issuer)
        .setAudience(demoAudience)
        .setIssuedAt()
        .setExpirationTime(tokenLifetime)
        .sign(privateKey);
      return { access_token: token, token_type: "Bearer", expires_in: 8 * 3600 };
    },
  };
}
