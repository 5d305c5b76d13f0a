import { createAreaContext } from "@gantry/web-kit/components/area-context";
import { permissionsFor } from "./permissions.ts";

export const { AreaContextProvider, useArea } = createAreaContext("Equipment", permissionsFor);
