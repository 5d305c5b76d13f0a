import { createHash } from "node:crypto";
import type { Modality } from "@gantry/subgraph-kit/modality";
import type { EntityManager } from "@mikro-orm/postgresql";
import { Procedure, type ContrastRoute, type Priority, type Screening } from "../modules/procedure/procedure.entity.ts";

/** One procedure of the demo catalogue, in the catalogue's own codes. CPT codes are left to the department. */
export interface DemoProcedure {
  code: string;
  name: string;
  modality: Modality;
  bodyPart: string;
  lateralityRequired: boolean;
  defaultMinutes: number;
  preparation: string | null;
  contrast: ContrastRoute;
  contrastAgent: string | null;
  screenings: Screening[];
  consentRequired: boolean;
  priorAuthRequired: boolean;
  workloadWeight: number;
  reportDueHours: Record<Priority, number>;
  procedureGroup: string | null;
}

interface Options {
  contrast?: { route: "oral" | "iv"; agent: string };
  laterality?: boolean;
  /** Ionising radiation over the abdomen or pelvis; nuclear medicine and PET always ask. */
  pregnancy?: boolean;
  consent?: boolean;
  priorAuth?: boolean;
  prep?: string | null;
  group?: string;
}

const iohexol = { route: "iv", agent: "iohexol (Omnipaque 350)" } as const;
const gadobutrol = { route: "iv", agent: "gadobutrol (Gadavist)" } as const;
const gadoxetate = { route: "iv", agent: "gadoxetate disodium (Eovist)" } as const;
const iodixanol = { route: "iv", agent: "iodixanol (Visipaque 320)" } as const;
const barium = { route: "oral", agent: "barium sulfate suspension" } as const;
const diatrizoate = { route: "oral", agent: "diatrizoate meglumine (Gastrografin)" } as const;

const ctContrastPrep =
  "Nothing to eat for 2 hours before; keep drinking clear fluids. Tell us about kidney disease, metformin or any earlier reaction to contrast.";
const ctAbdomenPrep =
  "Nothing to eat for 4 hours before. Arrive 60 minutes early to drink the oral preparation. Tell us about kidney disease, metformin or any earlier reaction to contrast.";
const mrPrep =
  "Fill in the MRI safety questionnaire before you come. Tell us about any implant, pacemaker or metal in your body. Leave jewellery and cards at home.";
const mrContrastPrep = `${mrPrep} You will have an injection of contrast; tell us about kidney disease.`;
const fastingPrep = "Nothing to eat or drink for 6 hours before; you may take your medicines with a sip of water.";
const fullBladderPrep = "Drink 1 litre (32 oz) of water in the hour before and do not empty your bladder.";
const biopsyPrep = "Eat normally. Ask your doctor about stopping blood thinners before the biopsy. Wear a two-piece outfit.";
const interventionPrep =
  "Nothing to eat for 6 hours before; clear fluids until 2 hours before. Have the blood tests you were asked for (INR, platelets, kidney function). Ask your doctor about stopping blood thinners. Bring someone to drive you home.";
const petPrep =
  "Nothing to eat for 6 hours before; water is fine. No hard exercise for 24 hours before. If you have diabetes, call us for instructions. Plan on 2 to 3 hours.";
const stressPrep = "No caffeine (coffee, tea, cola, chocolate) for 24 hours and nothing to eat for 4 hours before.";

// Report-due targets (hours) by modality: screening work is batch-read, interventional reports go out the same day.
const standardDue = { routine: 48, urgent: 8, asap: 4, stat: 1 };
const dueByModality: Record<Modality, Record<Priority, number>> = {
  ct: standardDue,
  mr: standardDue,
  us: standardDue,
  rf: standardDue,
  xr: { routine: 24, urgent: 4, asap: 2, stat: 1 },
  mg: { routine: 72, urgent: 24, asap: 8, stat: 4 },
  nm: { routine: 48, urgent: 12, asap: 6, stat: 2 },
  pt: { routine: 48, urgent: 24, asap: 8, stat: 4 },
  xa: { routine: 24, urgent: 4, asap: 2, stat: 1 },
};
// Payers ask prior authorization for advanced imaging and most interventions, not for plain films, ultrasound or screening.
const advanced = new Set<Modality>(["ct", "mr", "nm", "pt", "xa"]);

