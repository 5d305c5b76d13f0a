import { allow, definePermissions } from "@gantry/auth/permissions";
import { departmentRoles, type Role } from "@gantry/auth/roles";

/** Coordinators and administrators keep the device register, maintenance, contracts and stock. */
const equipmentOffice: readonly Role[] = ["coordinator", "administrator"];

/** Who records what happens at the scanner (sonographers sign in as technologists). */
const scannerFloor: readonly Role[] = ["technologist", "coordinator", "administrator"];

/** Who works with the equipment screens: the scanner floor, the office, and those who oversee them. */
const equipmentUsers: readonly Role[] = ["technologist", "coordinator", "manager", "quality_officer", "administrator"];

/**
 * The equipment area's permission catalogue: every action and who may perform it. The API enforces
 * it (access.ts) and serves it to the screens as `equipmentPermissions`, so they never disagree.
 * Equipment data is not PHI, but an integration gets none of it: it has no grant here.
 */
export const equipmentPermissions = definePermissions({
  // The shell lists the area in navigation to those this allows; each action below still checks its own grant.
  openArea: allow("Open the Equipment workspace", equipmentUsers),
  readEquipment: allow(
    "Read devices, downtime, maintenance, service contracts, inventory, stock and the disinfection log",
    departmentRoles,
  ),
  registerAndRetireDevices: allow("Register devices and retire them", equipmentOffice),
  setDeviceStatus: allow("Set a device active, down or in maintenance", equipmentOffice),
  scheduleMaintenance: allow("Schedule maintenance windows", equipmentOffice),
  completeOrCancelMaintenance: allow("Complete or cancel scheduled maintenance", equipmentOffice),
  keepServiceContracts: allow("Add service contracts", equipmentOffice),
  keepInventory: allow("Add inventory items, receive stock and adjust it", equipmentOffice),
  recordStockUse: allow("Record stock used for an exam", scannerFloor),
  recordWaste: allow("Record stock wasted", scannerFloor),
  recordProbeUse: allow("Record the use of an ultrasound probe", scannerFloor),
  logDisinfection: allow("Log probe high-level disinfections", scannerFloor),
});

export type EquipmentAction = keyof typeof equipmentPermissions;
