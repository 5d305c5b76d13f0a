/**
 * Modules the shell and every remote share as single copies: one React, one router, one Mantine
 * theme, one query cache, one session. Same list everywhere; in vite.config.ts:
 * `federation({ ..., shared: sharedModules })`.
 *
 * The federation plugin matches import specifiers exactly, so web-kit's entry points are listed
 * one by one; they carry an explicit version because the plugin cannot read one for a subpath.
 */
export const sharedModules: Record<string, { version?: string }> = {
  react: {},
  "react-dom": {},
  "react-router": {},
  "@mantine/core": {},
  "@mantine/hooks": {},
  "@mantine/dates": {},
  "@mantine/notifications": {},
  "@tanstack/react-query": {},
  "@gantry/web-kit": {},
  "@gantry/web-kit/session": { version: "0.0.0" },
  "@gantry/web-kit/graphql": { version: "0.0.0" },
  dayjs: {},
};
