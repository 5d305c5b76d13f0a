import type { DemoRandom } from "@gantry/demo-data/random";
import { npiCheckDigit } from "@gantry/subgraph-kit/npi";
import type { CancellationReason } from "../../modules/appointment/appointment.entity.ts";
import type { PatientClass } from "../../modules/imaging-order/imaging-order.entity.ts";
import type { Priority } from "../../modules/procedure/procedure.entity.ts";

/*
 * How a mid-sized hospital department's year looks, as shares: who comes from where, how urgent,
 * how often they do not come (the published range is 2–7 %, mammography screening highest,
 * inpatients and the emergency department almost never), and why bookings are cancelled.
 */

type Shares<T extends string> = readonly (readonly [T, number])[];

export function drawShare<T extends string>(random: DemoRandom, shares: Shares<T>): T {
  let roll = random.next() * shares.reduce((sum, [, share]) => sum + share, 0);
  for (const [value, share] of shares) {
    roll -= share;
    if (roll < 0) return value;
  }
  return (shares.at(-1) as readonly [T, number])[0];
}

interface ModalityMix {
  classes: Shares<PatientClass>;
  /** No-shows among every past booking of the modality. */
  noShows: number;
  /** Share of the slots left open (the department's spare capacity). */
  idle: number;
}

export const modalityMix: Record<string, ModalityMix> = {
  ct: {
    classes: [
      ["outpatient", 0.5],
      ["inpatient", 0.25],
      ["emergency", 0.25],
    ],
    noShows: 0.03,
    idle: 0.12,
  },
  mr: {
    classes: [
      ["outpatient", 0.8],
      ["inpatient", 0.15],
      ["emergency", 0.05],
    ],
    noShows: 0.055,
    idle: 0.1,
  },
  xr: {
    classes: [
      ["outpatient", 0.55],
      ["inpatient", 0.2],
      ["emergency", 0.25],
    ],
    noShows: 0.02,
    idle: 0.2,
  },
  us: {
    classes: [
      ["outpatient", 0.7],
      ["inpatient", 0.2],
      ["emergency", 0.1],
    ],
    noShows: 0.04,
    idle: 0.15,
  },
  mg: { classes: [["outpatient", 1]], noShows: 0.07, idle: 0.15 },
  nm: {
    classes: [
      ["outpatient", 0.85],
      ["inpatient", 0.15],
    ],
    noShows: 0.04,
    idle: 0.2,
  },
};
export const defaultMix: ModalityMix = { classes: [["outpatient", 1]], noShows: 0.04, idle: 0.2 };

export const priorityByClass: Record<PatientClass, Shares<Priority>> = {
  emergency: [
    ["stat", 0.45],
    ["urgent", 0.35],
    ["asap", 0.2],
  ],
  inpatient: [
    ["stat", 0.05],
    ["urgent", 0.3],
    ["asap", 0.2],
    ["routine", 0.45],
  ],
  outpatient: [
    ["urgent", 0.05],
    ["asap", 0.02],
    ["routine", 0.93],
  ],
};

/** Cancelled before the day, by patient class (the desk's late cancellations included). */
export const cancellationByClass: Record<PatientClass, number> = { outpatient: 0.17, inpatient: 0.1, emergency: 0.04 };

export const cancellationReasons: Shares<Exclude<CancellationReason, "hold-expired" | "left-without-being-seen">> = [
  ["patient-request", 0.35],
  ["patient-unwell", 0.15],
  ["prep-incomplete", 0.08],
  ["insurance", 0.08],
  ["duplicate-order", 0.05],
  ["equipment-down", 0.05],
  ["claustrophobia", 0.05],
  ["no-iv-access", 0.04],
  ["pregnancy", 0.03],
  ["rescheduled", 0.03],
  ["other", 0.09],
];

export const discontinuedReasons = [
  "Patient could not tolerate the exam",
  "Patient unwell during the exam",
  "Contrast extravasation; exam stopped",
  "Claustrophobia; patient asked to stop",
  "Scanner fault during the exam",
];

/** ICD-10-CM reasons per modality, with the words a referrer writes. */
export const reasonsByModality: Record<string, readonly (readonly [string, string])[]> = {
  ct: [
    ["R10.9", "Abdominal pain"],
    ["R51.9", "Headache"],
    ["R07.9", "Chest pain"],
    ["R91.1", "Solitary pulmonary nodule, follow-up"],
    ["S06.0X0A", "Head injury, concussion"],
    ["C34.90", "Lung cancer, restaging"],
  ],
  mr: [
    ["M54.50", "Low back pain"],
    ["G43.909", "Migraine"],
    ["M23.91", "Knee derangement"],
    ["G35", "Multiple sclerosis, follow-up"],
    ["R42", "Dizziness"],
  ],
  xr: [
    ["M25.561", "Pain in right knee"],
    ["R05.9", "Cough"],
    ["S52.501A", "Fall on outstretched hand, wrist fracture?"],
    ["M54.2", "Neck pain"],
    ["J18.9", "Pneumonia?"],
  ],
  us: [
    ["R10.11", "Right upper quadrant pain"],
    ["N63.0", "Breast lump"],
    ["R31.9", "Hematuria"],
    ["I82.401", "Leg swelling, DVT?"],
  ],
  mg: [
    ["Z12.31", "Screening mammogram"],
    ["N63.0", "Breast lump"],
    ["R92.8", "Abnormal screening mammogram, recall"],
  ],
  nm: [
    ["C50.919", "Breast cancer, staging"],
    ["I25.10", "Coronary artery disease"],
    ["M89.9", "Bone pain, metastases?"],
  ],
};

const referrerNames = [
  "Dr. Lena Fischer",
  "Dr. Omar Haddad",
  "Dr. Grace Nakamura",
  "Dr. Samuel Okafor",
  "Dr. Priya Raman",
  "Emergency Department",
];

/** Referring providers: fictitious people with NPIs that pass the check digit. */
export const referrers: readonly (readonly [name: string, npi: string])[] = referrerNames.map((name, index) => {
  const firstNine = `1${String(20261201 + index * 7_919).padStart(8, "0")}`;
  return [name, `${firstNine}${npiCheckDigit(firstNine)}`] as const;
});

/** Minutes from the end of the exam to the final report: most within target, a tail beyond it. */
export function reportMinutes(random: DemoRandom, priority: Priority, patientClass: PatientClass): number {
  const late = random.chance(0.08);
  if (priority === "stat") return late ? random.int(60, 180) : random.int(15, 60);
  if (patientClass === "emergency") return late ? random.int(240, 600) : random.int(30, 240);
  if (patientClass === "inpatient") return late ? random.int(1440, 2880) : random.int(60, 1440);
  return late ? random.int(2880, 7200) : random.int(240, 2880);
}

/** Minutes between the order and the exam's start, by urgency. */
export function leadMinutes(random: DemoRandom, priority: Priority, patientClass: PatientClass): number {
  if (patientClass === "emergency" || priority === "stat") return random.int(20, 180);
  if (patientClass === "inpatient") return random.int(120, 2160);
  if (priority !== "routine") return random.int(1440, 7200);
  return random.int(3 * 1440, 45 * 1440);
}
