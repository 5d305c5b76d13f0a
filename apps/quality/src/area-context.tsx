import { createAreaContext } from "@gantry/web-kit/components/area-context";
import { useQualityPermissions } from "./permissions.ts";

export const { AreaContextProvider, useArea } = createAreaContext("Quality", useQualityPermissions);