function procedure(
  modality: Modality,
  code: string,
  name: string,
  bodyPart: string,
  minutes: number,
  weight: number,
  options: Options = {},
): DemoProcedure {
  const screenings: Screening[] = [];
  if (modality === "mr") screenings.push("mri-safety");
  if (options.pregnancy || modality === "nm" || modality === "pt") screenings.push("pregnancy");
  if (options.contrast?.route === "iv") screenings.push("renal-function");
  return {
    code,
    name,
    modality,
    bodyPart,
    lateralityRequired: options.laterality ?? false,
    defaultMinutes: minutes,
    preparation: options.prep !== undefined ? options.prep : modality === "mr" ? (options.contrast ? mrContrastPrep : mrPrep) : null,
    contrast: options.contrast?.route ?? "none",
    contrastAgent: options.contrast?.agent ?? null,
    screenings,
    consentRequired: options.consent ?? false,
    priorAuthRequired: options.priorAuth ?? advanced.has(modality),
    workloadWeight: weight,
    reportDueHours: dueByModality[modality],
    procedureGroup: options.group ?? null,
  };
}

/** One builder per modality, so each line below reads as the catalogue would: code, name, body part, minutes, weight. */
function of(modality: Modality) {
  return (code: string, name: string, bodyPart: string, minutes: number, weight: number, options?: Options) =>
    procedure(modality, code, name, bodyPart, minutes, weight, options);
}
const [ct, mr, xr, us, mg, nm, pt, rf, xa] = [of("ct"), of("mr"), of("xr"), of("us"), of("mg"), of("nm"), of("pt"), of("rf"), of("xa")];

