import type { AreaClient } from "@gantry/subgraph-kit/area-client";
import { blocker, type Blocker } from "./blocker.ts";

interface TechnologistAnswer {
  staffMember: {
    id: string;
    name: { text: string };
    active: boolean;
    shifts: { startsAt: string; endsAt: string; kind: string; cancelled: boolean; modality: string | null }[];
  } | null;
  staffCredentialedFor: { id: string }[];
}

/**
 * The technologist must be credentialed and competent for the modality on the exam's day (the
 * staff area's rule: verified, unexpired credential and a current passed competency) and on a
 * regular shift covering the whole slot.
 */
export async function technologistBlockers(
  areas: AreaClient,
  slot: { technologistId: string; modality: string; day: string; startsAt: Date; endsAt: Date },
): Promise<Blocker[]> {
  const answer = await areas.ask<TechnologistAnswer>({
    area: "staff",
    checking: "the technologist's credentials and shift",
    query: `query ($id: ID!, $modality: Modality!, $day: Date!) {
      staffMember(id: $id) { id name { text } active shifts(from: $day, to: $day) { startsAt endsAt kind cancelled modality } }
      staffCredentialedFor(modality: $modality, on: $day) { id }
    }`,
    variables: { id: slot.technologistId, modality: slot.modality.toUpperCase(), day: slot.day },
  });
  const member = answer.staffMember;
  if (!member || !member.active)
    return [blocker("TECHNOLOGIST_UNKNOWN", "staff", "The staff directory has no active person with this id.", false)];
  const blockers: Blocker[] = [];
  if (!answer.staffCredentialedFor.some((person) => person.id === member.id))
    blockers.push(
      blocker(
        "TECHNOLOGIST_NOT_CREDENTIALED",
        "staff",
        `${member.name.text} holds no verified, unexpired ${slot.modality.toUpperCase()} credential with a current competency on ${slot.day}.`,
        false,
      ),
    );
  const covered = member.shifts.some(
    (shift) =>
      !shift.cancelled &&
      shift.kind === "REGULAR" &&
      Date.parse(shift.startsAt) <= slot.startsAt.getTime() &&
      Date.parse(shift.endsAt) >= slot.endsAt.getTime(),
  );
  if (!covered)
    blockers.push(blocker("TECHNOLOGIST_OFF_SHIFT", "staff", `${member.name.text} has no regular shift covering this slot.`, true));
  return blockers;
}
