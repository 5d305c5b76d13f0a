import { PageHeader } from "@gantry/web-kit/components/PageHeader";
import { describeError, useGraphQLMutation, useGraphQLQuery } from "@gantry/web-kit/graphql";
import { Alert, Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams } from "react-router";
import type { CredentialDetailsFragment, CredentialKind } from "../__generated__/graphql.ts";
import { useArea } from "../area-context.tsx";
import { VerificationBadge } from "../components/ExpiryBadge.tsx";
import { DateField } from "../components/DateField.tsx";
import { ErrorAlert, Loading, PermissionsPending, permissionsSettled } from "@gantry/web-kit/components/QueryState";
import { credentialKindOptions, formatCredentialKind, formatDate, formatDateTime } from "../format.ts";
import { AddCredentialMutation, RecordCredentialVerificationMutation, RenewCredentialMutation } from "../operations/credential.ts";
import { StaffMemberQuery } from "../operations/staff-member.ts";

interface CredentialFormValues {
  kind: string | null;
  number: string;
  issuer: string;
  issuedOn: string | null;
  expiresOn: string | null;
}

const validateDates = {
  issuedOn: (value: string | null) => (value ? null : "Enter the issue date (YYYY-MM-DD)"),
  expiresOn: (value: string | null, values: CredentialFormValues) =>
    !value
      ? "Enter the last day the credential is valid (YYYY-MM-DD)"
      : values.issuedOn && value <= values.issuedOn
        ? "Expiry must be after the issue date"
        : null,
};

/** Adds a credential, or renews one and records its primary-source verification (coordinators, the manager). */
export function CredentialScreen() {
  const { staffMemberId = "", credentialId } = useParams();
  const { link, permissions } = useArea();
  const query = useGraphQLQuery(["staff", "member"], StaffMemberQuery, { id: staffMemberId });
  if (!permissionsSettled(permissions)) return <PermissionsPending permissions={permissions} />;
  if (!permissions.editCredentials) {
    return (
      <Alert color="yellow" title="Credentials are kept by the staff office" role="alert" data-testid="credential-forbidden">
        You can see credentials on the staff member's page.{" "}
        <Anchor component={Link} to={link(`members/${staffMemberId}`)}>
          Back
        </Anchor>
      </Alert>
    );
  }
  if (query.isPending) return <Loading label="Loading the staff member" />;
  if (query.isError) return <ErrorAlert error={query.error} title="Could not load the staff member" />;
  const member = query.data.staffMember;
  if (!member) return <Text>No staff member has this id.</Text>;
  const backTo = link(`members/${member.id}/credentials`);
  if (!credentialId) return <AddCredentialForm staffMemberId={member.id} name={member.name.text} backTo={backTo} />;
  const credential = member.credentials.find((entry) => entry.id === credentialId);
  if (!credential) return <Text>{member.name.text} holds no credential with this id.</Text>;
  return (
    <>
      <PageHeader
        title={`${formatCredentialKind(credential.kind)} — ${member.name.text}`}
        description={`Number ${credential.number}, issued by ${credential.issuer}`}
      />
      <Stack maw={720}>
        <VerificationCard credential={credential} />
        <RenewCredentialForm credential={credential} backTo={backTo} />
      </Stack>
    </>
  );
}

function useDone(backTo: string) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return (message: string) => {
    void queryClient.invalidateQueries({ queryKey: ["staff"] });
    notifications.show({ color: "green", title: "Saved", message });
    void navigate(backTo);
  };
}

