import { existsSync } from "node:fs";
import path from "node:path";
import type { ActionType } from "plop";
import { format, writeSchemas } from "./finish.ts";
import { checkName } from "./names.ts";
import { moduleNameProblem, modulePlan, type ModulePlan } from "./plan.ts";
import { graphqlNamesInUse, insertAtAnchors, missingAnchors, repositoryRoot, serviceFolders, type Anchor } from "./repository.ts";
import { copyTemplates, step } from "./templates.ts";

const importsLine = "// pnpm gen module adds its imports above this line.";

/**
 * Where a new module is wired into an area `pnpm gen area` wrote. Hand-written areas have none of
 * these lines, so the generator refuses them instead of guessing where their lists are.
 */
function anchors(service: string, plan: ModulePlan): Anchor[] {
  const { mod, type } = plan;
  const file = (relative: string) => path.join(service, relative);
  return [
    {
      file: file("src/subgraph.ts"),
      line: importsLine,
      insert: `import { ${mod.camel}Module } from "./modules/${mod.kebab}/${mod.kebab}.module.ts";`,
    },
    { file: file("src/subgraph.ts"), line: "// pnpm gen module adds its module above this line.", insert: `${mod.camel}Module,` },
    {
      file: file("src/context.ts"),
      line: importsLine,
      insert: `import type { ${mod.pascal}Manager } from "./modules/${mod.kebab}/${mod.kebab}.manager.ts";`,
    },
    {
      file: file("src/context.ts"),
      line: "// pnpm gen module adds its manager above this line.",
      insert: `${plan.manager}: ${mod.pascal}Manager;`,
    },
    {
      file: file("codegen.ts"),
      line: "// pnpm gen module adds its mappers above this line.",
      insert: `${type}: "../modules/${mod.kebab}/${mod.kebab}.entity.ts#${type}",`,
    },
    {
      file: file("src/database/migrations.ts"),
      line: importsLine,
      insert: `import { ${plan.migrationClass} } from "./migrations/${plan.migrationName}.ts";`,
    },
    {
      file: file("src/database/migrations.ts"),
      line: "// pnpm gen module adds its migration above this line.",
      insert: `{ name: "${plan.migrationName}", class: ${plan.migrationClass} },`,
    },
    {
      file: file("src/permissions.ts"),
      line: "// pnpm gen module adds its actions above this line.",
      insert: `${plan.readAction}: allow("Read ${plan.plural}", departmentRoles),\n${plan.addAction}: allow("Add ${plan.plural}", areaOffice),`,
    },
  ];
}

/** Why `pnpm gen module <area> <name>` cannot run, or null. Checked before anything is written. */
export function moduleProblem(area: string, name: string): string | null {
  for (const [value, what] of [
    [area, "The area"],
    [name, "The module name"],
  ] as const) {
    const invalid = checkName(value, what);
    if (invalid !== true) return invalid;
  }
  const service = path.join(repositoryRoot, "services", area);
  if (!existsSync(path.join(service, "area.json")))
    return `services/${area} is not an area; the areas are ${serviceFolders(repositoryRoot).join(", ")}`;
  const plan = modulePlan(area, name);
  const named = moduleNameProblem(plan);
  if (named) return `module ${name}: ${named}`;
  if (existsSync(path.join(service, "src/modules", name))) return `services/${area}/src/modules/${name} already exists`;
  const missing = missingAnchors(repositoryRoot, anchors(service, plan));
  if (missing.length > 0)
    return [
      `services/${area} was not written by \`pnpm gen area\` (or its generator lines were removed), so the module cannot be wired in:`,
      ...missing.map((line) => `  - ${line}`),
      "Add the module by hand (docs/adding-an-area.md) or put those lines back.",
    ].join("\n");
  const taken = graphqlNamesInUse(repositoryRoot, [plan.type, plan.listField, plan.addField]);
  return taken.length > 0 ? `the module's GraphQL names are already served: ${taken.join(", ")}; choose another name` : null;
}

export function moduleActions(area: string, name: string): ActionType[] {
  const plan = modulePlan(area, name);
  const service = path.join(repositoryRoot, "services", area);
  const wiring = anchors(service, plan);
  return [
    copyTemplates("module", path.join(service, "src/modules"), plan),
    copyTemplates("migration", path.join(service, "src/database/migrations"), plan),
    step(() => {
      insertAtAnchors(wiring);
      return `wired into ${[...new Set(wiring.map((anchor) => path.relative(service, anchor.file)))].join(", ")}`;
    }),
    step(() => {
      format([`services/${area}`]);
      writeSchemas();
      return `formatted; services/${area}/schema.graphql rewritten`;
    }),
    [
      `Module ${name} added to ${area}: type ${plan.type}, ${plan.listField}, ${plan.addField}, table ${plan.table}, actions ${plan.readAction} and ${plan.addAction}.`,
      "Next:",
      `  1. Give ${plan.type} its real fields: ${name}.graphql, .entity.ts, .input.ts, the migration ${plan.migrationName}.ts and the int test, together.`,
      `  2. Set who may do what in services/${area}/src/permissions.ts, then pnpm schema:write.`,
      "  3. ./gantry test",
    ].join("\n"),
  ];
}
