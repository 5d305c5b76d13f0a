import type { DeviceKind } from "../modules/device/device.entity.ts";
import type { ItemCategory } from "../modules/inventory-item/inventory-item.entity.ts";
import type { Modality } from "@gantry/subgraph-kit/modality";

export interface DemoDevice {
  key: string;
  name: string;
  kind: DeviceKind;
  modality: Modality | null;
  manufacturer: string;
  model: string;
  room: string | null;
}

/** The demo department's scanners: 12 across every modality. */
const scanners: [Modality, string, string, string][] = [
  ["ct", "CT-1", "Siemens Healthineers", "SOMATOM Force"],
  ["ct", "CT-2", "GE HealthCare", "Revolution Apex"],
  ["ct", "CT-3", "Canon Medical", "Aquilion ONE"],
  ["mr", "MR-1", "Siemens Healthineers", "MAGNETOM Vida 3T"],
  ["mr", "MR-2", "Philips", "Ingenia Ambition 1.5T"],
  ["xr", "XR-1", "Carestream", "DRX-Evolution Plus"],
  ["xr", "XR-2", "Fujifilm", "FDR Visionary Suite"],
  ["xr", "XR-3", "Siemens Healthineers", "Mobilett Elara Max"],
  ["mg", "MG-1", "Hologic", "3Dimensions"],
  ["nm", "NM-1", "GE HealthCare", "NM/CT 870 DR"],
  ["us", "US-1", "GE HealthCare", "LOGIQ E10"],
  ["us", "US-2", "Philips", "EPIQ Elite"],
];

const probeModels: [string, string][] = [
  ["C1-6-D", "curved"],
  ["ML6-15-D", "linear"],
  ["IC5-9-D", "endocavity"],
  ["M5Sc-D", "phased array"],
  ["L12-5", "linear"],
  ["C5-1", "curved"],
];

export function demoDevices(): DemoDevice[] {
  const devices: DemoDevice[] = scanners.map(([modality, room, manufacturer, model]) => ({
    key: `scanner:${room}`,
    name: `${room} ${model}`,
    kind: "scanner",
    modality,
    manufacturer,
    model,
    room,
  }));
  for (let index = 0; index < 30; index++) {
    const [model, shape] = probeModels[index % probeModels.length] as [string, string];
    const room = `US-${(index % 3) + 1}`;
    devices.push({
      key: `probe:${index + 1}`,
      name: `${room} ${shape} probe ${model} #${index + 1}`,
      kind: "ultrasound-probe",
      modality: "us",
      manufacturer: index % 2 === 0 ? "GE HealthCare" : "Philips",
      model,
      room,
    });
  }
  for (const [modality, room, model] of [
    ["ct", "CT-1", "Stellant FLEX"],
    ["ct", "CT-2", "Stellant FLEX"],
    ["ct", "CT-3", "CT Motion"],
    ["mr", "MR-1", "MRXperion"],
    ["mr", "MR-2", "MRXperion"],
  ] as [Modality, string, string][]) {
    devices.push({
      key: `injector:${room}`,
      name: `${room} injector ${model}`,
      kind: "injector",
      modality,
      manufacturer: model === "CT Motion" ? "Ulrich Medical" : "Bayer",
      model,
      room,
    });
  }
  for (let index = 1; index <= 4; index++) {
    devices.push({
      key: `workstation:${index}`,
      name: `Reading room ${index} workstation`,
      kind: "workstation",
      modality: null,
      manufacturer: "Barco",
      model: "Nio Fusion 12MP",
      room: `Reading ${index}`,
    });
  }
  return devices;
}

export interface DemoItem {
  key: string;
  name: string;
  category: ItemCategory;
  unit: string;
  location: string;
  reorderLevel: number;
  /** Roughly how many units a working day takes. */
  dailyUse: number;
  /** Shelf life of a new lot in days (null: does not expire). */
  shelfLifeDays: number | null;
}

