import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parse, type DocumentNode } from "graphql";

/** The SDL every subgraph starts from: federation link, Date/DateTime, PageInfo. */
export const sharedSchemaFile = new URL("./shared.graphql", import.meta.url);

/** Every `*.graphql` file under a folder, sorted by path; a service keeps one SDL file per module. */
export function schemaFilesUnder(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder).sort()) {
    const full = path.join(folder, entry);
    if (statSync(full).isDirectory()) found.push(...schemaFilesUnder(full));
    else if (entry.endsWith(".graphql")) found.push(full);
  }
  return found;
}

/** The service's type definitions: the shared SDL plus each module's file. */
export function loadTypeDefs(modulesFolder: string): DocumentNode {
  const files = [sharedSchemaFile.pathname, ...schemaFilesUnder(modulesFolder)];
  return parse(files.map((file) => readFileSync(file, "utf8")).join("\n"));
}
