import { toGraphQLEnum } from "@gantry/subgraph-kit/enums";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import type { DeviceStatus } from "./device.entity.ts";

/** Thin: arguments in, manager call, result out. */
export const deviceResolvers: Resolvers = {
  Query: {
    device: (_root, { id }, { devices }) => devices.get(id),
    devices: (_root, { modality, status, kind, first, after }, { devices }) => devices.list({ modality, status, kind }, { first, after }),
  },
  Mutation: {
    registerDevice: (_root, { input }, { devices }) => devices.register(input),
    retireDevice: (_root, { deviceId, reason }, { devices }) => devices.retire({ deviceId, reason }),
    setDeviceStatus: (_root, { deviceId, status, reason }, { devices }) => devices.setStatus({ deviceId, status, reason }),
  },
  Device: {
    // The gateway asks here for every device another area references: role-checked, batched.
    __resolveReference: (reference, { devices }) => devices.get(reference.id),
    kind: (device) => toGraphQLEnum(device.kind),
    modality: (device) => (device.modality ? toGraphQLEnum(device.modality) : null),
    status: (device) => toGraphQLEnum(device.status as DeviceStatus),
    room: (device) => device.room ?? null,
    installedOn: (device) => device.installedOn ?? null,
    endOfSupportOn: (device) => device.endOfSupportOn ?? null,
    retiredAt: (device) => device.retiredAt ?? null,
    retiredBy: (device) => device.retiredBy ?? null,
    retiredReason: (device) => device.retiredReason ?? null,
    safeToUse: (device, _args, { probes }) => probes.safeToUse(device),
    maintenance: (device, _args, { maintenance }) => maintenance.forDevice(device.id),
    serviceContracts: (device, _args, { contracts }) => contracts.forDevice(device.id),
  },
};
