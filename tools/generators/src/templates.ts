import type { ActionType } from "plop";

/** Copies one template folder (tools/generators/templates/<folder>) into `destination`, rendered with `data`. */
export function copyTemplates(folder: string, destination: string, data: object): ActionType {
  return {
    type: "addMany",
    destination,
    base: `templates/${folder}`,
    templateFiles: `templates/${folder}/**/*.tpl`,
    // Templates end in .tpl so that prettier, eslint and tsc leave them alone: they are not code until rendered.
    stripExtensions: ["tpl"],
    globOptions: { dot: true },
    data,
    abortOnFail: true,
  };
}

/** A step of the generator that is not a template: its message is what plop prints once it is done. */
export function step(run: () => string): ActionType {
  return () => run();
}