/** The demo department's catalogue: 84 procedures across every modality, in its own codes and words. */
export const demoProcedures: readonly DemoProcedure[] = [
  ct("CT-HEAD-WO", "CT head without contrast", "head", 15, 0.85, { priorAuth: false }),
  ct("CT-HEAD-W", "CT head with contrast", "head", 20, 1.0, { contrast: iohexol, prep: ctContrastPrep }),
  ct("CT-CTA-HEAD-NECK", "CT angiogram head and neck (stroke)", "head and neck", 25, 1.75, {
    contrast: iohexol,
    priorAuth: false,
    prep: null,
  }),
  ct("CT-CHEST-WO", "CT chest without contrast", "chest", 15, 1.0),
  ct("CT-CHEST-W", "CT chest with contrast", "chest", 20, 1.2, { contrast: iohexol, prep: ctContrastPrep }),
  ct("CT-CHEST-LDCT", "Low-dose CT chest, lung cancer screening", "chest", 15, 0.9, {
    priorAuth: false,
    prep: "Tell us if you have had a chest infection in the last 12 weeks; the scan may be moved.",
  }),
  ct("CT-CTA-PE", "CT pulmonary angiogram (pulmonary embolism)", "chest", 20, 1.5, { contrast: iohexol, priorAuth: false, prep: null }),
  ct("CT-ABD-PEL-W", "CT abdomen and pelvis with contrast", "abdomen and pelvis", 25, 1.75, {
    contrast: iohexol,
    pregnancy: true,
    prep: ctAbdomenPrep,
  }),
  ct("CT-ABD-PEL-WO", "CT abdomen and pelvis without contrast", "abdomen and pelvis", 20, 1.5, { pregnancy: true }),
  ct("CT-KUB-WO", "CT kidneys, ureters and bladder (stone protocol)", "abdomen and pelvis", 15, 1.25, {
    pregnancy: true,
    priorAuth: false,
    prep: "Drink 2 glasses of water 30 minutes before.",
  }),
  ct("CT-ENTEROGRAPHY", "CT enterography", "abdomen and pelvis", 30, 1.9, {
    contrast: iohexol,
    pregnancy: true,
    prep: "Nothing to eat for 4 hours before. Arrive 60 minutes early to drink the neutral oral preparation (about 1.5 litres).",
  }),
  ct("CT-CCTA", "Coronary CT angiogram", "heart", 30, 2.25, {
    contrast: iohexol,
    group: "cardiac-ct",
    prep: "No caffeine for 12 hours and nothing to eat for 4 hours before. Take your usual medicines; you may be given a tablet to slow your heart.",
  }),
  ct("CT-CALCIUM-SCORE", "Coronary calcium score", "heart", 15, 0.6, {
    group: "cardiac-ct",
    priorAuth: false,
    prep: "No caffeine or smoking for 4 hours before.",
  }),
  ct("CT-LSPINE-WO", "CT lumbar spine without contrast", "lumbar spine", 15, 1.0, { pregnancy: true }),

  mr("MR-BRAIN-WO", "MRI brain without contrast", "brain", 30, 1.5),
  mr("MR-BRAIN-WWO", "MRI brain with and without contrast", "brain", 45, 2.25, { contrast: gadobutrol }),
  mr("MR-BRAIN-MS", "MRI brain, multiple sclerosis protocol", "brain", 45, 2.25, { contrast: gadobutrol }),
  mr("MR-IAC-WWO", "MRI internal auditory canals with and without contrast", "internal auditory canals", 40, 2.0, { contrast: gadobutrol }),
  mr("MR-CSPINE-WO", "MRI cervical spine without contrast", "cervical spine", 30, 1.6),
  mr("MR-LSPINE-WO", "MRI lumbar spine without contrast", "lumbar spine", 30, 1.6),
  mr("MR-LSPINE-WWO", "MRI lumbar spine with and without contrast", "lumbar spine", 45, 2.2, { contrast: gadobutrol }),
  mr("MR-KNEE-WO", "MRI knee without contrast", "knee", 30, 1.4, { laterality: true }),
  mr("MR-SHOULDER-WO", "MRI shoulder without contrast", "shoulder", 30, 1.4, { laterality: true }),
  mr("MR-HIP-WO", "MRI hip without contrast", "hip", 35, 1.5, { laterality: true }),
  mr("MR-LIVER-WWO", "MRI liver with and without contrast", "abdomen", 60, 2.5, {
    contrast: gadoxetate,
    prep: `${mrContrastPrep} Nothing to eat or drink for 4 hours before.`,
  }),
  mr("MR-MRCP", "MRCP (bile and pancreatic ducts)", "abdomen", 40, 2.0, { prep: `${mrPrep} Nothing to eat or drink for 4 hours before.` }),
  mr("MR-PROSTATE-MP", "MRI prostate, multiparametric", "pelvis", 45, 2.3, {
    contrast: gadobutrol,
    prep: `${mrContrastPrep} Empty your bowels before you come.`,
  }),
  mr("MR-BREAST-WWO", "MRI breasts with and without contrast", "breasts", 40, 2.2, { contrast: gadobutrol }),
  mr("MR-CARDIAC", "Cardiac MRI, function and viability", "heart", 60, 3.0, { contrast: gadobutrol, group: "cardiac-mr" }),
  mr("MR-CARDIAC-STRESS", "Cardiac MRI, stress perfusion", "heart", 60, 3.5, {
    contrast: gadobutrol,
    consent: true,
    group: "cardiac-mr",
    prep: `${mrContrastPrep} ${stressPrep}`,
  }),
  mr("MR-BREAST-BX", "MRI-guided breast biopsy", "breast", 60, 3.0, {
    contrast: gadobutrol,
    laterality: true,
    consent: true,
    group: "breast-biopsy",
    prep: `${mrContrastPrep} ${biopsyPrep}`,
  }),

  xr("XR-CHEST-2V", "Chest X-ray, 2 views", "chest", 10, 0.5),
  xr("XR-ABDOMEN", "Abdomen X-ray (KUB)", "abdomen", 10, 0.55, { pregnancy: true }),
  xr("XR-PELVIS", "Pelvis X-ray", "pelvis", 10, 0.55, { pregnancy: true }),
  xr("XR-HIP", "Hip X-ray, 2 views", "hip", 10, 0.55, { laterality: true, pregnancy: true }),
  xr("XR-KNEE", "Knee X-ray, 3 views", "knee", 10, 0.55, { laterality: true }),
  xr("XR-SHOULDER", "Shoulder X-ray, 3 views", "shoulder", 10, 0.55, { laterality: true }),
  xr("XR-WRIST", "Wrist X-ray, 3 views", "wrist", 10, 0.5, { laterality: true }),
  xr("XR-HAND", "Hand X-ray, 3 views", "hand", 10, 0.5, { laterality: true }),
  xr("XR-ANKLE", "Ankle X-ray, 3 views", "ankle", 10, 0.5, { laterality: true }),
  xr("XR-CSPINE", "Cervical spine X-ray, 3 views", "cervical spine", 15, 0.6),
  xr("XR-LSPINE", "Lumbar spine X-ray, 3 views", "lumbar spine", 15, 0.65, { pregnancy: true }),
  xr("XR-SCOLIOSIS", "Whole-spine X-ray for scoliosis", "whole spine", 15, 0.7, { pregnancy: true }),

  us("US-ABD-COMPLETE", "Ultrasound abdomen, complete", "abdomen", 45, 1.0, { prep: fastingPrep }),
  us("US-RUQ", "Ultrasound right upper quadrant (liver, gallbladder)", "abdomen", 30, 0.85, { prep: fastingPrep }),
  us("US-RENAL", "Ultrasound kidneys and bladder", "kidneys and bladder", 30, 0.85, { prep: fullBladderPrep }),
  us("US-PELVIS", "Ultrasound pelvis, transabdominal and transvaginal", "pelvis", 45, 1.1, { prep: fullBladderPrep }),
  us("US-OB-FIRST", "Obstetric ultrasound, first trimester", "pelvis", 30, 1.0, { prep: fullBladderPrep }),
  us("US-THYROID", "Ultrasound thyroid and neck", "neck", 30, 0.8),
  us("US-CAROTID", "Carotid duplex ultrasound", "neck", 45, 1.1),
  us("US-VENOUS-LEG", "Venous duplex ultrasound, leg (DVT)", "lower extremity", 30, 0.9, { laterality: true }),
  us("US-BREAST", "Ultrasound breast", "breast", 30, 0.8, { laterality: true }),
  us("US-BREAST-BX", "Ultrasound-guided breast biopsy", "breast", 45, 2.0, {
    laterality: true,
    consent: true,
    group: "breast-biopsy",
    prep: biopsyPrep,
  }),
  us("US-THYROID-FNA", "Ultrasound-guided thyroid fine-needle aspiration", "thyroid", 45, 1.6, { consent: true, prep: biopsyPrep }),

  mg("MG-SCREEN-3D", "Screening mammogram with tomosynthesis", "breasts", 20, 0.9, {
    prep: "Do not wear deodorant, powder or lotion under your arms or on your breasts. Bring earlier mammograms taken elsewhere.",
  }),
  mg("MG-SCREEN-2D", "Screening mammogram", "breasts", 20, 0.8, {
    prep: "Do not wear deodorant, powder or lotion under your arms or on your breasts.",
  }),
  mg("MG-DIAG", "Diagnostic mammogram", "breast", 30, 1.1, { laterality: true }),
  mg("MG-WIRE-LOC", "Breast wire localization before surgery", "breast", 30, 1.5, {
    laterality: true,
    consent: true,
    prep: "Follow the surgical unit's fasting instructions; you go from here straight to surgery.",
  }),

  nm("NM-BONE-WB", "Bone scan, whole body (Tc-99m MDP)", "whole body", 60, 1.3, {
    prep: "You will have an injection, then come back 2 to 3 hours later for the pictures. Drink plenty of water in between.",
  }),
  nm("NM-BONE-3PHASE", "Bone scan, three-phase", "extremity", 90, 1.5, { laterality: true }),
  nm("NM-MPI", "Myocardial perfusion scan, rest and stress (SPECT)", "heart", 240, 2.5, {
    consent: true,
    group: "nuclear-cardiology",
    prep: `${stressPrep} Wear comfortable shoes for the treadmill. The test takes about 4 hours.`,
  }),
  nm("NM-HIDA", "Hepatobiliary scan (HIDA)", "abdomen", 90, 1.4, {
    prep: "Nothing to eat or drink for 4 to 6 hours before; no opioid pain medicine for 6 hours before.",
  }),
  nm("NM-GASTRIC-EMPTY", "Gastric emptying study (4 hours)", "stomach", 240, 1.3, {
    prep: "Nothing to eat or drink after midnight. Stop medicines that change stomach emptying as your doctor tells you; you will eat a standard meal here.",
  }),
  nm("NM-THYROID-UPTAKE", "Thyroid uptake and scan", "thyroid", 60, 1.2, {
    prep: "Stop thyroid medicines as you were told, avoid iodine supplements and seaweed, and have had no CT contrast in the 6 weeks before.",
  }),
  nm("NM-LUNG-VQ", "Lung ventilation and perfusion scan (V/Q)", "chest", 60, 1.3, { priorAuth: false }),
  nm("NM-RENAL-MAG3", "Renal scan with furosemide (MAG3)", "kidneys", 60, 1.4, {
    prep: "Drink 2 to 4 glasses of water in the hour before.",
  }),
  nm("NM-GI-BLEED", "GI bleeding scan (tagged red cells)", "abdomen", 120, 1.6, { priorAuth: false }),

  pt("PT-FDG", "PET/CT FDG, skull base to mid-thigh", "skull base to mid-thigh", 90, 2.5, { prep: petPrep }),
  pt("PT-FDG-WB", "PET/CT FDG, whole body", "whole body", 120, 2.8, { prep: petPrep }),
  pt("PT-PSMA", "PET/CT PSMA (prostate)", "skull base to mid-thigh", 90, 2.7, {
    prep: "No fasting needed. Drink water and empty your bladder just before the scan. Plan on 2 hours.",
  }),
  pt("PT-CARDIAC-RB82", "Cardiac PET perfusion, rest and stress (Rb-82)", "heart", 90, 3.0, {
    consent: true,
    group: "nuclear-cardiology",
    prep: stressPrep,
  }),

  rf("RF-ESOPHAGRAM", "Barium swallow (esophagram)", "esophagus", 30, 1.0, {
    contrast: barium,
    prep: "Nothing to eat or drink for 4 hours before.",
  }),
  rf("RF-MBS", "Modified barium swallow with speech therapy", "throat", 45, 1.1, {
    contrast: barium,
    prep: "Eat normally. Bring your dentures and glasses.",
  }),
  rf("RF-UGI", "Upper GI series", "upper abdomen", 45, 1.3, {
    contrast: barium,
    pregnancy: true,
    prep: "Nothing to eat or drink after midnight; no smoking or chewing gum on the morning of the exam.",
  }),
  rf("RF-LEAK-STUDY", "Water-soluble contrast swallow (leak study)", "esophagus and stomach", 30, 1.2, {
    contrast: diatrizoate,
    pregnancy: true,
    prep: "Nothing to eat or drink for 4 hours before.",
  }),
  rf("RF-LUMBAR-PUNCTURE", "Fluoroscopy-guided lumbar puncture", "lumbar spine", 45, 1.8, {
    consent: true,
    pregnancy: true,
    prep: biopsyPrep,
  }),

  xa("XA-CEREBRAL-ANGIO", "Cerebral angiogram, diagnostic", "head", 120, 3.5, {
    contrast: iodixanol,
    consent: true,
    prep: interventionPrep,
  }),
  xa("XA-LEG-ANGIO", "Leg angiogram with possible angioplasty", "lower extremity", 120, 3.8, {
    contrast: iodixanol,
    laterality: true,
    consent: true,
    pregnancy: true,
    prep: interventionPrep,
  }),
  xa("XA-UFE", "Uterine fibroid embolization", "pelvis", 120, 4.0, {
    contrast: iodixanol,
    consent: true,
    pregnancy: true,
    prep: interventionPrep,
  }),
  xa("XA-TACE", "Liver chemoembolization (TACE)", "liver", 120, 4.0, {
    contrast: iodixanol,
    consent: true,
    pregnancy: true,
    prep: interventionPrep,
  }),
  xa("XA-PORT", "Chest port placement", "chest", 60, 2.5, { consent: true, priorAuth: false, prep: interventionPrep }),
  xa("XA-PICC", "PICC line placement", "arm", 60, 1.5, {
    laterality: true,
    consent: true,
    priorAuth: false,
    prep: "Eat normally. Tell us about blood thinners and kidney disease.",
  }),
  xa("XA-NEPHROSTOMY", "Percutaneous nephrostomy", "kidney", 60, 3.0, {
    laterality: true,
    consent: true,
    pregnancy: true,
    priorAuth: false,
    prep: interventionPrep,
  }),
  xa("XA-VERTEBROPLASTY", "Vertebroplasty", "spine", 90, 3.5, { consent: true, pregnancy: true, prep: interventionPrep }),
];

