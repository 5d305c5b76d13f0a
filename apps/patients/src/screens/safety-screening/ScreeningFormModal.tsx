import {
  Alert,
  Button,
  Fieldset,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from "@mantine/core";
import { useForm, type UseFormReturnType } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useGraphQLMutation } from "@gantry/web-kit/graphql";
import { useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import type { SafetyScreeningFieldsFragment } from "../../__generated__/graphql.ts";
import { DateField } from "../../components/DateField.tsx";
import { today } from "../../format.ts";
import { showServerProblems } from "../../form-errors.ts";
import { AmendScreeningMutation, RecordScreeningMutation } from "../../operations/safety-screening.ts";
import { changedAnswers, pregnancyOptions, screeningAnswers, screeningFormValues, type ScreeningFormValues } from "./screening-form.ts";

const answerChoices = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
  { value: "", label: "Not asked" },
];

function YesNo({
  form,
  field,
  label,
}: {
  form: UseFormReturnType<ScreeningFormValues>;
  field: "contrastAllergy" | "latexAllergy" | "pacemaker" | "implants" | "metalFragments" | "claustrophobia";
  label: string;
}) {
  const id = useId();
  return (
    <div>
      <Text size="sm" fw={500} id={id}>
        {label}
      </Text>
      <SegmentedControl size="xs" fullWidth aria-labelledby={id} data={answerChoices} {...form.getInputProps(field)} />
    </div>
  );
}

/** Takes a new screening, or amends the current one (`screening` given): each answer is stamped with who and when. */
export function ScreeningFormModal({
  patientId,
  screening,
  onClose,
}: {
  patientId: string;
  screening: SafetyScreeningFieldsFragment | null;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const initial = screeningFormValues(screening);
  const form = useForm<ScreeningFormValues>({
    initialValues: initial,
    validate: {
      egfr: (value) =>
        value !== "" && (Number(value) < 0 || Number(value) > 200 || !Number.isInteger(Number(value)))
          ? "eGFR must be a whole number between 0 and 200"
          : null,
      egfrMeasuredOn: (value) => (value && value > today() ? "Must not be in the future" : null),
      weightKg: (value) =>
        value !== "" && (Number(value) <= 0 || Number(value) > 700) ? "Weight must be more than 0 and at most 700 kg" : null,
      validForDays: (value) => (!screening && (Number(value) < 1 || Number(value) > 365) ? "Between 1 and 365 days" : null),
    },
  });
  const done = (message: string) => {
    void queryClient.invalidateQueries({ queryKey: ["patients"] });
    notifications.show({ color: "green", message });
    onClose();
  };
  const onError = (error: unknown) => setFailure(showServerProblems(form, error));
  const record = useGraphQLMutation(RecordScreeningMutation, { onSuccess: () => done("Safety screening recorded"), onError });
  const amend = useGraphQLMutation(AmendScreeningMutation, { onSuccess: () => done("Safety screening amended"), onError });

  const submit = form.onSubmit((values) => {
    setFailure(null);
    if (screening) {
      const changes = changedAnswers(initial, values);
      if (Object.keys(changes).length === 0) return setFailure("Nothing changed: change at least one answer.");
      amend.mutate({ id: screening.id, input: changes });
    } else {
      const answers = screeningAnswers(values);
      if (Object.values(answers).every((answer) => answer === null)) return setFailure("Answer at least one question.");
      record.mutate({ input: { patientId, ...answers, validForDays: Number(values.validForDays) } });
    }
  });

  return (
    <Modal opened onClose={onClose} title={screening ? "Amend safety screening" : "Record safety screening"} size="xl">
      <form onSubmit={submit} noValidate aria-label={screening ? "Amend safety screening" : "Record safety screening"}>
        <Stack>
          {failure && (
            <Alert color="red" role="alert" title="The screening was not saved">
              {failure}
            </Alert>
          )}
          <Fieldset legend="Pregnancy and allergies">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Select
                label="Pregnancy status"
                data={pregnancyOptions}
                clearable
                placeholder="Not asked"
                {...form.getInputProps("pregnancyStatus")}
              />
              <YesNo form={form} field="contrastAllergy" label="Contrast allergy" />
              <YesNo form={form} field="latexAllergy" label="Latex allergy" />
            </SimpleGrid>
            <Textarea mt="sm" label="Prior contrast reactions" autosize minRows={1} {...form.getInputProps("priorContrastReactions")} />
          </Fieldset>
          <Fieldset legend="MRI safety">
            <SimpleGrid cols={{ base: 1, sm: 4 }}>
              <YesNo form={form} field="pacemaker" label="Pacemaker" />
              <YesNo form={form} field="implants" label="Implants" />
              <YesNo form={form} field="metalFragments" label="Metal fragments" />
              <YesNo form={form} field="claustrophobia" label="Claustrophobia" />
            </SimpleGrid>
            <Textarea mt="sm" label="Implant details" autosize minRows={1} {...form.getInputProps("implantDetails")} />
          </Fieldset>
          <Fieldset legend="Renal function and weight">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NumberInput label="eGFR (mL/min/1.73 m²)" min={0} max={200} allowDecimal={false} {...form.getInputProps("egfr")} />
              <DateField label="eGFR measured on" {...form.getInputProps("egfrMeasuredOn")} />
              <NumberInput label="Weight (kg)" min={0} max={700} decimalScale={1} {...form.getInputProps("weightKg")} />
            </SimpleGrid>
          </Fieldset>
          {!screening && (
            <NumberInput label="Valid for (days)" min={1} max={365} allowDecimal={false} w={160} {...form.getInputProps("validForDays")} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={record.isPending || amend.isPending}>
              {screening ? "Save amendments" : "Record screening"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
