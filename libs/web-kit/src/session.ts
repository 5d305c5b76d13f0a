import { identityFromClaims } from "@gantry/auth/identity";

/** The signed-in person, as the shell and every area's remote see them. */
export interface Session {
  username: string;
  displayName: string;
  roles: string[];
  /** Role defaults plus any granted in the token (phi:read, phi:write, audit:read). */
  scopes: string[];
  /** Bearer token for /graphql. */
  token: string;
}

/** Raised by signIn with a sentence the login form can show as is. */
export class SignInError extends Error {
  override name = "SignInError";
}

const storageKey = "gantry.session";
type Listener = (session: Session | null, reason: SessionEndReason | null) => void;
/** Why a session ended: the user signed out, or the API no longer accepted the token. */
export type SessionEndReason = "signed-out" | "expired";

const listeners = new Set<Listener>();
let current: Session | null | undefined;

function decodePayload(token: string): Record<string, unknown> | null {
  const part = token.split(".")[1];
  if (!part) return null;
  try {
    const base64 = part
      .replace(/-/g, "+")
      .replace(/_/g, "/")
      .padEnd(Math.ceil(part.length / 4) * 4, "=");
    const json = new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
    const payload: unknown = JSON.parse(json);
    return typeof payload === "object" && payload !== null ? (payload as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * Reads who the token says the user is. The signature is the gateway's business; the browser
 * only needs the claims to decide what to show. Roles and scopes follow the same rules as the
 * services (libs/auth identityFromClaims), so the UI and the API agree.
 */
export function sessionFromToken(username: string, token: string): Session | null {
  const payload = decodePayload(token);
  if (!payload) return null;
  if (typeof payload.exp === "number" && payload.exp * 1000 <= Date.now()) return null;
  const identity = identityFromClaims(payload);
  if (!identity) return null;
  return { username, displayName: identity.name, roles: identity.roles, scopes: identity.scopes, token };
}

function load(): Session | null {
  try {
    const stored = sessionStorage.getItem(storageKey);
    if (!stored) return null;
    const { username, token } = JSON.parse(stored) as { username?: unknown; token?: unknown };
    return typeof username === "string" && typeof token === "string" ? sessionFromToken(username, token) : null;
  } catch {
    return null;
  }
}

function publish(session: Session | null, reason: SessionEndReason | null): void {
  current = session;
  if (session) sessionStorage.setItem(storageKey, JSON.stringify({ username: session.username, token: session.token }));
  else sessionStorage.removeItem(storageKey);
  for (const listener of listeners) listener(session, reason);
}

/** The signed-in session (kept in sessionStorage, so it survives reloads but not the tab). */
export function currentSession(): Session | null {
  if (current === undefined) current = load();
  if (current && !sessionFromToken(current.username, current.token)) publish(null, "expired");
  return current;
}

/** Calls the listener whenever someone signs in or out; returns the unsubscribe function. */
export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Exchanges a username and password for a token at the identity provider (same origin). */
export async function signIn(username: string, password: string): Promise<Session> {
  let response: Response;
  try {
    response = await fetch("/auth/token", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password }),
    });
  } catch {
    throw new SignInError("Gantry is not reachable. Check your connection and try again.");
  }
  if (response.status === 401 || response.status === 400) throw new SignInError("Unknown user or wrong password.");
  if (!response.ok) throw new SignInError(`Sign-in is unavailable right now (HTTP ${response.status}). Try again shortly.`);
  const body = (await response.json()) as { access_token?: unknown };
  const session = typeof body.access_token === "string" ? sessionFromToken(username, body.access_token) : null;
  if (!session) throw new SignInError("This account has no Gantry role. Ask an administrator for access.");
  publish(session, null);
  return session;
}

export function signOut(): void {
  publish(null, "signed-out");
}

/** The API refused the token (expired or revoked): drop it so the shell asks to sign in again. */
export function expireSession(): void {
  if (currentSession()) publish(null, "expired");
}

export function hasRole(session: Session, ...roles: string[]): boolean {
  return session.roles.some((role) => roles.includes(role));
}

export function hasScope(session: Session, scope: string): boolean {
  return session.scopes.includes(scope);
}
