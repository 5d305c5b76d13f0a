import { AreaSections } from "@gantry/web-kit/components/AreaSections";
import { useArea } from "../area-context.tsx";

const sections = [
  { value: "directory", label: "Directory" },
  { value: "expirations", label: "Credential expirations" },
  { value: "roster", label: "Shift roster" },
];

/** The area's sections, as tabs above every screen. */
export function AreaNav() {
  return <AreaSections area="staff" title="Staff" basePath={useArea().basePath} sections={sections} />;
}
