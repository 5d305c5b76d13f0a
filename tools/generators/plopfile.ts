import type { NodePlopAPI } from "plop";
import { areaActions, areaProblem } from "./src/area-generator.ts";
import { moduleActions, moduleProblem } from "./src/module-generator.ts";
import { checkName } from "./src/names.ts";

/**
 * `pnpm gen area <name>` and `pnpm gen module <area> <name>`. Arguments bypass the prompts, so
 * both run unattended; without them plop asks. See tools/generators/README.md.
 */
export default function generators(plop: NodePlopAPI): void {
  plop.setGenerator("area", {
    description: "a new area: subgraph, micro-frontend, declaration, CODEOWNERS lines",
    prompts: [
      {
        type: "input",
        name: "areaName",
        message: "Area name (lower-case words and dashes, e.g. radiology-reading)",
        validate: (value: string) => checkName(value, "The area name"),
      },
    ],
    actions: (answers) => {
      const name = String(answers?.["areaName"] ?? "");
      const problem = areaProblem(name);
      return problem ? [refuse(problem)] : areaActions(name);
    },
  });

  plop.setGenerator("module", {
    description: "a new module in an area written by `pnpm gen area`",
    prompts: [
      {
        type: "input",
        name: "areaFolder",
        message: "Area (its folder under services/)",
        validate: (value: string) => checkName(value, "The area"),
      },
      {
        type: "input",
        name: "moduleName",
        message: "Module name (lower-case words and dashes, e.g. reading-report)",
        validate: (value: string) => checkName(value, "The module name"),
      },
    ],
    actions: (answers) => {
      // Answers are named apart from the templates' data (area, mod, …), which plop merges them with.
      const area = String(answers?.["areaFolder"] ?? "");
      const name = String(answers?.["moduleName"] ?? "");
      const problem = moduleProblem(area, name);
      return problem ? [refuse(problem)] : moduleActions(area, name);
    },
  });
}

/** An action that fails with the reason: plop reports it and writes nothing (it is the first action). */
function refuse(reason: string) {
  return () => {
    process.exitCode = 1;
    throw new Error(reason);
  };
}
