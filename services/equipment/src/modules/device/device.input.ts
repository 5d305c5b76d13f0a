import { fromGraphQLEnum } from "@gantry/subgraph-kit/enums";
import { z } from "zod";
import { recordId } from "../../ids.ts";
import { modality } from "@gantry/subgraph-kit/modality";
import { deviceKinds, deviceStatuses } from "./device.entity.ts";
import { calendarDate, optionalText, requiredText } from "@gantry/subgraph-kit/input-rules";

export const deviceKind = fromGraphQLEnum(deviceKinds);
export const deviceStatus = fromGraphQLEnum(deviceStatuses);

const text = requiredText;

export const registerDeviceInput = z
  .object({
    name: text(120),
    kind: deviceKind,
    modality: modality.nullish(),
    manufacturer: text(120),
    model: text(120),
    serialNumber: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9][A-Z0-9./-]{1,59}$/, "must be 2 to 60 letters, digits, dots, slashes or dashes"),
    room: text(60).nullish(),
    installedOn: calendarDate.nullish(),
    endOfSupportOn: calendarDate.nullish(),
  })
  .refine((input) => !input.installedOn || !input.endOfSupportOn || input.endOfSupportOn > input.installedOn, {
    message: "endOfSupportOn must be after installedOn",
    path: ["endOfSupportOn"],
  })
  .refine((input) => input.kind === "workstation" || Boolean(input.modality), {
    message: "scanners, probes and injectors belong to a modality",
    path: ["modality"],
  })
  .refine((input) => input.kind !== "ultrasound-probe" || input.modality === "us", {
    message: "an ultrasound probe's modality is US",
    path: ["modality"],
  });
export type RegisterDeviceInput = z.infer<typeof registerDeviceInput>;

export const deviceFilter = z.object({ modality: modality.nullish(), status: deviceStatus.nullish(), kind: deviceKind.nullish() });
export type DeviceFilter = z.infer<typeof deviceFilter>;

export const setDeviceStatusInput = z.object({
  deviceId: recordId,
  status: deviceStatus.refine((status) => status !== "retired", "use retireDevice to retire a device"),
  reason: optionalText(300, { multiline: true }),
});

export const retireDeviceInput = z.object({ deviceId: recordId, reason: optionalText(300, { multiline: true }) });
