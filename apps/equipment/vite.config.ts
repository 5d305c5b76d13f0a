import federation from "@originjs/vite-plugin-federation";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
// Same list as the shell, so React, Mantine, the router, the query cache and the session exist once.
import { sharedModules } from "@gantry/web-kit/federation";

export default defineConfig({
  // Keep base "/": with base "./" the plugin writes "./assets/<expose>.js" into assets/remoteEntry.js,
  // which resolves to assets/assets/ (originjs/vite-plugin-federation#715). With "/", the expose and
  // chunk imports are written relative ("./x.js") and resolve against wherever remoteEntry.js is served.
  base: "/",
  plugins: [
    react(),
    federation({
      name: "equipment",
      filename: "remoteEntry.js",
      exposes: { "./Area": "./src/Area.tsx" },
      shared: sharedModules,
    }),
  ],
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
    // plugin; this empty input stops Vite from looking for an index.html page.
    rollupOptions: { input: "src/remote-build.ts" },
  },
});
