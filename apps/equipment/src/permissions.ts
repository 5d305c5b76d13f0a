import { useAllowedActions } from "@gantry/web-kit/permissions";
import type { Session } from "@gantry/web-kit/session";
import { useMemo } from "react";
import { EquipmentPermissionsQuery } from "./operations/permissions.ts";

/**
 * What the signed-in person may do in the Equipment area, as the API's permission catalogue says
 * (`equipmentPermissions`): the screens hide what the API would refuse, from the same rules, so
 * nobody fills in a form for nothing and nobody is denied a screen the API allows.
 */
export interface Permissions {
  /** False until the API has answered: screens that depend on a permission wait instead of refusing. */
  known: boolean;
  /** Why the API could not be asked, when it could not (screens say so instead of refusing). */
  error: string | null;
  scheduleMaintenance: boolean;
  completeMaintenance: boolean;
  /** Adding items, receiving and adjusting stock. */
  keepInventory: boolean;
  recordStockUse: boolean;
  logDisinfection: boolean;
}

export function useEquipmentPermissions(session: Session): Permissions {
  const actions = useAllowedActions("equipment", session, EquipmentPermissionsQuery, (data) => data.equipmentPermissions);
  return useMemo(
    () => ({
      known: actions.known,
      error: actions.error,
      scheduleMaintenance: actions.allows("scheduleMaintenance"),
      completeMaintenance: actions.allows("completeOrCancelMaintenance"),
      keepInventory: actions.allows("keepInventory"),
      recordStockUse: actions.allows("recordStockUse"),
      logDisinfection: actions.allows("logDisinfection"),
    }),
    [actions],
  );
}
