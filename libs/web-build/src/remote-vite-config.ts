import federation from "@originjs/vite-plugin-federation";
import react from "@vitejs/plugin-react";
import { defineConfig, type UserConfig } from "vite";
// Same list as the shell, so React, Mantine, the router, the query cache and the session exist once.
import { sharedModules } from "@gantry/web-kit/federation";
import { readEnvironment, setting } from "@gantry/config/environment";

export interface RemoteBuildOptions {
  /** The area id: the federation remote's name and the shell's route (`/<name>/*`). */
  name: string;
  /** Serve index.html with `vite` on this port for working on the area alone (`pnpm dev:standalone`). */
  standaloneDevPort?: number;
}

/**
 * The Vite build of one area's remote: remoteEntry.js exposing "./Area", loadable from any URL
 * the runtime manifest names.
 */
export function remoteViteConfig(options: RemoteBuildOptions): UserConfig {
  const { GANTRY_GATEWAY_URL: gatewayUrl } = readEnvironment({ GANTRY_GATEWAY_URL: setting.url().default("http://localhost:4000") });
  return defineConfig({
    // Keep base "/": with "./" the plugin writes "./assets/<expose>.js" into assets/remoteEntry.js,
    // which resolves to assets/assets/ (originjs/vite-plugin-federation#715). With "/", the expose and
    // chunk imports are written relative ("./x.js") and resolve against wherever remoteEntry.js is served.
    base: "/",
    plugins: [
      react(),
      federation({
        name: options.name,
        filename: "remoteEntry.js",
        exposes: { "./Area": "./src/Area.tsx" },
        shared: sharedModules,
      }),
    ],
    ...(options.standaloneDevPort
      ? {
          // Only for the standalone page: the API of a running `pnpm start`, same origin.
          server: { port: options.standaloneDevPort, proxy: { "/graphql": gatewayUrl, "/auth": gatewayUrl } },
        }
      : {}),
    experimental: {
      // Asset URLs inside JS resolve from the chunk's own URL, not the shell's origin: the runtime
      // manifest may serve this remote from another host.
      renderBuiltUrl: () => ({ relative: true }),
    },
    build: {
      target: "esnext",
      modulePreload: false,
      // One stylesheet, which remoteEntry.js links relative to its own URL when the area loads.
      cssCodeSplit: false,
      minify: true,
      // The build is the remote only: remoteEntry.js and the "./Area" expose come from the federation
      // plugin. This input keeps Vite away from index.html (a standalone dev page would add its own
      // copy of Mantine's global styles to the stylesheet the shell links).
      rollupOptions: { input: "src/remote-build.ts" },
    },
  });
}
