import { Button, Group } from "@mantine/core";
import { Link, useLocation } from "react-router";
import { useArea } from "../area-context.tsx";

/**
 * The area's sections above every screen, as navigation links (the current one marked for screen
 * readers with aria-current). Not Mantine's Tabs: tabs promise panels the page does not have.
 * New order and the waitlist only for those who may use them.
 */
export function AreaNav() {
  const { basePath, permissions } = useArea();
  const { pathname } = useLocation();
  const sections = [
    { value: "queue", label: "Order queue" },
    ...(permissions.allows("readAppointments")
      ? [
          { value: "today", label: "Today" },
          { value: "board", label: "Tracking board" },
          { value: "critical-results", label: "Critical results" },
        ]
      : []),
    ...(permissions.allows("placeOrders") ? [{ value: "new-order", label: "New order" }] : []),
    ...(permissions.allows("readAppointments") ? [{ value: "waitlist", label: "Waitlist" }] : []),
    { value: "schedules", label: "Schedules" },
    { value: "catalogue", label: "Catalogue" },
  ];
  // The queue is the index route; an order or appointment page belongs to it too.
  const first = (pathname.startsWith(basePath) ? pathname.slice(basePath.length) : "").replace(/^\/+/, "").split("/")[0] ?? "";
  const active = sections.some((section) => section.value === first) ? first : "queue";
  return (
    <Group component="nav" aria-label="Scheduling sections" gap="xs" mb="md">
      {sections.map((section) => (
        <Button
          key={section.value}
          component={Link}
          to={section.value === "queue" ? basePath : `${basePath}/${section.value}`}
          variant={section.value === active ? "filled" : "subtle"}
          aria-current={section.value === active ? "page" : undefined}
          data-testid={`scheduling-nav-${section.value}`}
        >
          {section.label}
        </Button>
      ))}
    </Group>
  );
}
