import { Alert, Anchor, Badge, Button, Checkbox, Group, List, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import { areaTitle, type Blocker } from "../errors.ts";
import { blockerGist, blockerLink, type BlockerContext } from "./blocker-words.ts";

export interface OverrideChoice {
  code: string;
  reason: string;
}

export interface BlockersPanelProps {
  blockers: readonly Blocker[];
  context: BlockerContext;
  /** The catalogue's overrideBookingRules: only then are the overridable ones offered. */
  canOverride: boolean;
  /** Who may override, in the catalogue's words. */
  overrideWho: string;
  pending: boolean;
  onOverride: (overrides: OverrideChoice[]) => void;
  /** What is blocked and the button that goes past it; a booking by default. */
  wording?: { title: string; override: string };
}

/**
 * Why the booking was refused: each rule in the department's words, with the area that fixes it
 * and a link there. Someone allowed may tick the overridable ones, give a reason each, and book again.
 */
export function BlockersPanel({ blockers, context, canOverride, overrideWho, pending, onOverride, wording }: BlockersPanelProps) {
  const [chosen, setChosen] = useState<Record<string, string | undefined>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const overridable = blockers.filter((blocker) => blocker.overridable);
  const standing = blockers.filter((blocker) => !blocker.overridable);
  const submit = () => {
    const picked = overridable.filter((blocker) => chosen[blocker.code] !== undefined);
    if (picked.length < overridable.length) return setProblem("Tick every rule you book past; the others still stop the booking.");
    if (picked.some((blocker) => (chosen[blocker.code] ?? "").trim().length < 3)) return setProblem("Give a reason for each override.");
    setProblem(null);
    onOverride(picked.map((blocker) => ({ code: blocker.code, reason: (chosen[blocker.code] ?? "").trim() })));
  };
  return (
    <Alert color="orange" title={wording?.title ?? "This booking is blocked"} role="alert" data-testid="booking-blockers">
      <Stack gap="sm">
        <List spacing="xs" aria-label="Blockers">
          {blockers.map((blocker) => {
            const link = blockerLink(blocker, context);
            const ticked = chosen[blocker.code] !== undefined;
            return (
              <List.Item key={blocker.code} data-testid="booking-blocker" data-code={blocker.code}>
                <Stack gap={4}>
                  <Group gap="xs">
                    <Text fw={600} size="sm">
                      {areaTitle(blocker.area)}: {blockerGist(blocker)}
                    </Text>
                    {!blocker.overridable && (
                      <Badge color="red" variant="light" size="sm">
                        Cannot be overridden
                      </Badge>
                    )}
                    {blocker.overridden && (
                      <Badge color="gray" variant="light" size="sm">
                        Overridden
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm">{blocker.message}</Text>
                  {link && (
                    <Anchor component={Link} to={link.href} size="sm">
                      {link.label} ({areaTitle(blocker.area)})
                    </Anchor>
                  )}
                  {canOverride && blocker.overridable && (
                    <Group align="flex-end">
                      <Checkbox
                        label={`Override: ${blockerGist(blocker)}`}
                        checked={ticked}
                        onChange={(event) => {
                          const checked = event.currentTarget.checked;
                          setChosen((current) => ({ ...current, [blocker.code]: checked ? "" : undefined }));
                        }}
                      />
                      {ticked && (
                        <TextInput
                          label={`Why book past it (${blocker.code})`}
                          withAsterisk
                          maxLength={500}
                          value={chosen[blocker.code] ?? ""}
                          onChange={(event) => {
                            const reason = event.currentTarget.value;
                            setChosen((current) => ({ ...current, [blocker.code]: reason }));
                          }}
                        />
                      )}
                    </Group>
                  )}
                </Stack>
              </List.Item>
            );
          })}
        </List>
        {standing.length > 0 ? (
          <Text size="sm">Fix the rules that cannot be overridden in their area, then book again.</Text>
        ) : canOverride ? (
          <Group>
            <Button color="orange" onClick={submit} loading={pending} data-testid="booking-override">
              {wording?.override ?? "Book with these overrides"}
            </Button>
            {problem && (
              <Text size="sm" c="red" role="status">
                {problem}
              </Text>
            )}
          </Group>
        ) : (
          <Text size="sm">Fix them in their area first, or ask someone who may book past them with a reason ({overrideWho}).</Text>
        )}
      </Stack>
    </Alert>
  );
}
