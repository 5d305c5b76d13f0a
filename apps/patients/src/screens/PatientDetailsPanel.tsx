import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { describeError, useGraphQLMutation } from "@gantry/web-kit/graphql";
import { useQueryClient } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import type { PatientDetailsFragment } from "../__generated__/graphql.ts";
import { useArea } from "../area-context.tsx";
import { PatientFields } from "../components/PatientFields.tsx";
import { errorCode, problemsOf } from "../errors.ts";
import { formatDate, formatDateTime, formatSex } from "../format.ts";
import { UpdatePatientMutation } from "../operations/patient.ts";
import { MergeDuplicateModal } from "./merge/MergeDuplicateModal.tsx";
import { MergeHistory } from "./merge/MergeHistory.tsx";
import { formFieldOf, formValuesOf, patientFormRules, toUpdateInput, type PatientFormValues } from "../patient-form.ts";

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children || "—"}
      </Text>
    </div>
  );
}

function PatientView({ patient }: { patient: PatientDetailsFragment }) {
  const address = patient.address
    ? [patient.address.line, patient.address.city, patient.address.region, patient.address.postalCode, patient.address.country]
        .filter(Boolean)
        .join(", ")
    : "";
  const contact = patient.emergencyContact
    ? [patient.emergencyContact.name, patient.emergencyContact.relationship, patient.emergencyContact.phone].filter(Boolean).join(" · ")
    : "";
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl" data-testid="patient-details">
      <Field label="MRN">{patient.mrn}</Field>
      <Field label="Name">{patient.name.text}</Field>
      <Field label="Birth date">{formatDate(patient.birthDate)}</Field>
      <Field label="Administrative sex">{formatSex(patient.administrativeSex)}</Field>
      <Field label="Phone">{patient.phone}</Field>
      <Field label="Email">{patient.email}</Field>
      <Field label="Preferred language">{patient.preferredLanguage}</Field>
      <Field label="Interpreter needed">{patient.interpreterNeeded ? "Yes" : "No"}</Field>
      <Field label="Address">{address}</Field>
      <Field label="Emergency contact">{contact}</Field>
      <Field label="Registered">{formatDateTime(patient.createdAt)}</Field>
      <Field label="Last changed">{formatDateTime(patient.updatedAt)}</Field>
    </SimpleGrid>
  );
}

function PatientEditForm({ patient, onDone }: { patient: PatientDetailsFragment; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<PatientFormValues>({ initialValues: formValuesOf(patient), validate: patientFormRules });
  const update = useGraphQLMutation(UpdatePatientMutation, {
    onSuccess: async (data) => {
      // Close the form only once the record shows the saved values, never the old ones.
      await queryClient.invalidateQueries({ queryKey: ["patients"] });
      notifications.show({
        color: "green",
        title: "Patient updated",
        message: `${data.updatePatient.name.text}, MRN ${data.updatePatient.mrn}`,
      });
      onDone();
    },
    onError: (error) => {
      if (errorCode(error) === "BAD_USER_INPUT") {
        for (const problem of problemsOf(error)) {
          const field = formFieldOf(problem.field);
          if (field) form.setFieldError(field, problem.message);
        }
      }
      setFailure(describeError(error));
    },
  });

  return (
    <form
      noValidate
      aria-label="Edit patient"
      onSubmit={form.onSubmit((values) => update.mutate({ id: patient.id, input: toUpdateInput(values) }))}
    >
      <Stack>
        {failure && (
          <Alert color="red" title="The changes were not saved" role="alert" data-testid="patient-edit-error">
            {failure}
          </Alert>
        )}
        <PatientFields form={form} showMrn={false} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={update.isPending} data-testid="patient-edit-save">
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The patient's demographics, and editing them for the front desk. */
export function PatientDetailsPanel({ patient }: { patient: PatientDetailsFragment }) {
  const { permissions } = useArea();
  const [editing, setEditing] = useState(false);
  const [merging, setMerging] = useState(false);
  // A merged record is kept only as the trail: it is neither edited nor merged into again.
  const canEdit = permissions.editPatients && !patient.mergedInto;
  const canMerge = permissions.mergePatients && !patient.mergedInto;
  return (
    <Paper withBorder p="md">
      {editing ? (
        <PatientEditForm patient={patient} onDone={() => setEditing(false)} />
      ) : (
        <Stack>
          <PatientView patient={patient} />
          {(canEdit || canMerge) && (
            <Group justify="flex-end">
              {canMerge && (
                <Button variant="default" onClick={() => setMerging(true)} data-testid="patient-merge">
                  Merge a duplicate…
                </Button>
              )}
              {canEdit && (
                <Button variant="light" onClick={() => setEditing(true)} data-testid="patient-edit">
                  Edit details
                </Button>
              )}
            </Group>
          )}
          <MergeHistory patientId={patient.id} />
          {merging && <MergeDuplicateModal survivor={patient} onClose={() => setMerging(false)} />}
        </Stack>
      )}
    </Paper>
  );
}
