import { describe, expect, it } from "vitest";
import type { SubgraphContext } from "./context.ts";
import { defineModule, lazyContext, subgraphFromModules } from "./modules.ts";

interface Context extends SubgraphContext {
  clock: { now: number };
  report: string;
}

const base = { requestId: "r1" } as unknown as SubgraphContext;

describe("modules", () => {
  it("builds each provider on first use only, once per request, after the providers it needs", () => {
    let built = 0;
    const providers = new Map<string, (context: Context) => unknown>([
      ["clock", () => ({ now: ++built })],
      ["report", (context: Context) => `at ${context.clock.now}`],
    ]);
    const context = lazyContext<Context>(base, providers);
    expect(built).toBe(0);
    expect(context.report).toBe("at 1");
    expect(context.clock.now).toBe(1);
    expect(built).toBe(1);
    expect(lazyContext<Context>(base, providers).clock.now).toBe(2);
  });

  it("refuses two modules providing the same name, at start", () => {
    const one = defineModule<Context>({ name: "one", providers: { report: () => "one" } });
    const two = defineModule<Context>({ name: "two", providers: { report: () => "two" } });
    expect(() => subgraphFromModules("test", [one, two])).toThrow("The context's report is provided by both the one and the two modules");
  });
});
