import { createAreaContext } from "@gantry/web-kit/components/area-context";
import { useEquipmentPermissions } from "./permissions.ts";

export const { AreaContextProvider, useArea } = createAreaContext("Equipment", useEquipmentPermissions);
