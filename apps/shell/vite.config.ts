import { readFileSync } from "node:fs";
import federation from "@originjs/vite-plugin-federation";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { sharedModules } from "@gantry/web-kit/federation";

/**
 * The host announces each shared module with its version. The plugin looks it up through
 * `<name>/package.json`, which packages with an exports map (Mantine, web-kit entry points)
 * do not expose, so the version is read from the package folder here.
 */
function versionOf(specifier: string): string {
  const parts = specifier.split("/");
  const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
  const manifest = JSON.parse(readFileSync(new URL(`./node_modules/${name}/package.json`, import.meta.url), "utf8")) as { version: string };
  return manifest.version;
}

export default defineConfig({
  plugins: [
    react(),
    federation({
      name: "shell",
      // Areas' remotes are registered at runtime from /remotes.json (src/remote-loader.ts). The
      // plugin only generates its loader runtime when the host names a remote, hence this one.
      remotes: {
        placeholder: { external: "/remotes/placeholder/remoteEntry.js", externalType: "url", format: "esm", from: "vite" },
      },
      shared: Object.fromEntries(sharedModules.map((name) => [name, { version: versionOf(name) }])),
    }),
  ],
  build: {
    // Shared modules are imported with top-level await.
    target: "esnext",
    modulePreload: false,
  },
});