const contrast = [
  "Iohexol 300",
  "Iohexol 350",
  "Iopamidol 370",
  "Iodixanol 320",
  "Gadobutrol 1.0",
  "Gadoterate 0.5",
  "Gadoxetate 0.25",
  "Barium sulfate oral 2.1%",
  "Sulfur hexafluoride microbubbles",
  "Iopromide 300",
];
const others: [ItemCategory, string, string, string][] = [
  ["probe-cover", "Sterile probe covers, transvaginal", "box of 100", "US store"],
  ["probe-cover", "Sterile probe covers, general purpose", "box of 50", "US store"],
  ["probe-cover", "Non-sterile probe sheaths", "box of 144", "US store"],
  ["probe-cover", "Sterile biopsy probe cover kit", "kit", "US store"],
  ["probe-cover", "Intraoperative probe cover", "box of 10", "US store"],
  ["gel", "Ultrasound gel 250 mL", "bottle", "US store"],
  ["gel", "Ultrasound gel 5 L", "jug", "US store"],
  ["gel", "Sterile gel sachet 20 g", "box of 48", "US store"],
  ["gel", "Gel warmer liner", "each", "US store"],
  ["gel", "Standoff gel pad", "box of 6", "US store"],
  ["disinfectant", "Trophon sonex high-level disinfectant", "cartridge", "US reprocessing"],
  ["disinfectant", "OPA solution 0.55%", "bottle (3.8 L)", "US reprocessing"],
  ["disinfectant", "Chlorine dioxide wipes", "pack of 20", "US reprocessing"],
  ["disinfectant", "Quaternary ammonium wipes", "canister", "General store"],
  ["disinfectant", "OPA test strips", "bottle of 60", "US reprocessing"],
  ["disinfectant", "Chemical indicator strips", "box of 100", "US reprocessing"],
  ["syringe", "Power injector syringe 200 mL", "each", "CT store"],
  ["syringe", "Dual-head syringe kit", "kit", "CT store"],
  ["syringe", "MR injector syringe 65/115 mL", "kit", "MR store"],
  ["syringe", "Low-pressure connector tubing", "each", "CT store"],
  ["syringe", "Saline flush 10 mL", "box of 30", "General store"],
  ["syringe", "IV cannula 20G", "box of 50", "General store"],
  ["syringe", "IV cannula 22G", "box of 50", "General store"],
  ["syringe", "Patient line 250 cm", "each", "MR store"],
  ["other", "Lead apron cleaning wipes", "pack of 50", "XR store"],
  ["other", "Positioning sponges (disposable covers)", "box of 25", "XR store"],
  ["other", "Mammography compression paddle covers", "box of 200", "MG store"],
  ["other", "NM syringe shield liners", "box of 100", "NM hot lab"],
  ["other", "Exam table paper roll", "roll", "General store"],
  ["other", "Skin markers", "box of 10", "General store"],
];

export function demoItems(): DemoItem[] {
  const items: DemoItem[] = contrast.map((name, index) => ({
    key: `item:contrast:${index + 1}`,
    name,
    category: "contrast",
    unit: name.startsWith("Gado") ? "vial (15 mL)" : name.startsWith("Barium") ? "bottle (450 mL)" : "bottle (100 mL)",
    location: name.startsWith("Gado") ? "MR store" : "CT store",
    reorderLevel: 10 + (index % 4) * 5,
    dailyUse: 2 + (index % 3),
    shelfLifeDays: 540,
  }));
  others.forEach(([category, name, unit, location], index) => {
    items.push({
      key: `item:${category}:${index + 1}`,
      name,
      category,
      unit,
      location,
      reorderLevel: 4 + (index % 5) * 2,
      dailyUse: 1 + (index % 3),
      shelfLifeDays: category === "disinfectant" ? 365 : category === "syringe" || category === "probe-cover" ? 1095 : null,
    });
  });
  return items;
}
