import { Tabs } from "@mantine/core";
import { useLocation, useNavigate } from "react-router";
import { useArea } from "../area-context.tsx";

const sections = [
  { value: "", label: "Directory" },
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
  const active = sections.some((section) => section.value === first) ? first : "";
  return (
    <Tabs value={active} onChange={(value) => void navigate(link(value ?? ""))} mb="md" aria-label="Staff sections">
      <Tabs.List>
        {sections.map((section) => (
          <Tabs.Tab key={section.value} value={section.value} data-testid={`staff-nav-${section.value || "directory"}`}>
            {section.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
