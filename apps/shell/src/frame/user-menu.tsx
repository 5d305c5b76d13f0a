import { signOut, type Session } from "@gantry/web-kit/session";
import { Avatar, Badge, Group, Menu, Text, UnstyledButton } from "@mantine/core";

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((part) => /^[A-Za-z]/.test(part) && !part.endsWith("."))
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join("");
}

export function UserMenu({ session }: { session: Session }) {
  return (
    <Menu position="bottom-end" width={260} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label="User menu">
          <Group gap="xs">
            <Avatar color="indigo" radius="xl" size="sm">
              {initials(session.displayName)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm">
              {session.displayName}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Signed in as {session.username}</Menu.Label>
        <Group gap={4} px="sm" pb="xs">
          {session.roles.map((role) => (
            <Badge key={role} size="sm" variant="light">
              {role.replace(/_/g, " ")}
            </Badge>
          ))}
        </Group>
        <Menu.Divider />
        <Menu.Item onClick={signOut}>Sign out</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
