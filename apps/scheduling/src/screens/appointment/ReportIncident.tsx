import { useGraphQLQuery } from "@gantry/web-kit/graphql";
import { Anchor, Paper, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { IncidentReportingQuery } from "../../operations/appointment.ts";

/**
 * Where an incident during this exam is reported (a contrast reaction, a fall, a wrong side). The
 * Quality area owns incidents: the link into it shows once its catalogue offers `reportIncidents`
 * to this person; until then (or without that area) the page says plainly where to report instead
 * of leading to a screen that is not there.
 */
export function ReportIncident({ appointmentId }: { appointmentId: string }) {
  const catalogue = useGraphQLQuery(["quality", "incident-reporting"], IncidentReportingQuery, {}, { staleTime: 300_000, retry: false });
  const canReport = catalogue.data?.qualityPermissions.some((entry) => entry.action === "reportIncidents" && entry.allowed) ?? false;
  return (
    <Paper withBorder p="md" aria-labelledby="report-incident-title" data-testid="report-incident">
      <Title order={3} size="h4" mb="xs" id="report-incident-title">
        Something went wrong?
      </Title>
      {canReport ? (
        <Anchor component={Link} to={`/quality/incidents/new?appointment=${encodeURIComponent(appointmentId)}`}>
          Report an incident for this exam
        </Anchor>
      ) : (
        <Text size="sm" data-testid="report-incident-unavailable">
          Incidents (contrast reactions, falls, wrong patient or side, MRI safety events) are reported in the Quality area, which does not
          take incident reports in this workspace yet. Report it the way your department does today, and note it in the exam notes.
        </Text>
      )}
    </Paper>
  );
}
