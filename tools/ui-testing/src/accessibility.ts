import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

/** One serious or critical axe-core violation, in a form a failing test prints readably. */
export interface AccessibilityFinding {
  rule: string;
  impact: string;
  targets: string[];
  help: string;
}

const require = createRequire(import.meta.url);
// axe-core's browser build, injected into the page as it is (the maintained rules, not a copy of them).
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) on the part of the page under `root` (less `exclude`,
 * each excluded part with its reason at the caller) and returns its serious and critical
 * violations; a screen passes when there are none.
 */
export async function accessibilityFindings(
  page: Page,
  root = "body",
  options: { exclude?: string[] } = {},
): Promise<AccessibilityFinding[]> {
  if (!(await page.evaluate(() => "axe" in globalThis))) await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(
    async ([selector, exclude]) => {
      const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> } }).axe;
      return axe.run({ include: [selector], exclude }, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    },
    [root, options.exclude ?? []] as const,
  );
  return (result as AxeResult).violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? "",
      targets: violation.nodes.map((node) => node.target.join(" ")),
      help: violation.help,
    }));
}
