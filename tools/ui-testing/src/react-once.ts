import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

// React's internals object: React's core and react-dom both carry it; nothing else does.
const reactMarker = "__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE";

const appsDir = fileURLToPath(new URL("../../../apps/", import.meta.url));

/** Whether a script's source carries a copy of React. */
export function carriesReact(source: string): boolean {
  return source.includes(reactMarker);
}

/** Chunks of an app's build (apps/<app>/dist/assets) that carry a copy of React (a remote's fallback for the shared module). */
export async function reactCopiesInBuild(app: string): Promise<string[]> {
  const assets = `${appsDir}${app}/dist/assets/`;
  const files = (await readdir(assets, { recursive: true })).filter((file) => file.endsWith(".js"));
  const copies: string[] = [];
  for (const file of files) if (carriesReact(await readFile(`${assets}${file}`, "utf8"))) copies.push(file);
  return copies;
}

/**
 * React came once, from the shell: the page loaded the remote served at /remotes/<app>/ (its entry
 * and exposed area), and none of the chunks in which its build carries React was fetched.
 * `scripts` are the page's script URLs (recordScripts from ./browser).
 */
export async function expectReactLoadedOnce(scripts: string[], app: string): Promise<void> {
  const copies = await reactCopiesInBuild(app);
  expect(copies.length).toBeGreaterThan(0);
  const fromRemote = scripts.filter((url) => new URL(url).pathname.startsWith(`/remotes/${app}/`));
  expect(fromRemote.some((url) => url.endsWith("/remoteEntry.js"))).toBe(true);
  expect(fromRemote.some((url) => url.includes("__federation_expose_Area"))).toBe(true);
  expect(fromRemote.filter((url) => copies.some((copy) => url.endsWith(`/${copy}`)))).toEqual([]);
}
