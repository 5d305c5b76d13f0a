import { describe, expect, test } from "vitest";
import { ConfigurationError, readEnvironment, setting } from "./environment.ts";

const shape = {
  SERVICE_PORT: setting.port(4001),
  SERVICE_URL: setting.optionalUrl(),
  SERVICE_TIME_ZONE: setting.timeZone("UTC"),
  SERVICE_SEED: setting.flag(true),
  SERVICE_HOST: setting.bindHost(),
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    readEnvironment(shape, env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  return [];
}

describe("readEnvironment", () => {
  test("lists every bad setting at once, each under its name", () => {
    const problems = problemsOf({
      SERVICE_PORT: "80000",
      SERVICE_URL: "not a url",
      SERVICE_TIME_ZONE: "Mars/Olympus_Mons",
      SERVICE_SEED: "yes",
      SERVICE_HOST: "127.0.0.1; rm -rf /",
    });
    expect(problems.map((problem) => problem.split(":")[0])).toEqual(Object.keys(shape));
    expect(problems.find((problem) => problem.startsWith("SERVICE_TIME_ZONE"))).toContain("IANA time zone");
  });

  test("names every problem in the message a process prints before it exits", () => {
    expect(() => readEnvironment(shape, { SERVICE_PORT: "-1", SERVICE_SEED: "maybe" })).toThrow(
      /Invalid configuration:\n {2}- SERVICE_PORT: .*\n {2}- SERVICE_SEED: /,
    );
  });

  test("takes an empty value as unset, so the default applies", () => {
    expect(readEnvironment(shape, { SERVICE_PORT: "", SERVICE_URL: "", SERVICE_SEED: "", SERVICE_HOST: "" })).toEqual({
      SERVICE_PORT: 4001,
      SERVICE_URL: undefined,
      SERVICE_TIME_ZONE: "UTC",
      SERVICE_SEED: true,
      SERVICE_HOST: "127.0.0.1",
    });
  });

  test("converts what it accepts and reads only the settings it was asked for", () => {
    const env = {
      SERVICE_PORT: "0",
      SERVICE_URL: "postgres://db:5432/x",
      SERVICE_TIME_ZONE: "America/Chicago",
      SERVICE_SEED: "0",
      OTHER: "x",
    };
    expect(readEnvironment(shape, env)).toEqual({
      SERVICE_PORT: 0,
      SERVICE_URL: "postgres://db:5432/x",
      SERVICE_TIME_ZONE: "America/Chicago",
      SERVICE_SEED: false,
      SERVICE_HOST: "127.0.0.1",
    });
  });
});