function AddCredentialForm({ staffMemberId, name, backTo }: { staffMemberId: string; name: string; backTo: string }) {
  const done = useDone(backTo);
  const add = useGraphQLMutation(AddCredentialMutation);
  const form = useForm<CredentialFormValues>({
    initialValues: { kind: null, number: "", issuer: "", issuedOn: null, expiresOn: null },
    validate: {
      kind: (value) => (value ? null : "Choose the kind of credential"),
      number: (value) => (value.trim() ? null : "Enter the credential number"),
      issuer: (value) => (value.trim() ? null : "Enter who issued it"),
      ...validateDates,
    },
  });
  const submit = form.onSubmit((values) =>
    add.mutate(
      {
        input: {
          staffMemberId,
          kind: values.kind as CredentialKind,
          number: values.number.trim(),
          issuer: values.issuer.trim(),
          issuedOn: values.issuedOn ?? "",
          expiresOn: values.expiresOn ?? "",
        },
      },
      { onSuccess: (data) => done(`${formatCredentialKind(data.addCredential.kind)} added for ${name}; it awaits verification.`) },
    ),
  );
  return (
    <>
      <PageHeader title={`Add credential — ${name}`} description="A new credential is unverified until checked with its issuer." />
      <Paper withBorder p="lg" maw={720} component="form" onSubmit={submit} aria-label="Add credential" noValidate>
        <Stack>
          {add.isError && (
            <Alert color="red" title="The credential was not added" role="alert" data-testid="credential-form-error">
              {describeError(add.error)}
            </Alert>
          )}
          <Select
            label="Credential"
            withAsterisk
            searchable
            data={credentialKindOptions}
            data-testid="credential-form-kind"
            {...form.getInputProps("kind")}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Number" withAsterisk data-testid="credential-form-number" {...form.getInputProps("number")} />
            <TextInput
              label="Issuer"
              withAsterisk
              placeholder="e.g. ARRT"
              data-testid="credential-form-issuer"
              {...form.getInputProps("issuer")}
            />
            <DateField label="Issued on" withAsterisk data-testid="credential-form-issued" {...form.getInputProps("issuedOn")} />
            <DateField
              label="Expires on"
              withAsterisk
              description="Last day it is valid"
              data-testid="credential-form-expires"
              {...form.getInputProps("expiresOn")}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" component={Link} to={backTo}>
              Cancel
            </Button>
            <Button type="submit" loading={add.isPending} data-testid="credential-form-submit">
              Add credential
            </Button>
          </Group>
        </Stack>
      </Paper>
    </>
  );
}

function RenewCredentialForm({ credential, backTo }: { credential: CredentialDetailsFragment; backTo: string }) {
  const done = useDone(backTo);
  const renew = useGraphQLMutation(RenewCredentialMutation);
  const form = useForm<CredentialFormValues>({
    initialValues: { kind: credential.kind, number: credential.number, issuer: credential.issuer, issuedOn: null, expiresOn: null },
    validate: { number: (value) => (value.trim() ? null : "Enter the credential number"), ...validateDates },
  });
  const submit = form.onSubmit((values) =>
    renew.mutate(
      {
        id: credential.id,
        input: {
          number: values.number.trim() === credential.number ? null : values.number.trim(),
          issuedOn: values.issuedOn ?? "",
          expiresOn: values.expiresOn ?? "",
        },
      },
      { onSuccess: (data) => done(`Renewed until ${formatDate(data.renewCredential.expiresOn)}; record its verification next.`) },
    ),
  );
  return (
    <Paper withBorder p="lg" component="form" onSubmit={submit} aria-label="Renew credential" noValidate>
      <Stack>
        <Title order={4}>Renew</Title>
        <Text size="sm" c="dimmed">
          Currently valid until {formatDate(credential.expiresOn)}. A renewed credential must be verified again.
        </Text>
        {renew.isError && (
          <Alert color="red" title="The credential was not renewed" role="alert" data-testid="renew-form-error">
            {describeError(renew.error)}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="Number" withAsterisk data-testid="renew-form-number" {...form.getInputProps("number")} />
          <DateField label="Issued on" withAsterisk data-testid="renew-form-issued" {...form.getInputProps("issuedOn")} />
          <DateField label="Expires on" withAsterisk data-testid="renew-form-expires" {...form.getInputProps("expiresOn")} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={renew.isPending} data-testid="renew-form-submit">
            Renew credential
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function VerificationCard({ credential }: { credential: CredentialDetailsFragment }) {
  const queryClient = useQueryClient();
  const record = useGraphQLMutation(RecordCredentialVerificationMutation, {
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["staff"] }),
  });
  return (
    <Paper withBorder p="lg" aria-label="Verification">
      <Stack>
        <Group justify="space-between">
          <Title order={4}>Primary-source verification</Title>
          <VerificationBadge status={credential.verification} />
        </Group>
        <Text size="sm" c="dimmed">
          {credential.verifiedBy
            ? `Last checked by ${credential.verifiedBy} on ${formatDateTime(credential.verifiedAt)}.`
            : "Not yet checked with the issuer. Record the outcome once you have checked."}
        </Text>
        {record.isError && (
          <Alert color="red" title="The verification was not recorded" role="alert" data-testid="verification-error">
            {describeError(record.error)}
          </Alert>
        )}
        <Group>
          <Button
            color="green"
            loading={record.isPending}
            onClick={() => record.mutate({ id: credential.id, outcome: "VERIFIED" })}
            data-testid="record-verified"
          >
            Verified with issuer
          </Button>
          <Button
            color="red"
            variant="light"
            loading={record.isPending}
            onClick={() => record.mutate({ id: credential.id, outcome: "FAILED" })}
            data-testid="record-failed"
          >
            Verification failed
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
