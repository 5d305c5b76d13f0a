import path from "node:path";
import type { ActionType } from "plop";
import { format, install, writeSchemas } from "./finish.ts";
import { checkName } from "./names.ts";
import { areaPlan } from "./plan.ts";
import { appendCodeOwners, areaFolderProblem, codeOwnerLines, graphqlNamesInUse, nextFreePort, repositoryRoot } from "./repository.ts";
import { copyTemplates, step } from "./templates.ts";

/** Why `pnpm gen area <name>` cannot run, or null. Checked before anything is written. */
export function areaProblem(name: string): string | null {
  const invalid = checkName(name, "The area name");
  if (invalid !== true) return invalid;
  const folder = areaFolderProblem(repositoryRoot, name);
  if (folder) return folder;
  const plan = areaPlan(name, 0);
  const taken = graphqlNamesInUse(repositoryRoot, [
    plan.note.type,
    plan.note.listField,
    plan.note.addField,
    `${plan.area.camel}Permissions`,
  ]);
  return taken.length > 0 ? `the area's GraphQL names are already served: ${taken.join(", ")}` : null;
}

export function areaActions(name: string): ActionType[] {
  const plan = areaPlan(name, nextFreePort(repositoryRoot));
  const service = path.join(repositoryRoot, "services", name);
  const app = path.join(repositoryRoot, "apps", name);
  const noteData = { ...plan.note };
  return [
    copyTemplates("area/service", service, plan),
    copyTemplates("module", path.join(service, "src/modules"), noteData),
    copyTemplates("migration", path.join(service, "src/database/migrations"), noteData),
    copyTemplates("area/app", app, plan),
    step(() => {
      appendCodeOwners(repositoryRoot, codeOwnerLines(name, plan.team));
      return `CODEOWNERS: services/${name}/ and apps/${name}/ belong to ${plan.team}`;
    }),
    step(() => {
      install();
      return "pnpm install: the lockfile has @gantry/" + name + " and @gantry/" + name + "-web";
    }),
    step(() => {
      format([`services/${name}`, `apps/${name}`]);
      return "prettier: the generated files are formatted";
    }),
    step(() => {
      writeSchemas();
      return `pnpm schema:write: services/${name}/schema.graphql is what the subgraph serves`;
    }),
    [
      `${plan.area.words} is ready: subgraph on port ${plan.port} (${plan.area.upperSnake}_*, database ${plan.database}), remote at /${name}/.`,
      "Next:",
      `  1. Say what the area is in services/${name}/README.md and apps/${name}/README.md; put the real team in CODEOWNERS.`,
      `  2. Write the real modules: pnpm gen module ${name} <name>, then remove the starter note module (module, migration, screen).`,
      `  3. Check everything as CI does: ./gantry test`,
      `  4. Commit services/${name}, apps/${name}, CODEOWNERS and pnpm-lock.yaml.`,
    ].join("\n"),
  ];
}
