import { readEnvironment } from "@gantry/config/environment";
import { describe, expect, it } from "vitest";
import { eventSettings } from "./event-settings.ts";

describe("event settings", () => {
  it("read the subscribers as area → URL, without trailing slashes", () => {
    const env = readEnvironment(eventSettings, {
      GANTRY_EVENT_SUBSCRIBERS: '{"scheduling":"http://127.0.0.1:4005/","quality":"https://q.example"}',
    });
    expect(env.GANTRY_EVENT_SUBSCRIBERS).toEqual({ scheduling: "http://127.0.0.1:4005", quality: "https://q.example" });
    expect(env.GANTRY_EVENT_MAX_ATTEMPTS).toBe(25);
  });

  it("deliver nowhere when unset", () => {
    expect(readEnvironment(eventSettings, {}).GANTRY_EVENT_SUBSCRIBERS).toEqual({});
  });

  it("refuse what is not a map of area names to http URLs, saying why", () => {
    for (const value of ["scheduling=http://x", '["http://x"]', '{"Scheduling":"http://x"}', '{"scheduling":"ftp://x"}'])
      expect(() => readEnvironment(eventSettings, { GANTRY_EVENT_SUBSCRIBERS: value }), value).toThrow(/GANTRY_EVENT_SUBSCRIBERS/);
  });
});
