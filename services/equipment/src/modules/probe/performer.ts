import type { AreaClient } from "@gantry/subgraph-kit/area-client";
import { badUserInput } from "@gantry/subgraph-kit/errors";

const staffMemberQuery = /* GraphQL */ `
  query PerformerOfDisinfection($id: ID!) {
    staffMember(id: $id) {
      id
    }
  }
`;

/**
 * A disinfection names who performed it, and the log is only evidence if that person is in the
 * staff directory. Asked of the staff area (as the person logging) before anything is written;
 * when the staff area does not answer, the log is refused rather than kept unchecked.
 */
export async function confirmPerformer(areas: AreaClient, performedById: string): Promise<void> {
  const answer = await areas.ask<{ staffMember: { id: string } | null }>({
    area: "staff",
    checking: "the staff member",
    query: staffMemberQuery,
    variables: { id: performedById },
  });
  if (answer.staffMember) return;
  throw badUserInput("No staff member with that id; choose who performed the disinfection from the staff directory.", [
    { field: "input.performedById", message: "not in the staff directory" },
  ]);
}
