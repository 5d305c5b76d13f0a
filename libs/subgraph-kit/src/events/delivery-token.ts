import { readShortLivedToken, signShortLivedToken, type TokenKind } from "@gantry/auth/short-lived-token";

/**
 * A producing area vouches for one delivery with a short-lived HS256 token signed with the
 * internal secret, like the gateway's identity tokens (libs/auth/src/short-lived-token.ts) but with
 * its own issuer and audience, so neither kind is accepted in place of the other. The token names
 * the producer, the one consumer it is meant for and the one event it carries: a captured token
 * can neither be replayed to another area nor carry another event.
 */
export const deliveryTokenHeader = "authorization";

/** The token of one delivery to `consumer`: audience per consumer, one 60 s hop. */
function deliveryTokenFor(consumer: string): TokenKind {
  return { issuer: "gantry-events", audience: `gantry-events:${consumer}`, lifetimeSeconds: 60 };
}

export interface DeliveryClaims {
  producer: string;
  consumer: string;
  eventId: string;
}

export function signDeliveryToken(claims: DeliveryClaims, secret: string, now = Date.now()): string {
  return signShortLivedToken(deliveryTokenFor(claims.consumer), { sub: claims.producer, evt: claims.eventId }, secret, now);
}

/** The producer and event a token vouches for, or null when it is missing, forged, expired or meant for another area. */
export function verifyDeliveryToken(
  token: string | undefined,
  consumer: string,
  secret: string,
  now = Date.now(),
): { producer: string; eventId: string } | null {
  const payload = readShortLivedToken(deliveryTokenFor(consumer), token, secret, now);
  if (!payload || typeof payload.sub !== "string" || typeof payload.evt !== "string") return null;
  return { producer: payload.sub, eventId: payload.evt };
}

/** `Bearer <token>` → the token. */
export function bearerToken(value: string | string[] | undefined): string | undefined {
  if (typeof value !== "string") return undefined;
  const match = /^Bearer ([\w.-]+)$/.exec(value);
  return match?.[1];
}
