import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";

const loggerPath = fileURLToPath(new URL("./logger.ts", import.meta.url));

/**
 * The JSON lines a real process writes with createLogger. pino writes to file descriptor 1
 * directly (not through process.stdout.write), so the only faithful capture is another process.
 */
async function logLines(script: string): Promise<Record<string, unknown>[]> {
  const program = `import { createLogger } from ${JSON.stringify(loggerPath)};\n${script}`;
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "--eval", program]);
  return stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("createLogger", () => {
  test("leaves authorization headers, passwords and tokens out of the log, and keeps the rest", async () => {
    const [line] = await logLines(`createLogger("gateway").info({
      req: { method: "POST", headers: { authorization: "Bearer secret-jwt", host: "gantry.test" } },
      account: { username: "scheduler", password: "gantry-demo" },
      session: { token: "secret-token", expiresIn: 3600 },
    }, "signed in");`);
    const written = JSON.stringify(line);
    for (const secret of ["secret-jwt", "gantry-demo", "secret-token"]) expect(written).not.toContain(secret);
    expect(line).toMatchObject({
      msg: "signed in",
      req: { method: "POST", headers: { host: "gantry.test" } },
      account: { username: "scheduler" },
      session: { expiresIn: 3600 },
    });
  });

  test("also leaves out secrets logged at the top level or under any object's headers", async () => {
    const [line] = await logLines(`createLogger("gateway").info({
      password: "top-password", token: "top-token", authorization: "Bearer top",
      headers: { authorization: "Bearer nested" }, upstream: { authorization: "Bearer deeper" },
    }, "careless");`);
    const written = JSON.stringify(line);
    for (const secret of ["top-password", "top-token", "Bearer top", "Bearer nested", "Bearer deeper"])
      expect(written).not.toContain(secret);
  });

  test("names the service on every line and writes only at or above its level", async () => {
    const lines = await logLines(`const log = createLogger("patients", "warn"); log.info("hidden"); log.warn("shown");`);
    expect(lines).toEqual([expect.objectContaining({ service: "patients", name: "patients", msg: "shown", time: expect.any(String) })]);
  });
});
