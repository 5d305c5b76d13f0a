import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** One recorded release of the supergraph: when, which subgraphs, and the file's fingerprint. */
export interface Release {
  recordedAt: string;
  subgraphs: string[];
  sha256: string;
}

export interface ReleaseFolder {
  /** The last released supergraph: what `schema:check` compares against. */
  supergraphFile: string;
  /** Every release, oldest first. */
  historyFile: string;
}

export function releaseFolder(dir: string): ReleaseFolder {
  return { supergraphFile: path.join(dir, "supergraph.graphql"), historyFile: path.join(dir, "releases.json") };
}

export async function readReleases(folder: ReleaseFolder): Promise<Release[]> {
  try {
    return JSON.parse(await readFile(folder.historyFile, "utf8")) as Release[];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

/** Records `supergraphSdl` as the released supergraph and appends it to the history. */
export async function recordRelease(folder: ReleaseFolder, supergraphSdl: string, subgraphs: string[], now = new Date()): Promise<Release> {
  const release: Release = {
    recordedAt: now.toISOString(),
    subgraphs,
    sha256: createHash("sha256").update(supergraphSdl).digest("hex"),
  };
  await mkdir(path.dirname(folder.supergraphFile), { recursive: true });
  await writeFile(folder.supergraphFile, supergraphSdl);
  await writeFile(folder.historyFile, `${JSON.stringify([...(await readReleases(folder)), release], null, 2)}\n`);
  return release;
}
