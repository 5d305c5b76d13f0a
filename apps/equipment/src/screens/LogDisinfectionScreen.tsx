import { PageHeader } from "@gantry/web-kit/components/PageHeader";
import { describeError, useGraphQLMutation, useGraphQLQuery } from "@gantry/web-kit/graphql";
import { Alert, Anchor, Button, Group, Paper, Radio, Select, SimpleGrid, Stack, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams } from "react-router";
import type { DisinfectionMethod, DisinfectionResult } from "../__generated__/graphql.ts";
import { useArea } from "../area-context.tsx";
import { ErrorAlert, Loading, PermissionsPending, permissionsSettled } from "@gantry/web-kit/components/QueryState";
import { disinfectionMethod, formatCode, formatDate } from "../format.ts";
import { DisinfectantLotsQuery, LogDisinfectionMutation, ProbeStatusQuery, StaffOptionsQuery } from "../operations/disinfection.ts";

interface DisinfectionFormValues {
  performedById: string | null;
  method: string | null;
  disinfectantLotId: string | null;
  result: string;
  notes: string;
}

/** Logs a high-level disinfection of one probe (technologists, coordinators), as done now. */
export function LogDisinfectionScreen() {
  const { probeId = "" } = useParams();
  const { link, permissions } = useArea();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const enabled = permissions.logDisinfection;
  const probe = useGraphQLQuery(["equipment", "probe", probeId], ProbeStatusQuery, { probeId }, { enabled });
  const staff = useGraphQLQuery(["equipment", "staff-options"], StaffOptionsQuery, {}, { enabled });
  const lots = useGraphQLQuery(["equipment", "disinfectant-lots"], DisinfectantLotsQuery, {}, { enabled });
  const logDisinfection = useGraphQLMutation(LogDisinfectionMutation);
  const form = useForm<DisinfectionFormValues>({
    initialValues: { performedById: null, method: null, disinfectantLotId: null, result: "PASS", notes: "" },
    validate: {
      performedById: (value) => (value ? null : "Choose who disinfected the probe"),
      method: (value) => (value ? null : "Choose the method"),
    },
  });

  if (!permissionsSettled(permissions)) return <PermissionsPending permissions={permissions} />;
  if (!enabled) {
    return (
      <Alert
        color="yellow"
        title="Logging disinfections is for technologists and coordinators"
        role="alert"
        data-testid="log-disinfection-forbidden"
      >
        <Anchor component={Link} to={link(`disinfection/${probeId}`)}>
          Back to the log
        </Anchor>
      </Alert>
    );
  }
  if (probe.isPending || staff.isPending || lots.isPending) return <Loading label="Loading the disinfection form" />;
  if (probe.isError) return <ErrorAlert error={probe.error} title="Could not load the probe" />;
  if (staff.isError) return <ErrorAlert error={staff.error} title="Could not load the staff directory" />;
  if (lots.isError) return <ErrorAlert error={lots.error} title="Could not load the disinfectant lots" />;
  const staffOptions = staff.data.staffDirectory.nodes.map((member) => ({
    value: member.id,
    label: `${member.name.text} (${formatCode(member.role)})`,
  }));
  const lotOptions = lots.data.inventoryItems.flatMap((item) =>
    item.lots
      .filter((lot) => lot.onHand > 0)
      .map((lot) => ({
        value: lot.id,
        label: `${item.name}, lot ${lot.lotNumber}${lot.expiresOn ? ` (expires ${formatDate(lot.expiresOn)})` : ""}`,
      })),
  );
  const probeName = probe.data.probeDisinfectionStatus.probe.name;

  const submit = form.onSubmit((values) => {
    logDisinfection.mutate(
      {
        input: {
          probeId,
          performedById: values.performedById ?? "",
          method: values.method as DisinfectionMethod,
          disinfectantLotId: values.disinfectantLotId,
          result: values.result as DisinfectionResult,
          notes: values.notes.trim() || null,
        },
      },
      {
        onSuccess: (data) => {
          void queryClient.invalidateQueries({ queryKey: ["equipment"] });
          const entry = data.logDisinfection;
          notifications.show({
            color: entry.result === "PASS" ? "green" : "red",
            title: "Disinfection logged",
            message: `${probeName}, by ${entry.performedBy?.name.text ?? "someone"}: ${entry.result === "PASS" ? "pass" : "fail"}.`,
          });
          void navigate(link(`disinfection/${probeId}`));
        },
      },
    );
  });

  return (
    <>
      <PageHeader title={`Log disinfection: ${probeName}`} description="High-level disinfection, recorded as done now." />
      <Paper withBorder p="lg" maw={720} component="form" onSubmit={submit} aria-label="Log disinfection" noValidate>
        <Stack>
          {logDisinfection.isError && (
            <Alert color="red" title="The disinfection was not logged" role="alert" data-testid="log-disinfection-error">
              {describeError(logDisinfection.error)}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Performed by"
              withAsterisk
              searchable
              nothingFoundMessage="Nobody matches"
              data={staffOptions}
              data-testid="log-disinfection-staff"
              {...form.getInputProps("performedById")}
            />
            <Select
              label="Method"
              withAsterisk
              data={disinfectionMethod.options}
              data-testid="log-disinfection-method"
              {...form.getInputProps("method")}
            />
          </SimpleGrid>
          <Select
            label="Disinfectant lot"
            placeholder="Not recorded"
            clearable
            data={lotOptions}
            data-testid="log-disinfection-lot"
            {...form.getInputProps("disinfectantLotId")}
          />
          <Radio.Group label="Result" withAsterisk data-testid="log-disinfection-result" {...form.getInputProps("result")}>
            <Group mt="xs">
              <Radio value="PASS" label="Pass" />
              <Radio value="FAIL" label="Fail" />
            </Group>
          </Radio.Group>
          <Textarea label="Notes" autosize minRows={2} data-testid="log-disinfection-notes" {...form.getInputProps("notes")} />
          <Group justify="flex-end">
            <Button variant="default" component={Link} to={link(`disinfection/${probeId}`)}>
              Cancel
            </Button>
            <Button type="submit" loading={logDisinfection.isPending} data-testid="log-disinfection-submit">
              Log disinfection
            </Button>
          </Group>
        </Stack>
      </Paper>
    </>
  );
}
