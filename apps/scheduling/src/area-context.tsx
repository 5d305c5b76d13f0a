import { createAreaContext } from "@gantry/web-kit/components/area-context";
import { useSchedulingPermissions } from "./permissions.ts";

export const { AreaContextProvider, useArea } = createAreaContext("Scheduling", useSchedulingPermissions);
