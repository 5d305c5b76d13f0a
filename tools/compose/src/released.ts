import { fileURLToPath } from "node:url";
import { releaseFolder } from "./releases.ts";

/** The repository's release record: `schema/released/` at its root. */
export const released = releaseFolder(fileURLToPath(new URL("../../../schema/released/", import.meta.url)));