// A fixed namespace, so a demo procedure's id is the same on every machine and every run.
const idNamespace = "6f1d5c0e-3b7a-4c52-9a41-2f8e7d6c5b4a";
const seededAt = new Date("2026-01-05T08:00:00Z");
const seededBy = "Gantry demo data";

/** A name-based UUID (RFC 9562 version 5) of the procedure's code. */
export function demoProcedureId(code: string): string {
  const hash = createHash("sha1")
    .update(Buffer.from(idNamespace.replace(/-/g, ""), "hex"))
    .update(`procedure:${code}`)
    .digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Adds the demo catalogue. Ids are stable and a procedure already there (by id, or a code the
 * department has taken) is left as it is, so running it again changes nothing.
 */
export async function seedDemoProcedures(em: EntityManager): Promise<string> {
  const rows = demoProcedures.map(({ reportDueHours, ...procedure }) => ({
    ...procedure,
    id: demoProcedureId(procedure.code),
    cptCode: null,
    reportDueRoutineHours: reportDueHours.routine,
    reportDueUrgentHours: reportDueHours.urgent,
    reportDueAsapHours: reportDueHours.asap,
    reportDueStatHours: reportDueHours.stat,
    retiredAt: null,
    retiredBy: null,
    retiredReason: null,
    createdAt: seededAt,
    createdBy: seededBy,
    updatedAt: seededAt,
    updatedBy: seededBy,
  }));
  const result = await em.createQueryBuilder(Procedure).insert(rows).onConflict().ignore().execute("run");
  return `${demoProcedures.length} procedures (${result.affectedRows} new)`;
}
