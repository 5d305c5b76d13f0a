import { commonSettings, readEnvironment, setting } from "@gantry/config/environment";

/** Settings of the embedded-default launcher (`pnpm start`); each service reads its own as well. */
export function readStackSettings() {
  return readEnvironment({
    ...commonSettings,
    GANTRY_EMBEDDED_POSTGRES_PORT: setting.port(5433),
    GATEWAY_PORT: setting.port(4000),
    GANTRY_WEB_PORT: setting.port(3000),
    /** Load demo data into empty databases at start. */
    GANTRY_SEED: setting.flag(true),
    GANTRY_SEED_PATIENTS: setting.positiveInteger(500),
    GANTRY_REMOTES: setting.optionalText(),
  });
}
export type StackSettings = ReturnType<typeof readStackSettings>;
