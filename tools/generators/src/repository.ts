import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { discoverAreas } from "@gantry/areas/areas";

/** The repository the generator writes into (this file is tools/generators/src/repository.ts). */
export const repositoryRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** Folders under services/ and apps/ that are not areas: an area may not take their names. */
const platformFolders = ["gateway", "shell"];

/** The port after the highest one any area declares: a new area never shares one. */
export function nextFreePort(root: string): number {
  return Math.max(4000, ...discoverAreas(root).map((area) => area.defaultPort)) + 1;
}

export function areaFolderProblem(root: string, name: string): string | null {
  if (platformFolders.includes(name)) return `${name} is a platform folder, not an area`;
  for (const folder of [`services/${name}`, `apps/${name}`])
    if (existsSync(path.join(root, folder))) return `${folder} already exists; choose another name or remove it first`;
  return null;
}

/** Every committed SDL of the repository's areas, for finding a GraphQL name already in use. */
function schemaFiles(root: string): string[] {
  return discoverAreas(root)
    .map((area) => area.schemaFile)
    .filter((file) => existsSync(file));
}

/** GraphQL names that some area already serves: a second definition would break composition. */
export function graphqlNamesInUse(root: string, names: readonly string[]): string[] {
  const taken: string[] = [];
  for (const file of schemaFiles(root)) {
    const sdl = readFileSync(file, "utf8");
    for (const name of names) if (new RegExp(`\\b${name}\\b`).test(sdl)) taken.push(`${name} (in ${path.relative(root, file)})`);
  }
  return taken;
}

/** A line the area templates put in a file, above which `pnpm gen module` inserts. */
export interface Anchor {
  file: string;
  line: string;
  insert: string;
}

/** Lines of `anchors` that cannot be found: each names its file, so the message says what is missing. */
export function missingAnchors(root: string, anchors: readonly Anchor[]): string[] {
  return anchors
    .filter((anchor) => !existsSync(anchor.file) || !readFileSync(anchor.file, "utf8").includes(anchor.line))
    .map((anchor) => `${path.relative(root, anchor.file)}: no line "${anchor.line}"`);
}

/** Inserts each anchor's text above its line, keeping the line's indentation. */
export function insertAtAnchors(anchors: readonly Anchor[]): void {
  for (const anchor of anchors) {
    const text = readFileSync(anchor.file, "utf8");
    const at = text.indexOf(anchor.line);
    const lineStart = text.lastIndexOf("\n", at) + 1;
    const indent = /^\s*/.exec(text.slice(lineStart, at + 1))?.[0] ?? "";
    const inserted = anchor.insert
      .split("\n")
      .map((line) => `${indent}${line}\n`)
      .join("");
    writeFileSync(anchor.file, `${text.slice(0, lineStart)}${inserted}${text.slice(lineStart)}`);
  }
}

/** The CODEOWNERS lines of one area: its subgraph and its remote belong to the same team. */
export function codeOwnerLines(area: string, team: string): string[] {
  return [`/services/${area}/ ${team}`, `/apps/${area}/ ${team}`];
}

export function appendCodeOwners(root: string, lines: readonly string[]): void {
  const file = path.join(root, "CODEOWNERS");
  const text = existsSync(file) ? readFileSync(file, "utf8") : "";
  const missing = lines.filter((line) => !text.split("\n").includes(line));
  if (missing.length > 0) writeFileSync(file, `${text}${text === "" || text.endsWith("\n") ? "" : "\n"}${missing.join("\n")}\n`);
}

/** Areas' folder names under services/, for the module generator's message when the area is unknown. */
export function serviceFolders(root: string): string[] {
  return readdirSync(path.join(root, "services"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(root, "services", entry.name, "area.json")))
    .map((entry) => entry.name);
}
