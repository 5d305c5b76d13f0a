import { fileURLToPath } from "node:url";
import { commonSettings, readEnvironment, setting, type Environment } from "@gantry/config/environment";
import { internalSecretSetting } from "@gantry/subgraph-kit/service";
import { z } from "zod";

const defaultSupergraph = fileURLToPath(new URL("../supergraph.graphql", import.meta.url));

/** Every gateway setting, read and validated at start (documented in the README's configuration table). */
export const gatewaySettings = {
  ...commonSettings,
  GATEWAY_PORT: setting.port(4000),
  GATEWAY_SUPERGRAPH_PATH: setting.text(defaultSupergraph),
  /** How often the supergraph file is read for a new version (served without a restart); 0 never. */
  GATEWAY_SUPERGRAPH_POLL_MS: z.coerce.number().int().min(0).default(5000),
  /** Comma-separated `name=url` pairs overriding the routing URLs composed into the supergraph. */
  GATEWAY_SUBGRAPH_URLS: z.string().optional(),
  GATEWAY_ALLOWED_ORIGINS: z.string().default("http://localhost:3000,http://127.0.0.1:3000"),
  GATEWAY_MAX_DEPTH: setting.positiveInteger(12),
  GATEWAY_MAX_ALIASES: setting.positiveInteger(30),
  GATEWAY_MAX_COST: setting.positiveInteger(20_000),
  /** Lexical tokens per document, counted while parsing; the largest app operation has 89. */
  GATEWAY_MAX_TOKENS: setting.positiveInteger(1000),
  /** Directives per document; the apps use none. */
  GATEWAY_MAX_DIRECTIVES: setting.positiveInteger(10),
  /** Times one field (response name) may appear in one selection set, fragments included. */
  GATEWAY_MAX_FIELD_REPEATS: setting.positiveInteger(5),
  /** How long one subgraph call may take before that area's part of the answer is given up. */
  GATEWAY_SUBGRAPH_TIMEOUT_MS: setting.positiveInteger(10_000),
  GANTRY_INTERNAL_TOKEN_SECRET: internalSecretSetting(),
  /** `builtin`: the demo identity provider (refused in production); `oidc`: a real one. */
  GANTRY_AUTH_MODE: z.enum(["builtin", "oidc"]).default("builtin"),
  OIDC_ISSUER: setting.optionalUrl(),
  OIDC_JWKS_URL: setting.optionalUrl(),
  OIDC_AUDIENCE: z.string().optional(),
  OIDC_ROLES_CLAIM: z.string().default("roles"),
};

export type GatewayConfig = ReturnType<typeof readGatewayConfig>;

export function parseSubgraphUrls(value: string | undefined): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const pair of (value ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [name, url] = pair.split("=");
    if (!name || !url) throw new Error(`GATEWAY_SUBGRAPH_URLS: "${pair}" is not name=url`);
    urls[name] = url;
  }
  return urls;
}

export function readGatewayConfig(env?: Environment) {
  const config = readEnvironment(gatewaySettings, env);
  if (config.GANTRY_AUTH_MODE === "oidc" && (!config.OIDC_ISSUER || !config.OIDC_JWKS_URL || !config.OIDC_AUDIENCE)) {
    throw new Error("GANTRY_AUTH_MODE=oidc needs OIDC_ISSUER, OIDC_JWKS_URL and OIDC_AUDIENCE.");
  }
  if (config.NODE_ENV === "production" && config.GANTRY_AUTH_MODE === "builtin") {
    throw new Error("The built-in demo identity provider is refused in production: set GANTRY_AUTH_MODE=oidc.");
  }
  return {
    ...config,
    subgraphUrls: parseSubgraphUrls(config.GATEWAY_SUBGRAPH_URLS),
    allowedOrigins: config.GATEWAY_ALLOWED_ORIGINS.split(",")
      .map((origin) => origin.trim())
      .filter(Boolean),
  };
}
