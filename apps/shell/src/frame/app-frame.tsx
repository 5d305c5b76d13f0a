import type { Session } from "@gantry/web-kit/session";
import { Alert, AppShell, Burger, Center, Group, Loader, NavLink, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { ReactNode } from "react";
import { Link, useLocation } from "react-router";
import type { ListedArea } from "../listed-areas.ts";
import { UserMenu } from "./user-menu.tsx";

interface Props {
  session: Session;
  /** Areas the user may open, and those that could not say (listed as unavailable). */
  areas: ListedArea[];
  /** True until the API has said which areas the user may open. */
  checking: boolean;
  problem: string | null;
  children: ReactNode;
}

export function AppFrame({ session, areas, checking, problem, children }: Props) {
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
      <AppShell.Navbar p="xs" aria-label="Areas" aria-busy={checking}>
        <NavLink component={Link} to="/" label="Home" active={pathname === "/"} onClick={close} />
        {checking && (
          <Center py="sm" role="status" aria-label="Checking which areas you may open">
            <Loader size="sm" />
          </Center>
        )}
        {areas.map(({ entry, available }) => (
          <NavLink
            key={entry.area}
            component={Link}
            to={`/${entry.area}`}
            label={entry.title}
            description={available ? undefined : "Unavailable right now"}
            c={available ? undefined : "dimmed"}
            data-state={available ? "open" : "unavailable"}
            active={pathname === `/${entry.area}` || pathname.startsWith(`/${entry.area}/`)}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        {problem && (
          <Alert color="red" title="Areas unavailable" mb="md" role="alert">
            {problem} Reload the page to try again.
          </Alert>
        )}
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
