import { createAreaContext } from "@gantry/web-kit/components/area-context";
import { usePatientsPermissions } from "./permissions.ts";

export const { AreaContextProvider, useArea } = createAreaContext("Patients", usePatientsPermissions);
