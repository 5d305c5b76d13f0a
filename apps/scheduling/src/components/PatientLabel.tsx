import { Anchor, Text } from "@mantine/core";
import { Link } from "react-router";

export interface PatientShown {
  id: string;
  mrn: string;
  name: { text: string };
}

/**
 * A patient's name and MRN, or "hidden" when the patients area refused them to this person (PHI):
 * the rest of the screen still works.
 */
export function PatientLabel({ patient, link = false }: { patient: PatientShown | null; link?: boolean }) {
  if (!patient)
    return (
      <Text span c="dimmed" fs="italic" data-testid="patient-hidden" title="Protected health information you may not see">
        hidden
      </Text>
    );
  const text = `${patient.name.text} (${patient.mrn})`;
  return link ? (
    <Anchor component={Link} to={`/patients/${patient.id}`} data-testid="patient-label">
      {text}
    </Anchor>
  ) : (
    <Text span data-testid="patient-label">
      {text}
    </Text>
  );
}
