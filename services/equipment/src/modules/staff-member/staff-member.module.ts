import { defineModule } from "@gantry/subgraph-kit/modules";
import type { EquipmentContext } from "../../context.ts";

/** The staff area's StaffMember by key only (who performed a disinfection); the staff area resolves it. */
export const staffMemberModule = defineModule<EquipmentContext>({
  name: "staff-member",
  typeDefs: new URL("./staff-member.graphql", import.meta.url),
});
