import { Tabs } from "@mantine/core";
import { useLocation, useNavigate } from "react-router";
import { useArea } from "../area-context.tsx";

// Tab values cannot be empty, so the directory (the area's index route) is "directory".
const sections = [
  { value: "directory", label: "Directory" },
  { value: "expirations", label: "Credential expirations" },
  { value: "roster", label: "Shift roster" },
];

/** The area's sections, as tabs above every screen. */
export function AreaNav() {
  const { link, basePath } = useArea();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const rest = pathname.startsWith(basePath) ? pathname.slice(basePath.length).replace(/^\/+/, "") : "";
  const first = rest.split("/")[0] ?? "";
  const active = sections.some((section) => section.value === first) ? first : "directory";
  return (
    <Tabs
      value={active}
      onChange={(value) => void navigate(link(value === "directory" ? "" : (value ?? "")))}
      mb="md"
      aria-label="Staff sections"
    >
      <Tabs.List>
        {sections.map((section) => (
          <Tabs.Tab key={section.value} value={section.value} data-testid={`staff-nav-${section.value}`}>
            {section.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
