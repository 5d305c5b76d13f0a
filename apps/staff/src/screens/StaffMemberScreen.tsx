import { PageHeader } from "@gantry/web-kit/components/PageHeader";
import { useGraphQLQuery } from "@gantry/web-kit/graphql";
import { Anchor, Badge, Button, Card, Group, Progress, Stack, Table, Tabs, Text } from "@mantine/core";
import dayjs from "dayjs";
import { Link, useNavigate, useParams } from "react-router";
import type { StaffMemberQuery as StaffMemberResult } from "../__generated__/graphql.ts";
import { useArea } from "../area-context.tsx";
import { bandOf, ExpiryBadge, VerificationBadge } from "../components/ExpiryBadge.tsx";
import { SignInAccountCard } from "../components/SignInAccountCard.tsx";
import { ErrorAlert, Loading } from "@gantry/web-kit/components/QueryState";
import { formatCode, formatCredentialKind, formatDate, formatDateTime, formatDaysLeft, formatModality } from "../format.ts";
import { StaffMemberQuery } from "../operations/staff-member.ts";

type Member = NonNullable<StaffMemberResult["staffMember"]>;
const tabs = ["credentials", "competencies", "education"] as const;

/** One staff member: credentials with verification and expiry, competencies, continuing education. */
export function StaffMemberScreen() {
  const { staffMemberId = "", tab } = useParams();
  const { link } = useArea();
  const navigate = useNavigate();
  const query = useGraphQLQuery(["staff", "member"], StaffMemberQuery, { id: staffMemberId });
  if (query.isPending) return <Loading label="Loading the staff member" />;
  if (query.isError) return <ErrorAlert error={query.error} title="Could not load the staff member" />;
  const member = query.data.staffMember;
  if (!member) {
    return (
      <Text data-testid="staff-member-not-found">
        No staff member has this id.{" "}
        <Anchor component={Link} to={link()}>
          Back to the directory
        </Anchor>
      </Text>
    );
  }
  const active = tabs.find((name) => name === tab) ?? "credentials";
  return (
    <>
      <PageHeader
        title={member.name.text}
        description={
          <>
            {formatCode(member.role)} · Employee id {member.employeeId}
            {member.npi ? ` · NPI ${member.npi}` : ""}
            {member.active ? "" : " · Inactive"}
          </>
        }
      />
      <Group gap={4} mb="md" aria-label="Modalities">
        {member.modalities.map((modality) => (
          <Badge key={modality} variant="light">
            {formatModality(modality)}
          </Badge>
        ))}
      </Group>
      <SignInAccountCard member={member} />
      <Tabs value={active} onChange={(value) => void navigate(link(`members/${member.id}/${value ?? "credentials"}`))}>
        <Tabs.List>
          <Tabs.Tab value="credentials" data-testid="staff-member-tab-credentials">
            Credentials
          </Tabs.Tab>
          <Tabs.Tab value="competencies" data-testid="staff-member-tab-competencies">
            Competencies
          </Tabs.Tab>
          <Tabs.Tab value="education" data-testid="staff-member-tab-education">
            Continuing education
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="credentials" pt="md">
          <CredentialsPanel member={member} />
        </Tabs.Panel>
        <Tabs.Panel value="competencies" pt="md">
          <CompetenciesPanel member={member} />
        </Tabs.Panel>
        <Tabs.Panel value="education" pt="md">
          <EducationPanel member={member} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

function CredentialsPanel({ member }: { member: Member }) {
  const { link, permissions } = useArea();
  const today = dayjs().format("YYYY-MM-DD");
  return (
    <Stack>
      {permissions.editCredentials && (
        <Group>
          <Button component={Link} to={link(`members/${member.id}/credentials/new`)} data-testid="add-credential">
            Add credential
          </Button>
        </Group>
      )}
      {member.credentials.length === 0 ? (
        <Text c="dimmed">No credentials on record.</Text>
      ) : (
        <Table data-testid="staff-member-credentials" aria-label="Credentials">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Credential</Table.Th>
              <Table.Th>Number</Table.Th>
              <Table.Th>Issuer</Table.Th>
              <Table.Th>Issued</Table.Th>
              <Table.Th>Expires</Table.Th>
              <Table.Th>Verification</Table.Th>
              {permissions.editCredentials && <Table.Th>Actions</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {member.credentials.map((credential) => {
              const daysLeft = dayjs(credential.expiresOn).diff(dayjs(today), "day");
              return (
                <Table.Tr key={credential.id} data-testid="credential-row" bg={daysLeft < 0 ? "red.0" : undefined}>
                  <Table.Td>{formatCredentialKind(credential.kind)}</Table.Td>
                  <Table.Td>{credential.number}</Table.Td>
                  <Table.Td>{credential.issuer}</Table.Td>
                  <Table.Td>{formatDate(credential.issuedOn)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      <Text size="sm">{formatDate(credential.expiresOn)}</Text>
                      <ExpiryBadge band={bandOf(daysLeft)} daysLeft={daysLeft} />
                    </Group>
                    <Text size="xs" c="dimmed">
                      {formatDaysLeft(daysLeft)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <VerificationBadge status={credential.verification} />
                    {credential.verifiedBy && (
                      <Text size="xs" c="dimmed">
                        by {credential.verifiedBy}, {formatDateTime(credential.verifiedAt)}
                      </Text>
                    )}
                  </Table.Td>
                  {permissions.editCredentials && (
                    <Table.Td>
                      <Anchor component={Link} to={link(`members/${member.id}/credentials/${credential.id}`)} size="sm">
                        Renew or verify
                      </Anchor>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

const resultColors: Record<string, string> = { PASSED: "green", FAILED: "red", NEEDS_REVIEW: "yellow" };

function CompetenciesPanel({ member }: { member: Member }) {
  if (member.competencies.length === 0) return <Text c="dimmed">No competency assessments on record.</Text>;
  const today = dayjs().format("YYYY-MM-DD");
  return (
    <Table data-testid="staff-member-competencies" aria-label="Competencies">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Modality</Table.Th>
          <Table.Th>Exam type</Table.Th>
          <Table.Th>Result</Table.Th>
          <Table.Th>Assessed</Table.Th>
          <Table.Th>Next due</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {member.competencies.map((competency) => (
          <Table.Tr key={competency.id}>
            <Table.Td>{formatModality(competency.modality)}</Table.Td>
            <Table.Td>{competency.examType ?? "Whole modality"}</Table.Td>
            <Table.Td>
              <Badge color={resultColors[competency.result] ?? "gray"} variant="light">
                {formatCode(competency.result)}
              </Badge>
            </Table.Td>
            <Table.Td>
              {formatDate(competency.assessedOn)} by {competency.assessedBy}
            </Table.Td>
            <Table.Td c={competency.nextDueOn && competency.nextDueOn < today ? "red" : undefined}>
              {formatDate(competency.nextDueOn)}
              {competency.nextDueOn && competency.nextDueOn < today ? " (overdue)" : ""}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function EducationPanel({ member }: { member: Member }) {
  const status = member.ceStatus;
  return (
    <Stack>
      {status ? (
        <Card withBorder data-testid="ce-progress">
          <Group justify="space-between" mb="xs">
            <Text fw={600}>ARRT continuing education</Text>
            <Badge color={status.compliant ? "green" : "orange"}>
              {status.compliant ? "Requirement met" : `${status.creditsRemaining} credits to go`}
            </Badge>
          </Group>
          <Progress
            value={Math.min(100, (status.creditsEarned / status.creditsRequired) * 100)}
            color={status.compliant ? "green" : "orange"}
            aria-label={`${status.creditsEarned} of ${status.creditsRequired} credits`}
          />
          <Text size="sm" mt="xs">
            {status.creditsEarned} of {status.creditsRequired} credits in the biennium {formatDate(status.bienniumStart)} –{" "}
            {formatDate(status.bienniumEnd)}
          </Text>
        </Card>
      ) : (
        <Text c="dimmed" data-testid="ce-not-applicable">
          Holds no ARRT credential, so the 24-credit biennium requirement does not apply.
        </Text>
      )}
      {member.continuingEducation.length > 0 && (
        <Table aria-label="Continuing education activities">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Activity</Table.Th>
              <Table.Th>Category</Table.Th>
              <Table.Th>Credits</Table.Th>
              <Table.Th>Completed</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {member.continuingEducation.map((activity) => (
              <Table.Tr key={activity.id}>
                <Table.Td>{activity.title}</Table.Td>
                <Table.Td>{activity.category}</Table.Td>
                <Table.Td>{activity.credits}</Table.Td>
                <Table.Td>{formatDate(activity.completedOn)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
