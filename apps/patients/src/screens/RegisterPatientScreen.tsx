import { Alert, Anchor, Button, Group, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { describeError, useGraphQLMutation } from "@gantry/web-kit/graphql";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Link, useNavigate } from "react-router";
import { useArea } from "../area-context.tsx";
import { PatientFields } from "../components/PatientFields.tsx";
import { errorCode, problemsOf } from "../errors.ts";
import { RegisterPatientMutation } from "../operations/patient.ts";
import { emptyPatientForm, formFieldOf, patientFormRules, toRegisterInput, type PatientFormValues } from "../patient-form.ts";

/** What the server said that the person at the desk has to act on. */
type Outcome = { kind: "possible-duplicate"; message: string } | { kind: "error"; message: string } | null;

export function RegisterPatientScreen() {
  const { permissions, link } = useArea();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const form = useForm<PatientFormValues>({ initialValues: emptyPatientForm, validate: patientFormRules });
  const register = useGraphQLMutation(RegisterPatientMutation);
  // The answer appears above the form while the person is at its submit button: bring it into view.
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome) outcomeRef.current?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [outcome]);

  // Changing the name or birth date makes an earlier duplicate warning stale.
  form.watch("familyName", () => setOutcome(null));
  form.watch("givenName", () => setOutcome(null));
  form.watch("birthDate", () => setOutcome(null));

  if (!permissions.editPatients) {
    return (
      <Alert color="yellow" title="You cannot register patients" role="alert" data-testid="patients-register-forbidden">
        Registering patients needs the front-desk role (scheduler or coordinator) with permission to write patient details.
      </Alert>
    );
  }

  const submit = (values: PatientFormValues, confirmNotDuplicate: boolean) => {
    setOutcome(null);
    register.mutate(
      { input: toRegisterInput(values, confirmNotDuplicate) },
      {
        onSuccess: (data) => {
          const patient = data.registerPatient;
          void queryClient.invalidateQueries({ queryKey: ["patients"] });
          notifications.show({ color: "green", title: "Patient registered", message: `${patient.name.text}, MRN ${patient.mrn}` });
          void navigate(link(patient.id));
        },
        onError: (error) => {
          const code = errorCode(error);
          if (code === "BAD_USER_INPUT") {
            const unplaced: string[] = [];
            for (const problem of problemsOf(error)) {
              const field = formFieldOf(problem.field);
              if (field) form.setFieldError(field, problem.message);
              else unplaced.push(problem.message);
            }
            setOutcome({ kind: "error", message: unplaced.length > 0 ? unplaced.join(" ") : "Correct the highlighted fields." });
          } else if (code === "CONFLICT" && /MRN .* already in use/i.test(error.message)) {
            form.setFieldError("mrn", error.message);
            setOutcome({ kind: "error", message: error.message });
          } else if (code === "CONFLICT" && !confirmNotDuplicate) {
            setOutcome({ kind: "possible-duplicate", message: error.message });
          } else {
            setOutcome({ kind: "error", message: describeError(error) });
          }
        },
      },
    );
  };

  return (
    <form onSubmit={form.onSubmit((values) => submit(values, false))} noValidate aria-label="Register patient">
      <Stack gap="lg">
        <Group justify="space-between">
          <Title order={2}>Register patient</Title>
          <Anchor component={Link} to={link()}>
            Back to search
          </Anchor>
        </Group>

        <div ref={outcomeRef}>
          {outcome?.kind === "possible-duplicate" && (
            <Alert color="orange" title="This patient may already be registered" role="alert" data-testid="patient-register-duplicate">
              <Stack gap="sm">
                <Text size="sm">{outcome.message}</Text>
                <Text size="sm">
                  Open the existing record if it is the same person. Register a new record only if you have checked it is a different
                  person.
                </Text>
                <Group>
                  <Button
                    component={Link}
                    variant="default"
                    to={`${link()}?${new URLSearchParams({ family: form.values.familyName.trim(), born: form.values.birthDate ?? "" }).toString()}`}
                  >
                    Find the existing record
                  </Button>
                  <Button
                    color="orange"
                    loading={register.isPending}
                    onClick={() => submit(form.values, true)}
                    data-testid="patient-register-confirm"
                  >
                    Register as a different person
                  </Button>
                </Group>
              </Stack>
            </Alert>
          )}
          {outcome?.kind === "error" && (
            <Alert color="red" title="The patient was not registered" role="alert" data-testid="patient-register-error">
              {outcome.message}
            </Alert>
          )}
        </div>

        <PatientFields form={form} showMrn />

        <Group justify="flex-end">
          <Button variant="default" component={Link} to={link()}>
            Cancel
          </Button>
          <Button type="submit" loading={register.isPending} data-testid="patient-register-submit">
            Register patient
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
