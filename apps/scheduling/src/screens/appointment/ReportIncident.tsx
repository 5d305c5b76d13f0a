import { useAreaInstalled } from "@gantry/web-kit/manifest";
import { Anchor, Paper, Text, Title } from "@mantine/core";
import { Link } from "react-router";

/**
 * Where an incident during this exam is reported (a contrast reaction, a fall, a wrong side): the
 * Quality area owns incidents, so this links there with the appointment, and says so plainly where
 * that area is not installed yet rather than leading to a page that is not there.
 */
export function ReportIncident({ appointmentId }: { appointmentId: string }) {
  const installed = useAreaInstalled("quality");
  return (
    <Paper withBorder p="md" aria-labelledby="report-incident-title" data-testid="report-incident">
      <Title order={3} size="h4" mb="xs" id="report-incident-title">
        Something went wrong?
      </Title>
      {installed ? (
        <Anchor component={Link} to={`/quality/incidents/new?appointment=${encodeURIComponent(appointmentId)}`}>
          Report an incident for this exam
        </Anchor>
      ) : (
        <Text size="sm" data-testid="report-incident-unavailable">
          Incidents (contrast reactions, falls, wrong patient or side, MRI safety events) are reported in the Quality area, which this
          workspace does not have yet. Report it the way your department does today, and note it in the exam notes.
        </Text>
      )}
    </Paper>
  );
}
