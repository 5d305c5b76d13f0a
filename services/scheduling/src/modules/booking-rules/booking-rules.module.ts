import { defineModule } from "@gantry/subgraph-kit/modules";
import type { SchedulingContext } from "../../context.ts";
import { BookingRules } from "./booking-rules.ts";

/** The rules every booking meets, read from this area and, through the gateway, from equipment, staff and patients. */
export const bookingRulesModule = defineModule<SchedulingContext>({
  name: "booking-rules",
  providers: { bookingRules: (context) => new BookingRules(context) },
});
