import { labelled } from "@gantry/web-kit/labels";

// The shared wording of dates and codes; this file adds the area's own labels.
export { formatCode, formatDate, formatDateTime } from "@gantry/web-kit/format";

export const modality = labelled({ MR: "MR", CT: "CT", XR: "X-ray", US: "Ultrasound", MG: "Mammography", NM: "Nuclear medicine" });

export const deviceKind = labelled({
  SCANNER: "Scanner",
  ULTRASOUND_PROBE: "Ultrasound probe",
  INJECTOR: "Injector",
  WORKSTATION: "Workstation",
});

export const deviceStatus = labelled({ ACTIVE: "Active", DOWN: "Down", MAINTENANCE: "Maintenance", RETIRED: "Retired" });

export const maintenanceKind = labelled({
  PREVENTIVE: "Preventive",
  CORRECTIVE: "Corrective",
  CALIBRATION: "Calibration",
  PHANTOM_QA: "Phantom QA",
});

export const itemCategory = labelled({
  CONTRAST: "Contrast media",
  PROBE_COVER: "Probe covers",
  GEL: "Gel",
  DISINFECTANT: "Disinfectant",
  SYRINGE: "Syringes",
  OTHER: "Other",
});

export const disinfectionMethod = labelled({
  HYDROGEN_PEROXIDE_MIST: "Hydrogen peroxide mist",
  OPA_SOAK: "OPA soak",
  GLUTARALDEHYDE_SOAK: "Glutaraldehyde soak",
  UV_C: "UV-C",
  CHLORINE_DIOXIDE_WIPE: "Chlorine dioxide wipe",
});

export const contractCoverage = labelled({
  FULL: "Full",
  PARTS_ONLY: "Parts only",
  LABOR_ONLY: "Labor only",
  PREVENTIVE_ONLY: "Preventive only",
});
