import { Tabs } from "@mantine/core";
import { useLocation, useNavigate } from "react-router";

export interface AreaSection {
  /** The first path segment under the area; the first section is the area's index route. */
  value: string;
  label: string;
}

/**
 * An area's sections as tabs above every screen. Tab values cannot be empty, so the first
 * section stands for the area's index route.
 */
export function AreaSections({
  area,
  title,
  basePath,
  sections,
}: {
  area: string;
  title: string;
  basePath: string;
  sections: readonly AreaSection[];
}) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const index = sections[0]?.value ?? "";
  const rest = pathname.startsWith(basePath) ? pathname.slice(basePath.length).replace(/^\/+/, "") : "";
  const first = rest.split("/")[0] ?? "";
  const active = sections.some((section) => section.value === first) ? first : index;
  return (
    <Tabs
      value={active}
      onChange={(value) => void navigate(value === index || !value ? basePath : `${basePath}/${value}`)}
      mb="md"
      aria-label={`${title} sections`}
    >
      <Tabs.List>
        {sections.map((section) => (
          <Tabs.Tab key={section.value} value={section.value} data-testid={`${area}-nav-${section.value}`}>
            {section.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
