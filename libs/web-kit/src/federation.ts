/**
 * Modules the shell and every remote share as single copies: one React, one router, one Mantine
 * theme, one query cache, one session. Same list everywhere, passed as the federation plugin's
 * `shared` option.
 *
 * The plugin matches import specifiers exactly, so web-kit is listed by entry point: a remote
 * importing `@gantry/web-kit/session` then gets the shell's session module.
 */
export const sharedModules: string[] = [
  "react",
  "react-dom",
  "react-router",
  "@mantine/core",
  "@mantine/hooks",
  "@mantine/dates",
  "@mantine/notifications",
  "@tanstack/react-query",
  "@gantry/web-kit/session",
  "@gantry/web-kit/graphql",
  "dayjs",
];
