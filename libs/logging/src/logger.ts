import { pino, type Logger } from "pino";

export type { Logger };

/** Structured JSON logs, one line an event; `service` and `requestId` make them joinable across processes. */
/** `level` comes from the process's settings (GANTRY_LOG_LEVEL, read through @gantry/config). */
export function createLogger(service: string, level = "info"): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        "password",
        "token",
        "authorization",
        "headers.authorization",
        "req.headers.authorization",
        "*.password",
        "*.token",
        "*.authorization",
      ],
      remove: true,
    },
  });
}
