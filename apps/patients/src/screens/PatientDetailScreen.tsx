import { Alert, Anchor, Badge, Group, Stack, Tabs, Text, Title } from "@mantine/core";
import { useGraphQLQuery } from "@gantry/web-kit/graphql";
import type { ReactNode } from "react";
import { Link, useNavigate, useParams } from "react-router";
import type { PatientDetailsFragment } from "../__generated__/graphql.ts";
import { useArea } from "../area-context.tsx";
import { ErrorAlert, Loading } from "@gantry/web-kit/components/QueryState";
import { ageOf, formatDate, formatSex } from "../format.ts";
import { PatientQuery } from "../operations/patient.ts";
import { ConsentPanel } from "./consent/ConsentPanel.tsx";
import { CoveragePanel } from "./coverage/CoveragePanel.tsx";
import { PatientDetailsPanel } from "./PatientDetailsPanel.tsx";
import { PriorAuthorizationsPanel } from "./prior-authorization/PriorAuthorizationsPanel.tsx";
import { PriorStudiesPanel } from "./prior-studies/PriorStudiesPanel.tsx";
import { SafetyScreeningPanel } from "./safety-screening/SafetyScreeningPanel.tsx";

interface PatientTab {
  value: string;
  label: string;
  render: (patient: PatientDetailsFragment) => ReactNode;
}

const tabs: PatientTab[] = [
  { value: "details", label: "Details", render: (patient) => <PatientDetailsPanel patient={patient} /> },
  { value: "coverage", label: "Coverage", render: (patient) => <CoveragePanel patientId={patient.id} /> },
  {
    value: "prior-authorizations",
    label: "Prior authorizations",
    render: (patient) => <PriorAuthorizationsPanel patientId={patient.id} />,
  },
  { value: "safety-screening", label: "Safety screening", render: (patient) => <SafetyScreeningPanel patientId={patient.id} /> },
  {
    value: "consent",
    label: "Consent",
    render: (patient) => <ConsentPanel patientId={patient.id} patientName={`${patient.name.given} ${patient.name.family}`} />,
  },
  { value: "prior-studies", label: "Prior studies", render: (patient) => <PriorStudiesPanel patientId={patient.id} /> },
];

function PatientHeader({ patient }: { patient: PatientDetailsFragment }) {
  const { link } = useArea();
  return (
    <Stack gap={4}>
      <Group gap="sm">
        <Title order={2} data-testid="patient-name">
          {patient.name.text}
        </Title>
        {!patient.active && <Badge color="gray">Inactive</Badge>}
      </Group>
      <Text c="dimmed" data-testid="patient-summary">
        MRN <strong data-testid="patient-mrn">{patient.mrn}</strong> · born {formatDate(patient.birthDate)} ({ageOf(patient.birthDate)} y) ·{" "}
        {formatSex(patient.administrativeSex)}
      </Text>
      {patient.mergedInto && (
        <Alert color="gray" title="This record was merged">
          It is kept for the audit trail. Use the surviving record,{" "}
          <Anchor component={Link} to={link(patient.mergedInto.id)}>
            MRN {patient.mergedInto.mrn}
          </Anchor>
          .
        </Alert>
      )}
    </Stack>
  );
}

export function PatientDetailScreen() {
  const { link } = useArea();
  const navigate = useNavigate();
  const { patientId = "", tab = "details" } = useParams();
  const result = useGraphQLQuery(["patients", "patient", patientId], PatientQuery, { id: patientId });
  const active = tabs.some((entry) => entry.value === tab) ? tab : "details";

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={link()} size="sm">
        ← Back to patient search
      </Anchor>
      {result.isPending && <Loading label="Loading patient" />}
      {result.isError && <ErrorAlert error={result.error} title="Could not load the patient" />}
      {result.data && !result.data.patient && (
        <Alert color="gray" title="Patient not found" role="alert" data-testid="patient-not-found">
          No patient has this id. Search again by MRN or name.
        </Alert>
      )}
      {result.data?.patient && (
        <>
          <PatientHeader patient={result.data.patient} />
          <Tabs value={active} onChange={(value) => void navigate(link(`${patientId}/${value ?? "details"}`))} keepMounted={false}>
            <Tabs.List>
              {tabs.map((entry) => (
                <Tabs.Tab key={entry.value} value={entry.value} data-testid={`patient-tab-${entry.value}`}>
                  {entry.label}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {tabs.map((entry) => (
              <Tabs.Panel key={entry.value} value={entry.value} pt="md">
                {entry.render(result.data.patient as PatientDetailsFragment)}
              </Tabs.Panel>
            ))}
          </Tabs>
        </>
      )}
    </Stack>
  );
}
