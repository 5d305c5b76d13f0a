import type { Row } from "@gantry/demo-data/insert-rows";
import { stableUuid, type DemoRandom } from "@gantry/demo-data/random";
import { drawShare } from "./department-mix.ts";
import type { BookingRows } from "./booking-outcome.ts";

const minuteMs = 60_000;

/** What radiologists call critical or unexpected, by the part of the body imaged (first match wins). */
const findingsByBodyPart: readonly (readonly [RegExp, readonly string[]])[] = [
  [/brain|head|skull|auditory/, ["Intracranial hemorrhage", "Acute ischemic stroke", "Mass effect with midline shift"]],
  [/spine/, ["Spinal cord compression", "Unstable vertebral fracture"]],
  [/chest|neck|thyroid|throat/, ["Pulmonary embolism", "Tension pneumothorax", "Misplaced central line", "Aortic dissection"]],
  [/heart/, ["Aortic dissection", "Large pericardial effusion"]],
  [/breast/, ["Highly suspicious mass (BI-RADS 5)"]],
  [/kidney|bladder/, ["Obstructed infected kidney", "Incidental renal mass"]],
  [/abdomen|pelvis|liver|stomach|esophagus/, ["Free intraperitoneal air", "Perforated appendicitis", "Bowel obstruction"]],
  [/extremity|leg/, ["Deep vein thrombosis", "Unsuspected displaced fracture"]],
  [/knee|hip|ankle|wrist|hand|arm|shoulder/, ["Unsuspected displaced fracture", "Septic arthritis?"]],
  [/whole/, ["Unsuspected skeletal metastases"]],
];

/** The department's default limits (critical_result_limit), minutes from the finding to its communication. */
const limits = { immediate: 60, "within-hours": 360, "routine-follow-up": 4320 } as const;

/**
 * About one reported exam in fifty has a critical or unexpected finding, recorded when the first
 * report was. Most are communicated within their limit with a read-back; some late; and the last
 * days' findings are partly still open, a few of them past their limit — the coordinator's list.
 */
export function criticalFinding(rows: BookingRows, bodyPart: string, now: Date, random: DemoRandom): Row | null {
  const { appointment, order } = rows;
  const reportedAt = appointment.report_preliminary_at ?? appointment.report_final_at;
  if (typeof reportedAt !== "string" || !random.chance(0.02)) return null;
  const recorded = new Date(reportedAt);
  const urgency = drawShare(random, [
    ["immediate", 0.4],
    ["within-hours", 0.35],
    ["routine-follow-up", 0.25],
  ] as const);
  const limit = limits[urgency];
  const recent = now.getTime() - recorded.getTime() < 3 * 1440 * minuteMs;
  const roll = random.next();
  const minutes = roll < 0.9 ? random.int(5, Math.round(limit * 0.8)) : random.int(Math.round(limit * 1.1), limit * 2);
  const communicated = new Date(recorded.getTime() + minutes * minuteMs);
  const closed = communicated <= now && !(recent && random.chance(0.3));
  const radiologist = String(appointment.radiologist_name ?? "Radiologist");
  return {
    id: stableUuid("scheduling", `history-finding:${String(appointment.id)}`),
    appointment_id: appointment.id ?? null,
    patient_id: appointment.patient_id ?? null,
    category: random.pick(findingsByBodyPart.find(([part]) => part.test(bodyPart))?.[1] ?? ["Unexpected mass, follow-up advised"]),
    description: null,
    urgency,
    recorded_at: recorded.toISOString(),
    recorded_by: radiologist,
    communicate_by: new Date(recorded.getTime() + limit * minuteMs).toISOString(),
    communicated_at: closed ? communicated.toISOString() : null,
    communicated_by: closed ? radiologist : null,
    communicated_to: closed ? String(order.referring_name ?? "Referring provider") : null,
    communicated_via: closed
      ? drawShare(random, [
          ["phone", 0.6],
          ["secure-message", 0.2],
          ["page", 0.15],
          ["in-person", 0.05],
        ] as const)
      : null,
    read_back_confirmed: closed ? true : null,
  };
}
