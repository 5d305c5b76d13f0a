import type { Area } from "@gantry/areas/areas";
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
    GANTRY_SEED_PATIENTS: setting.positiveInteger(40000),
    /** Days of booking history the demo data writes before today, and days booked ahead. */
    GANTRY_SEED_HISTORY_DAYS: setting.positiveInteger(365),
    GANTRY_SEED_DAYS_AHEAD: setting.positiveInteger(28),
    GANTRY_REMOTES: setting.optionalText(),
    /** When unset, the launcher keeps one in <GANTRY_DATA_DIR>/internal-token-secret. */
    GANTRY_INTERNAL_TOKEN_SECRET: setting.optionalText(),
  });
}
export type StackSettings = ReturnType<typeof readStackSettings>;

/** Each area's subgraph port (`<PREFIX>_PORT`, the area's default otherwise), by area name. */
export function readAreaPorts(areas: Area[]): Record<string, number> {
  const key = (area: Area) => `${area.envPrefix}_PORT`;
  const values = readEnvironment(Object.fromEntries(areas.map((area) => [key(area), setting.port(area.defaultPort)])));
  return Object.fromEntries(areas.map((area) => [area.name, values[key(area)] as number]));
}
