import { Anchor, Stack, Text, Title } from "@mantine/core";
import { useGraphQLQuery } from "@gantry/web-kit/graphql";
import { Link } from "react-router";
import { useArea } from "../../area-context.tsx";
import { ErrorAlert } from "@gantry/web-kit/components/QueryState";
import { formatDateTime } from "../../format.ts";
import { MergeHistoryQuery } from "../../operations/patient-merge.ts";

/** The audit trail of merges this record took part in; nothing shows when there were none. */
export function MergeHistory({ patientId }: { patientId: string }) {
  const { link } = useArea();
  const result = useGraphQLQuery(["patients", "merge-history", patientId], MergeHistoryQuery, { id: patientId });
  if (result.isError) return <ErrorAlert error={result.error} title="Could not load the merge history" />;
  const merges = result.data?.patient?.mergeHistory ?? [];
  if (merges.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="merge-history">
      <Title order={4}>Merge history</Title>
      {merges.map((merge) => {
        const moved = Object.values(merge.movedRecords).reduce((total, ids) => total + ids.length, 0);
        return (
          <Text size="sm" key={merge.id}>
            {formatDateTime(merge.mergedAt)} · {merge.mergedBy.name} merged{" "}
            <Anchor component={Link} to={link(merge.duplicate.id)}>
              {merge.duplicate.mrn}
            </Anchor>{" "}
            into{" "}
            <Anchor component={Link} to={link(merge.survivor.id)}>
              {merge.survivor.mrn}
            </Anchor>{" "}
            ({moved === 1 ? "1 record moved" : `${moved} records moved`}): {merge.reason}
          </Text>
        );
      })}
    </Stack>
  );
}
