import { PageHeader } from "@gantry/web-kit/components/PageHeader";
import { ErrorAlert, Loading } from "@gantry/web-kit/components/QueryState";
import { useGraphQLMutation, useGraphQLQuery } from "@gantry/web-kit/graphql";
import { Alert, Badge, Button, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { notifyDone } from "../../notify.ts";
import { useQueryClient } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { useParams } from "react-router";
import { useArea } from "../../area-context.tsx";
import { NotAllowedPanel } from "../../components/NotAllowedPanel.tsx";
import { ReasonModal } from "../../components/ReasonModal.tsx";
import { contrast, modality, screening } from "../../labels.ts";
import { ProcedureQuery, RetireProcedureMutation } from "../../operations/procedure.ts";
import { formatDateTime } from "../../time.ts";
import { DurationsPanel } from "./DurationsPanel.tsx";
import { ProcedureFormModal } from "./ProcedureFormModal.tsx";

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

/** One procedure of the catalogue, its room time per device, and (for coordinators) edit and retire. */
export function ProcedureScreen() {
  const { permissions } = useArea();
  const { procedureId = "" } = useParams();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<"edit" | "retire" | null>(null);
  const answer = useGraphQLQuery(["scheduling", "procedure"], ProcedureQuery, { id: procedureId });
  const retire = useGraphQLMutation(RetireProcedureMutation, {
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["scheduling"] });
      notifyDone("The procedure is retired.");
      setDialog(null);
    },
  });
  if (!permissions.allows("readCatalogue"))
    return <NotAllowedPanel action="readCatalogue" title="You cannot see the procedure catalogue" subject="The procedure catalogue" />;
  if (answer.isPending) return <Loading label="Loading the procedure" />;
  if (answer.isError) return <ErrorAlert error={answer.error} title="Could not load the procedure" />;
  const procedure = answer.data.procedure;
  if (!procedure)
    return (
      <Alert color="yellow" role="alert">
        No procedure with this id.
      </Alert>
    );
  const canManage = permissions.allows("manageCatalogue") && !procedure.retired;
  return (
    <>
      <PageHeader
        title={procedure.name}
        description={`${procedure.code} · ${modality.format(procedure.modality)} · ${procedure.bodyPart}`}
        actions={
          canManage && (
            <>
              <Button variant="light" onClick={() => setDialog("edit")} data-testid="procedure-edit">
                Edit
              </Button>
              <Button variant="light" color="red" onClick={() => setDialog("retire")} data-testid="procedure-retire">
                Retire
              </Button>
            </>
          )
        }
      />
      <Stack>
        {procedure.retired && (
          <Badge color="gray" size="lg" variant="light">
            Retired {formatDateTime(procedure.retiredAt)} by {procedure.retiredBy}
          </Badge>
        )}
        <Paper component="section" withBorder p="md" aria-labelledby="procedure-details-title">
          <Title order={3} size="h4" mb="sm" id="procedure-details-title">
            Details
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            <Field label="CPT / HCPCS">{procedure.cptCode ?? "—"}</Field>
            <Field label="Room time">{procedure.defaultMinutes} min</Field>
            <Field label="Side">{procedure.lateralityRequired ? "Required" : "Not asked"}</Field>
            <Field label="Contrast">
              {contrast.format(procedure.contrast)}
              {procedure.contrastAgent ? `: ${procedure.contrastAgent}` : ""}
            </Field>
            <Field label="Screenings">{procedure.screenings.map(screening.format).join(", ") || "None"}</Field>
            <Field label="Consent">{procedure.consentRequired ? "Required" : "Not required"}</Field>
            <Field label="Prior authorization">{procedure.priorAuthRequired ? "Usually required" : "Not required"}</Field>
            <Field label="Workload weight">{procedure.workloadWeight}</Field>
            <Field label="Report due (h)">
              routine {procedure.reportDueHours.routine}, urgent {procedure.reportDueHours.urgent}, ASAP {procedure.reportDueHours.asap},
              STAT {procedure.reportDueHours.stat}
            </Field>
            <Field label="Procedure group">{procedure.procedureGroup ?? "—"}</Field>
            <Field label="Preparation">{procedure.preparation ?? "—"}</Field>
            <Field label="Last changed">
              {formatDateTime(procedure.updatedAt)} by {procedure.updatedBy}
            </Field>
          </SimpleGrid>
        </Paper>
        <DurationsPanel procedureId={procedure.id} modality={procedure.modality} durations={procedure.durations} canManage={canManage} />
      </Stack>
      {dialog === "edit" && <ProcedureFormModal procedure={procedure} onClose={() => setDialog(null)} />}
      {dialog === "retire" && (
        <ReasonModal
          title={`Retire ${procedure.code}`}
          description="A retired procedure can no longer be ordered; orders placed before keep it."
          submitLabel="Retire procedure"
          color="red"
          confirmation={`Retire ${procedure.name} for good? It cannot be brought back.`}
          pending={retire.isPending}
          error={retire.error}
          onClose={() => setDialog(null)}
          onSubmit={(reason) => retire.mutate({ id: procedure.id, reason })}
        />
      )}
    </>
  );
}
