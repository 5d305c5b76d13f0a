import { Tabs } from "@mantine/core";
import { useLocation, useNavigate } from "react-router";
import { useArea } from "../area-context.tsx";

/**
 * The area's sections, as tabs above every screen; New order only for those who may enter one.
 * Like web-kit's AreaSections, but with the name on the tab list: AreaSections puts it on the
 * Tabs root, a plain div, where it is not announced (axe: aria-prohibited-attr). Go back to
 * AreaSections once it names the list.
 */
export function AreaNav() {
  const { basePath, permissions } = useArea();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const sections = [
    { value: "queue", label: "Order queue" },
    ...(permissions.allows("placeOrders") ? [{ value: "new-order", label: "New order" }] : []),
    ...(permissions.allows("readAppointments") ? [{ value: "waitlist", label: "Waitlist" }] : []),
    { value: "schedules", label: "Schedules" },
    { value: "catalogue", label: "Catalogue" },
  ];
  // The queue is the index route; an order or appointment page belongs to it too.
  const first = (pathname.startsWith(basePath) ? pathname.slice(basePath.length) : "").replace(/^\/+/, "").split("/")[0] ?? "";
  const active = sections.some((section) => section.value === first) ? first : "queue";
  return (
    <Tabs value={active} onChange={(value) => void navigate(value && value !== "queue" ? `${basePath}/${value}` : basePath)} mb="md">
      <Tabs.List aria-label="Scheduling sections">
        {sections.map((section) => (
          <Tabs.Tab key={section.value} value={section.value} data-testid={`scheduling-nav-${section.value}`}>
            {section.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
