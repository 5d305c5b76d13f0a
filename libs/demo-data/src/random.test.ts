import { describe, expect, it } from "vitest";
import { DemoRandom, stableUuid } from "./random.ts";

describe("DemoRandom", () => {
  it("repeats the same stream for the same seed and differs for another", () => {
    const draw = (seed: number) => {
      const random = new DemoRandom(seed);
      return Array.from({ length: 20 }, () => random.int(0, 1_000_000));
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it("keeps integers inside their bounds and draws UUIDs of version 4 layout", () => {
    const random = new DemoRandom(7);
    const values = Array.from({ length: 1000 }, () => random.int(3, 5));
    expect(new Set(values)).toEqual(new Set([3, 4, 5]));
    expect(random.digits(14)).toMatch(/^\d{14}$/);
    expect(random.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe("stableUuid", () => {
  it("gives one id per name, different across namespaces", () => {
    expect(stableUuid("staff", "T0001")).toBe(stableUuid("staff", "T0001"));
    expect(stableUuid("staff", "T0001")).not.toBe(stableUuid("patients", "T0001"));
    expect(stableUuid("staff", "T0001")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
