import { pino, type Logger } from "pino";

export type { Logger };

/** Structured JSON logs, one line an event; `service` and `requestId` make them joinable across processes. */
export function createLogger(service: string, level: string = process.env.GANTRY_LOG_LEVEL ?? "info"): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ["req.headers.authorization", "*.password", "*.token"], remove: true },
  });
}
