import { isTimeZone } from "@gantry/calendar/calendar";
import { z } from "zod";

/** Thrown at start-up when the environment does not describe a valid configuration. */
export class ConfigurationError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join("\n  - ")}`);
    this.name = "ConfigurationError";
    this.problems = problems;
  }
}

export type Environment = Record<string, string | undefined>;

/**
 * Reads and validates a set of environment variables at once, so that a misconfigured
 * deployment fails at start with every problem listed, not at the first request.
 */
// eslint-disable-next-line no-restricted-properties -- the one place settings are read from the environment
export function readEnvironment<Shape extends z.ZodRawShape>(shape: Shape, env: Environment = process.env): z.infer<z.ZodObject<Shape>> {
  const values: Record<string, string | undefined> = {};
  for (const key of Object.keys(shape)) {
    const value = env[key];
    values[key] = value === "" ? undefined : value;
  }
  const result = z.object(shape).safeParse(values);
  if (!result.success) {
    throw new ConfigurationError(result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  return result.data;
}

export const runtimeModes = ["development", "test", "production"] as const;
export type RuntimeMode = (typeof runtimeModes)[number];

/** Field builders shared by every service's configuration. */
export const setting = {
  runtimeMode: () => z.enum(runtimeModes).default("development"),
  port: (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback),
  url: () => z.url(),
  optionalUrl: () => z.url().optional(),
  text: (fallback: string) => z.string().min(1).default(fallback),
  optionalText: () => z.string().min(1).optional(),
  flag: (fallback: boolean) =>
    z
      .enum(["true", "false", "1", "0"])
      .default(fallback ? "true" : "false")
      .transform((value) => value === "true" || value === "1"),
  logLevel: () => z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
  positiveInteger: (fallback: number) => z.coerce.number().int().positive().default(fallback),
  /** An IANA time zone name such as America/Chicago. */
  timeZone: (fallback: string) => z.string().refine(isTimeZone, "must be an IANA time zone such as America/Chicago").default(fallback),
  /** An interface address or host name to listen on; loopback unless a deployment opens it on purpose. */
  bindHost: () =>
    z
      .string()
      .regex(/^[\w.:-]+$/, "must be an IP address or host name, e.g. 127.0.0.1 or 0.0.0.0")
      .default("127.0.0.1"),
};

/** Settings every Gantry process reads. */
export const commonSettings = {
  NODE_ENV: setting.runtimeMode(),
  GANTRY_LOG_LEVEL: setting.logLevel(),
  /** Where the embedded default keeps its data (PostgreSQL cluster, keys). */
  GANTRY_DATA_DIR: setting.text(".gantry"),
  /**
   * Where every Gantry server (web server, gateway, subgraphs) listens. Loopback by default so a
   * developer's stack is not reachable from the hospital network; containers set 0.0.0.0.
   */
  GANTRY_BIND_HOST: setting.bindHost(),
  /** The department's IANA time zone: "today", day boundaries and wall-clock hours in every area and screen. */
  GANTRY_TIME_ZONE: setting.timeZone("UTC"),
};
