import { createAreaContext } from "@gantry/web-kit/components/area-context";
import { use{{area.pascal}}Permissions } from "./permissions.ts";

export const { AreaContextProvider, useArea } = createAreaContext("{{area.words}}", use{{area.pascal}}Permissions);
