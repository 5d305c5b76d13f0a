import type { RemoteManifestEntry } from "@gantry/web-kit/area";
import type { Session } from "@gantry/web-kit/session";
import { Alert, AppShell, Burger, Group, NavLink, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { ReactNode } from "react";
import { Link, useLocation } from "react-router";
import { UserMenu } from "./user-menu.tsx";

interface Props {
  session: Session;
  /** Areas the user's roles may open. */
  areas: RemoteManifestEntry[];
  manifestError: Error | null;
  children: ReactNode;
}

export function AppFrame({ session, areas, manifestError, children }: Props) {
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: "sm", collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Title order={3} c="indigo">
              Gantry
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="sm">
              Radiology operations
            </Text>
          </Group>
          <UserMenu session={session} />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Areas">
        <NavLink component={Link} to="/" label="Home" active={pathname === "/"} onClick={close} />
        {areas.map((entry) => (
          <NavLink
            key={entry.area}
            component={Link}
            to={`/${entry.area}`}
            label={entry.title}
            active={pathname === `/${entry.area}` || pathname.startsWith(`/${entry.area}/`)}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        {manifestError && (
          <Alert color="red" title="Areas unavailable" mb="md" role="alert">
            {manifestError.message} Reload the page to try again.
          </Alert>
        )}
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
