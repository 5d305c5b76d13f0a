import { PageHeader } from "@gantry/web-kit/components/PageHeader";
import { hasScope, type Session } from "@gantry/web-kit/session";
import { Alert, Card, Loader, SimpleGrid, Text } from "@mantine/core";
import { Link } from "react-router";
import type { ListedArea } from "../listed-areas.ts";
import "./home-page.css";
import { MyDay } from "./my-day.tsx";

interface Props {
  session: Session;
  areas: ListedArea[];
  loading: boolean;
}

export function HomePage({ session, areas, loading }: Props) {
  return (
    <div className="shell-home">
      <PageHeader title={`Welcome, ${session.displayName}`} description={`Roles: ${session.roles.join(", ").replace(/_/g, " ")}`} />
      {!hasScope(session, "phi:read") && (
        <Alert color="gray" mb="md" title="No patient details">
          Your roles do not include access to protected health information, so patient names and details are hidden from you throughout
          Gantry.
        </Alert>
      )}
      {areas.some(({ entry, available }) => entry.area === "scheduling" && available) && <MyDay session={session} />}
      {loading ? (
        <Loader aria-label="Checking which areas you may open" />
      ) : areas.length === 0 ? (
        <Text c="dimmed" data-testid="home-areas">
          No area of Gantry is open to your roles yet.
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} data-testid="home-areas">
          {areas.map(({ entry, available }) => (
            <Card
              key={entry.area}
              component={Link}
              to={`/${entry.area}`}
              withBorder
              padding="lg"
              data-state={available ? "open" : "unavailable"}
            >
              <Text fw={600}>{entry.title}</Text>
              <Text size="sm" c="dimmed">
                {available ? `Open ${entry.title.toLowerCase()}` : "Unavailable right now"}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </div>
  );
}
