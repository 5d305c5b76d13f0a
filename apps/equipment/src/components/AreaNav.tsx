import { AreaSections } from "@gantry/web-kit/components/AreaSections";
import { useArea } from "../area-context.tsx";

const sections = [
  { value: "devices", label: "Devices" },
  { value: "maintenance", label: "Maintenance calendar" },
  { value: "inventory", label: "Inventory" },
  { value: "disinfection", label: "Probe disinfection" },
];

/** The area's sections, as tabs above every screen. */
export function AreaNav() {
  return <AreaSections area="equipment" title="Equipment" basePath={useArea().basePath} sections={sections} />;
}
