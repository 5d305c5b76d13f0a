import { useGraphQLMutation } from "@gantry/web-kit/graphql";
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifyDone } from "../../notify.ts";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { Contrast, Modality, ProcedureFieldsFragment, Screening } from "../../__generated__/graphql.ts";
import { describeSchedulingError, errorCode, problemsOf } from "../../errors.ts";
import { contrast, modality, screening } from "../../labels.ts";
import { AddProcedureMutation, UpdateProcedureMutation } from "../../operations/procedure.ts";
import { formValuesOf, procedureInput, procedureValidation, type ProcedureFormValues } from "./procedure-form.ts";

/** Adds a procedure, or edits one (every field sent: the result must still be a valid procedure). */
export function ProcedureFormModal({
  procedure,
  onClose,
  onSaved,
}: {
  procedure: ProcedureFieldsFragment | null;
  onClose: () => void;
  onSaved?: (id: string) => void;
}) {
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<ProcedureFormValues>({ initialValues: formValuesOf(procedure), validate: procedureValidation });
  const saved = (id: string) => {
    void queryClient.invalidateQueries({ queryKey: ["scheduling"] });
    notifyDone(procedure ? "Procedure saved." : "Procedure added.");
    onClose();
    onSaved?.(id);
  };
  const failed = (error: unknown) => {
    if (errorCode(error) !== "BAD_USER_INPUT") return setFailure(describeSchedulingError(error));
    const unplaced: string[] = [];
    for (const problem of problemsOf(error)) {
      // input.reportDueHours.stat -> stat; input.code -> code
      const field = problem.field.split(".").pop() ?? "";
      if (field in form.values) form.setFieldError(field, problem.message);
      else unplaced.push(`${problem.field}: ${problem.message}`);
    }
    setFailure(unplaced.length > 0 ? unplaced.join(" ") : "Correct the highlighted fields.");
  };
  const add = useGraphQLMutation(AddProcedureMutation, { onSuccess: (data) => saved(data.addProcedure.id), onError: failed });
  const update = useGraphQLMutation(UpdateProcedureMutation, { onSuccess: (data) => saved(data.updateProcedure.id), onError: failed });
  const title = procedure ? `Edit ${procedure.code}` : "Add a procedure";
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form
        noValidate
        aria-label={title}
        onSubmit={form.onSubmit((values) => {
          setFailure(null);
          const input = procedureInput(values);
          if (procedure) update.mutate({ id: procedure.id, input });
          else add.mutate({ input });
        })}
      >
        <Stack>
          {failure && (
            <Alert color="red" role="alert" title="The procedure was not saved">
              {failure}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Code" withAsterisk description="e.g. CT-HEAD-WO" {...form.getInputProps("code")} />
            <TextInput label="CPT or HCPCS code" {...form.getInputProps("cptCode")} />
            <TextInput label="Name" withAsterisk {...form.getInputProps("name")} />
            <Select
              label="Modality"
              withAsterisk
              data={modality.options}
              {...form.getInputProps("modality")}
              onChange={(value) => form.setFieldValue("modality", value as Modality | null)}
            />
            <TextInput label="Body part" withAsterisk {...form.getInputProps("bodyPart")} />
            <NumberInput label="Room time (minutes)" withAsterisk min={5} max={480} {...form.getInputProps("defaultMinutes")} />
            <Select
              label="Contrast"
              withAsterisk
              allowDeselect={false}
              data={contrast.options}
              {...form.getInputProps("contrast")}
              onChange={(value) => value && form.setFieldValue("contrast", value as Contrast)}
            />
            {form.values.contrast !== "NONE" && <TextInput label="Contrast agent" withAsterisk {...form.getInputProps("contrastAgent")} />}
            <MultiSelect
              label="Screenings needed"
              // Searchable, so the field stays a text box a keyboard (and a test) can reach with pills in it.
              searchable
              placeholder="Any that apply"
              data={screening.options}
              {...form.getInputProps("screenings")}
              onChange={(values) => form.setFieldValue("screenings", values as Screening[])}
            />
            <NumberInput
              label="Workload weight"
              withAsterisk
              min={0.01}
              max={99.99}
              decimalScale={2}
              step={0.5}
              {...form.getInputProps("workloadWeight")}
            />
            <TextInput
              label="Procedure group"
              description="For reserved blocks, e.g. cardiac-mr"
              {...form.getInputProps("procedureGroup")}
            />
          </SimpleGrid>
          <Group>
            <Checkbox label="Side required (left, right, both)" {...form.getInputProps("lateralityRequired", { type: "checkbox" })} />
            <Checkbox label="Signed consent required" {...form.getInputProps("consentRequired", { type: "checkbox" })} />
            <Checkbox label="Prior authorization usually required" {...form.getInputProps("priorAuthRequired", { type: "checkbox" })} />
          </Group>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <NumberInput label="Report due, routine (h)" withAsterisk min={1} max={720} {...form.getInputProps("routine")} />
            <NumberInput label="Urgent (h)" withAsterisk min={1} max={720} {...form.getInputProps("urgent")} />
            <NumberInput label="ASAP (h)" withAsterisk min={1} max={720} {...form.getInputProps("asap")} />
            <NumberInput label="STAT (h)" withAsterisk min={1} max={720} {...form.getInputProps("stat")} />
          </SimpleGrid>
          <Textarea
            label="Preparation"
            description="What the patient is told: fasting, what to bring"
            autosize
            minRows={2}
            {...form.getInputProps("preparation")}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={add.isPending || update.isPending}>
              {procedure ? "Save procedure" : "Add procedure"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
