// The whole kit from one specifier, for remotes that share `@gantry/web-kit` as a single module.
export * from "./session.ts";
export * from "./graphql.ts";
export type * from "./area.ts";
