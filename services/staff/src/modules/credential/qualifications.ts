import type { Modality } from "@gantry/subgraph-kit/modality";
import type { CredentialKind } from "./credential.entity.ts";

/**
 * Which credential kinds qualify a person to scan in which modality. A person is credentialed for
 * a modality on a day when they hold a VERIFIED, unexpired credential of one of these kinds AND
 * their latest modality-wide competency assessment is PASSED and not past due.
 *
 * - XR: ARRT (R) radiography
 * - CT: ARRT (CT)
 * - MR: ARRT (MR)
 * - MG: ARRT (M) mammography (MQSA)
 * - NM: ARRT (N) or NMTCB (CNMT)
 * - US: ARDMS RDMS, RDCS or RVT
 * - PT (PET): as NM, ARRT (N) or NMTCB (CNMT); the NMTCB PET specialty is not kept separately yet
 * - RF (fluoroscopy) and XA (angiography, IR): ARRT (R); the VI/CI post-primaries are not kept yet
 * BLS and state licences are required of everyone but qualify for no modality on their own.
 */
export const qualifyingKinds: Record<Modality, readonly CredentialKind[]> = {
  xr: ["arrt-r"],
  ct: ["arrt-ct"],
  mr: ["arrt-mr"],
  mg: ["arrt-m"],
  nm: ["arrt-nm", "nmtcb"],
  us: ["ardms-rdms", "ardms-rdcs", "ardms-rvt"],
  pt: ["arrt-nm", "nmtcb"],
  rf: ["arrt-r"],
  xa: ["arrt-r"],
};

/** The modalities a credential kind qualifies for. */
export function modalitiesQualifiedBy(kind: CredentialKind): Modality[] {
  return (Object.keys(qualifyingKinds) as Modality[]).filter((modality) => qualifyingKinds[modality].includes(kind));
}

/** Kinds issued by ARRT: their holders owe 24 continuing-education credits per biennium. */
export const arrtKinds: readonly CredentialKind[] = ["arrt-r", "arrt-ct", "arrt-mr", "arrt-m", "arrt-nm"];

/** The table as (kind, modality) pairs, the shape the credentialing SQL joins against. */
export function qualificationPairs(): { kinds: string[]; modalities: string[] } {
  const pairs = (Object.entries(qualifyingKinds) as [Modality, readonly CredentialKind[]][]).flatMap(([modality, kinds]) =>
    kinds.map((kind) => ({ kind, modality })),
  );
  return { kinds: pairs.map((pair) => pair.kind), modalities: pairs.map((pair) => pair.modality) };
}
