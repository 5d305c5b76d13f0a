import { Tabs } from "@mantine/core";
import { useLocation, useNavigate } from "react-router";
import { useArea } from "../area-context.tsx";

// Tab values cannot be empty, so the registry (the area's index route) is "devices".
const sections = [
  { value: "devices", label: "Devices" },
  { value: "maintenance", label: "Maintenance calendar" },
  { value: "inventory", label: "Inventory" },
  { value: "disinfection", label: "Probe disinfection" },
];

/** The area's sections, as tabs above every screen. */
export function AreaNav() {
  const { link, basePath } = useArea();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const rest = pathname.startsWith(basePath) ? pathname.slice(basePath.length).replace(/^\/+/, "") : "";
  const first = rest.split("/")[0] ?? "";
  const active = sections.some((section) => section.value === first) ? first : "devices";
  return (
    <Tabs
      value={active}
      onChange={(value) => void navigate(link(value === "devices" ? "" : (value ?? "")))}
      mb="md"
      aria-label="Equipment sections"
    >
      <Tabs.List>
        {sections.map((section) => (
          <Tabs.Tab key={section.value} value={section.value} data-testid={`equipment-nav-${section.value}`}>
            {section.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
