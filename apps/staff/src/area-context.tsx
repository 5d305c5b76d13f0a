import { createAreaContext } from "@gantry/web-kit/components/area-context";
import { useStaffPermissions } from "./permissions.ts";

export const { AreaContextProvider, useArea } = createAreaContext("Staff", useStaffPermissions);
