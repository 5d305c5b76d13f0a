import { addDays } from "@gantry/calendar/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFederatedStack, type FederatedStack } from "../test/federated-stack.ts";
import {
  addProcedure,
  at,
  bookingDay,
  bookMutation,
  must,
  openScanner,
  placeOrder,
  registerPatient,
  technologistOnShift,
} from "../test/scheduling-department.ts";

// The slot finder, with each situation built in the area that owns it through that area's API.
let stack: FederatedStack;
let day: string;
let procedureId: string;
beforeAll(async () => {
  stack = await startFederatedStack();
  day = bookingDay(2);
  // Its own modality, so the other tests' scanners and technologists stay out of these searches.
  procedureId = await addProcedure(stack, { modality: "NM", minutes: 60 });
});
afterAll(async () => {
  await stack?.stop();
});

interface FoundSlot {
  device: { id: string };
  startsAt: string;
  technologists: { id: string }[];
  reserved: boolean;
}
const findSlots = /* GraphQL */ `
  query ($search: SlotSearch!, $first: Int) {
    findSlots(search: $search, first: $first) {
      device {
        id
      }
      startsAt
      technologists {
        id
      }
      reserved
    }
  }
`;

async function slots(orderId: string, from = day, to = day): Promise<FoundSlot[]> {
  const answer = await stack.call<{ findSlots: FoundSlot[] }>(findSlots, { search: { orderId, from, to }, first: 200 });
  expect(answer.errors).toBeUndefined();
  return answer.data?.findSlots ?? [];
}

const hour = (slot: FoundSlot) => slot.startsAt.slice(11, 16);

describe("finding slots", () => {
  let deviceA: string;
  let deviceB: string;
  let orderId: string;
  let technologistId: string;
  beforeAll(async () => {
    deviceA = await openScanner(stack, "NM");
    deviceB = await openScanner(stack, "NM");
    technologistId = await technologistOnShift(stack, day, { modality: "NM", credential: "ARRT_NM" });
    orderId = await placeOrder(stack, await registerPatient(stack), procedureId);
  });

  it("offers back-to-back slots in opening hours on every device that performs the procedure, each with a free technologist", async () => {
    const found = await slots(orderId);
    expect(new Set(found.map((slot) => slot.device.id))).toEqual(new Set([deviceA, deviceB]));
    expect(found.filter((slot) => slot.device.id === deviceA).map(hour)).toEqual(
      ["07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18"].map((h) => `${h}:00`),
    );
    expect(found.every((slot) => slot.technologists.some((member) => member.id === technologistId))).toBe(true);
    expect(found.map((slot) => slot.startsAt)).toEqual([...found.map((slot) => slot.startsAt)].sort());
  });

  it("leaves out a maintenance window and a device that is down", async () => {
    await must(
      stack,
      `mutation ($input: ScheduleMaintenanceInput!) { scheduleMaintenance(input: $input) { id } }`,
      { input: { deviceId: deviceA, kind: "CALIBRATION", startsAt: at(day, "09:00"), endsAt: at(day, "12:00") } },
      "coordinator",
    );
    await must(
      stack,
      `mutation ($id: ID!) { setDeviceStatus(deviceId: $id, status: DOWN, reason: "Detector fault") { id } }`,
      { id: deviceB },
      "coordinator",
    );
    const found = await slots(orderId);
    expect(found.every((slot) => slot.device.id === deviceA)).toBe(true);
    expect(found.map(hour)).toEqual(["07:00", "08:00", "12:00", "13:00", "14:00", "15:00", "16:00", "17:00", "18:00"]);
  });

  it("leaves out time already booked, and a routine order never takes a STAT block while a STAT order does", async () => {
    const other = await placeOrder(stack, await registerPatient(stack), procedureId);
    const booked = await stack.call(bookMutation, { input: { orderId: other, deviceId: deviceA, startsAt: at(day, "13:00") } });
    expect(booked.errors).toBeUndefined();
    const weekday = ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    await must(
      stack,
      `mutation ($input: AddReservedBlockInput!) { addReservedBlock(input: $input) { id } }`,
      { input: { deviceId: deviceA, weekday, starts: "17:00", ends: "19:00", forPriority: "STAT", validFrom: bookingDay(0) } },
      "coordinator",
    );
    expect((await slots(orderId)).map(hour)).toEqual(["07:00", "08:00", "12:00", "14:00", "15:00", "16:00"]);
    const stat = await placeOrder(stack, await registerPatient(stack), procedureId, { priority: "STAT" });
    const statSlots = await slots(stat);
    expect(statSlots.map(hour)).toEqual(["07:00", "08:00", "12:00", "14:00", "15:00", "16:00", "17:00", "18:00"]);
    expect(statSlots.filter((slot) => slot.reserved).map(hour)).toEqual(["17:00", "18:00"]);
  });

  it("offers nothing where no technologist is on shift, credentialed (unexpired, verified) and competent", async () => {
    const offShift = addDays(day, 1);
    expect(await slots(orderId, offShift, offShift)).toEqual([]);
    const expired = addDays(day, 2);
    await technologistOnShift(stack, expired, { modality: "NM", credential: "ARRT_NM", credentialExpiresOn: addDays(expired, -1) });
    expect(await slots(orderId, expired, expired)).toEqual([]);
    const incompetent = addDays(day, 3);
    await technologistOnShift(stack, incompetent, { modality: "NM", credential: "ARRT_NM", competent: false });
    expect(await slots(orderId, incompetent, incompetent)).toEqual([]);
    const unverified = addDays(day, 4);
    await technologistOnShift(stack, unverified, { modality: "NM", credential: "none" });
    expect(await slots(orderId, unverified, unverified)).toEqual([]);
  });
});

describe("cost of the schedule reads", () => {
  it("a 14-day slot search and a device week view cost the same statements with 2 appointments as with 60", async () => {
    const deviceId = await openScanner(stack, "NM");
    await technologistOnShift(stack, day, { modality: "NM", credential: "ARRT_NM" });
    const orderId = await placeOrder(stack, await registerPatient(stack), procedureId);
    const weekView = `query ($id: ID!, $from: DateTime!, $to: DateTime!) { device(id: $id) { appointments(from: $from, to: $to) { id startsAt status } bookedMinutes(from: $from, to: $to) } }`;
    const measure = async () => {
      const counts: Record<string, number> = {};
      for (const subgraph of Object.values(stack.subgraphs)) subgraph.statements.length = 0;
      await slots(orderId, day, addDays(day, 13));
      const week = await stack.call(weekView, { id: deviceId, from: at(day, "00:00"), to: at(addDays(day, 7), "00:00") });
      expect(week.errors).toBeUndefined();
      for (const [area, subgraph] of Object.entries(stack.subgraphs)) counts[area] = subgraph.statements.length;
      return counts;
    };
    let booked = 0;
    const book = async (count: number) => {
      for (let index = booked; index < booked + count; index++) {
        const order = await placeOrder(stack, await registerPatient(stack), procedureId);
        const startsAt = at(addDays(day, index % 7), `${String(7 + Math.floor(index / 7)).padStart(2, "0")}:00`);
        const answer = await stack.call(bookMutation, { input: { orderId: order, deviceId, startsAt } });
        expect(answer.errors, startsAt).toBeUndefined();
      }
      booked += count;
    };
    await book(2);
    const few = await measure();
    await book(58);
    const many = await measure();
    expect(many).toEqual(few);
    // The fortnight's roster is one question to staff: who is credentialed which day, and their shifts.
    expect(few["staff"]).toBe(2);
  });
});
