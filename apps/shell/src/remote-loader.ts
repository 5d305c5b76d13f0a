import { __federation_method_getRemote, __federation_method_setRemote, __federation_method_unwrapDefault } from "__federation__";
import type { AreaComponent, RemoteManifestEntry } from "@gantry/web-kit/area";

/** Raised when an area's remote cannot be fetched or does not expose a usable `./Area`. */
export class RemoteLoadError extends Error {
  override name = "RemoteLoadError";
}

const loading = new Map<string, Promise<AreaComponent>>();

async function load(entry: RemoteManifestEntry): Promise<AreaComponent> {
  // Registered at runtime from the manifest, so a redeployed remote needs no shell rebuild.
  const url = new URL(entry.url, window.location.href).href;
  __federation_method_setRemote(entry.area, { url: () => Promise.resolve(url), format: "esm", from: "vite" });
  let module: unknown;
  try {
    module = await __federation_method_getRemote(entry.area, "./Area");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new RemoteLoadError(`The ${entry.title} area could not be loaded from ${entry.url} (${reason}).`, { cause: error });
  }
  const component = __federation_method_unwrapDefault(module);
  if (typeof component !== "function") {
    throw new RemoteLoadError(`The ${entry.title} area at ${entry.url} does not export a component from ./Area.`);
  }
  return component as AreaComponent;
}

/** Loads an area's root component once; after a failure the next call tries again. */
export function loadArea(entry: RemoteManifestEntry): Promise<AreaComponent> {
  let pending = loading.get(entry.area);
  if (!pending) {
    pending = load(entry);
    loading.set(entry.area, pending);
    pending.catch(() => loading.delete(entry.area));
  }
  return pending;
}
