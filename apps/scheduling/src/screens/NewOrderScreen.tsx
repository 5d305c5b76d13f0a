import { PageHeader } from "@gantry/web-kit/components/PageHeader";
import { useGraphQLMutation } from "@gantry/web-kit/graphql";
import { Alert, Button, Checkbox, Fieldset, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import type { Laterality, OrderPriority, PatientClass } from "../__generated__/graphql.ts";
import { useArea } from "../area-context.tsx";
import { NotAllowedPanel } from "../components/NotAllowedPanel.tsx";
import { PatientPicker } from "../components/PatientPicker.tsx";
import { ProcedurePicker } from "../components/ProcedurePicker.tsx";
import { describeSchedulingError, errorCode, problemsOf } from "../errors.ts";
import { laterality, patientClass, priority, screening } from "../labels.ts";
import { notifyDone } from "../notify.ts";
import { PlaceOrderMutation } from "../operations/imaging-order.ts";
import { emptyOrder, orderValidation, placeOrderInput, serverFields, type OrderFormValues } from "./order/order-form.ts";
import { PatientOrdersPanel } from "./order/PatientOrdersPanel.tsx";

/** Entering an imaging order: the patient, the procedure, who asks and why; then to the new order's page. */
export function NewOrderScreen() {
  const { permissions, link } = useArea();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<OrderFormValues>({ initialValues: emptyOrder, validate: orderValidation });
  const place = useGraphQLMutation(PlaceOrderMutation, {
    onSuccess: (data) => {
      void queryClient.invalidateQueries({ queryKey: ["scheduling"] });
      notifyDone(`Order ${data.placeOrder.accessionNumber} entered.`);
      void navigate(link(`orders/${data.placeOrder.id}`));
    },
    onError: (error) => {
      if (errorCode(error) !== "BAD_USER_INPUT") return setFailure(describeSchedulingError(error));
      // Each problem on its field, in the API's words after the field's name ("NPI must be a 10-digit NPI whose …").
      const unplaced: string[] = [];
      for (const problem of problemsOf(error)) {
        const target = serverFields[problem.field];
        if (target) form.setFieldError(target.field, `${target.label} ${problem.message}`);
        else unplaced.push(`${problem.field}: ${problem.message}`);
      }
      setFailure(unplaced.length > 0 ? unplaced.join(" ") : "Correct the highlighted fields.");
    },
  });

  if (!permissions.allows("placeOrders"))
    return <NotAllowedPanel action="placeOrders" title="You cannot enter orders" subject="Entering imaging orders" phi />;
  const procedure = form.values.procedure;
  return (
    <>
      <PageHeader title="New order" description="Enter an imaging order; it goes to the order queue for triage and booking." />
      <form
        noValidate
        aria-label="New order"
        onSubmit={form.onSubmit((values) => {
          setFailure(null);
          place.mutate({ input: placeOrderInput(values) });
        })}
      >
        <Stack>
          {failure && (
            <Alert color="red" role="alert" title="The order was not entered" data-testid="order-form-error">
              {failure}
            </Alert>
          )}
          <Fieldset legend="Patient and exam">
            <Stack>
              <PatientPicker
                value={form.values.patient}
                onChange={(patient) => form.setFieldValue("patient", patient)}
                error={form.errors.patient as string | undefined}
              />
              {form.values.patient && <PatientOrdersPanel patientId={form.values.patient.id} />}
              <ProcedurePicker
                value={procedure}
                onChange={(picked) => {
                  form.setFieldValue("procedure", picked);
                  if (!picked?.lateralityRequired) form.setFieldValue("laterality", null);
                }}
                error={form.errors.procedure as string | undefined}
              />
              {procedure && (
                <Alert color="blue" variant="light" data-testid="order-procedure-needs">
                  {procedure.modality}, {procedure.defaultMinutes} min. Screenings:{" "}
                  {procedure.screenings.map(screening.format).join(", ") || "none"}.
                  {procedure.consentRequired ? " Needs a signed consent." : ""}
                  {procedure.priorAuthRequired ? " Usually needs a prior authorization." : ""}
                  {procedure.preparation ? ` Preparation: ${procedure.preparation}` : ""}
                </Alert>
              )}
              {procedure?.lateralityRequired && (
                <Select
                  label="Side"
                  withAsterisk
                  data={laterality.options}
                  {...form.getInputProps("laterality")}
                  onChange={(value) => form.setFieldValue("laterality", value as Laterality | null)}
                />
              )}
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select
                  label="Priority"
                  withAsterisk
                  allowDeselect={false}
                  data={priority.options}
                  {...form.getInputProps("priority")}
                  onChange={(value) => value && form.setFieldValue("priority", value as OrderPriority)}
                />
                <Select
                  label="Patient class"
                  withAsterisk
                  allowDeselect={false}
                  data={patientClass.options}
                  {...form.getInputProps("patientClass")}
                  onChange={(value) => value && form.setFieldValue("patientClass", value as PatientClass)}
                />
              </SimpleGrid>
            </Stack>
          </Fieldset>
          <Fieldset legend="Referring provider">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label="Referring provider" withAsterisk maxLength={200} {...form.getInputProps("referringName")} />
              <TextInput
                label="NPI"
                withAsterisk
                inputMode="numeric"
                maxLength={10}
                description="10 digits"
                {...form.getInputProps("referringNpi")}
              />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend="Reason for the exam">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label="ICD-10 code" withAsterisk description="e.g. R51.9" maxLength={10} {...form.getInputProps("reasonCode")} />
              <TextInput label="Reason" maxLength={500} {...form.getInputProps("reasonText")} />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend="More">
            <Stack>
              <TextInput
                label="Placer order number"
                description="The referring system's own number, if it sent one"
                maxLength={40}
                {...form.getInputProps("placerOrderNumber")}
              />
              <Textarea label="Notes" autosize minRows={2} maxLength={2000} {...form.getInputProps("notes")} />
              <Checkbox
                label="Keep as a draft (waiting for a signature or details)"
                {...form.getInputProps("draft", { type: "checkbox" })}
              />
            </Stack>
          </Fieldset>
          <Group justify="flex-end">
            <Button type="submit" loading={place.isPending} data-testid="order-submit">
              Enter order
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
