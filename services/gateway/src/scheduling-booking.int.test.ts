import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFederatedStack, type FederatedStack } from "../test/federated-stack.ts";
import {
  addProcedure,
  at,
  bookingDay,
  bookMutation,
  openScanner,
  placeOrder,
  registerPatient,
  technologistOnShift,
} from "../test/scheduling-department.ts";

// Double booking is refused by PostgreSQL's exclusion constraints, whoever wins the race:
// here many schedulers book the same time at once, through the gateway, as the screens would.
let stack: FederatedStack;
let day: string;
let procedureId: string;
beforeAll(async () => {
  // 200 bookings at once each ask three areas, all in this one process on a small machine: the
  // areas' answers are given time, so the race decided is the database's, not a timeout's.
  stack = await startFederatedStack({ gatewayEnv: { GATEWAY_SUBGRAPH_TIMEOUT_MS: "60000" } });
  day = bookingDay();
  procedureId = await addProcedure(stack, { minutes: 30 });
});
afterAll(async () => {
  await stack?.stop();
});

function sql<TRow>(statement: string, params: unknown[] = []): Promise<TRow[]> {
  const scheduling = stack.subgraphs["scheduling"];
  if (!scheduling) throw new Error("no scheduling subgraph in the stack");
  return scheduling.orm.em.fork().getConnection().execute<TRow[]>(statement, params);
}

async function ordersForNewPatients(count: number): Promise<string[]> {
  const orders: string[] = [];
  for (let batch = 0; batch < count; batch += 20) {
    const size = Math.min(20, count - batch);
    orders.push(
      ...(await Promise.all(Array.from({ length: size }, async () => placeOrder(stack, await registerPatient(stack), procedureId)))),
    );
  }
  return orders;
}

type Outcome = { data?: { bookAppointment: { id: string } } | null; errors?: { extensions?: { code?: string } }[] };
const codesOf = (outcomes: Outcome[]) => outcomes.map((outcome) => outcome.errors?.[0]?.extensions?.code ?? "BOOKED");

describe("no double booking under concurrency", () => {
  it("lets exactly one of 200 schedulers book overlapping times on one device; the rest get CONFLICT and nothing partial is kept", async () => {
    const deviceId = await openScanner(stack);
    const orders = await ordersForNewPatients(200);
    const outcomes = await Promise.all(
      orders.map((orderId, index) =>
        stack.call<Outcome["data"]>(bookMutation, { input: { orderId, deviceId, startsAt: at(day, index % 2 === 0 ? "09:00" : "09:15") } }),
      ),
    );
    const codes = codesOf(outcomes as Outcome[]);
    const tally = Object.fromEntries([...new Set(codes)].map((code) => [code, codes.filter((other) => other === code).length]));
    expect(
      tally,
      JSON.stringify((outcomes as Outcome[]).find((outcome) => outcome.errors?.[0]?.extensions?.code !== "CONFLICT" && outcome.errors)),
    ).toEqual({ BOOKED: 1, CONFLICT: 199 });
    const [rows] = await sql<{ appointments: string; history: string; audited: string }>(
      `select (select count(*) from appointment where device_id = ?)::text as appointments,
              (select count(*) from appointment_history h join appointment a on a.id = h.appointment_id where a.device_id = ?)::text as history,
              (select count(*) from phi_access_log where action = 'create' and 'booked' = any(fields))::text as audited`,
      [deviceId, deviceId],
    );
    expect(rows).toEqual({ appointments: "1", history: "1", audited: "1" });
  });

  it("lets one technologist run one exam at a time: 20 bookings on 20 devices at once, one succeeds", async () => {
    const technologistId = await technologistOnShift(stack, day);
    const devices = await Promise.all(Array.from({ length: 20 }, () => openScanner(stack)));
    const orders = await ordersForNewPatients(20);
    const outcomes = await Promise.all(
      orders.map((orderId, index) =>
        stack.call(bookMutation, { input: { orderId, deviceId: devices[index], technologistId, startsAt: at(day, "11:00") } }),
      ),
    );
    const codes = codesOf(outcomes as Outcome[]);
    expect(codes.filter((code) => code === "BOOKED")).toHaveLength(1);
    expect(codes.filter((code) => code === "CONFLICT")).toHaveLength(19);
    const [row] = await sql<{ count: string }>(
      `select count(*)::text as count from appointment where technologist_id = ? and status = 'booked'`,
      [technologistId],
    );
    expect(row?.count).toBe("1");
  });

  it("keeps a patient in one place at a time: 20 of the patient's orders booked at once on 20 devices, one succeeds", async () => {
    const patientId = await registerPatient(stack, "Lindqvist");
    const devices = await Promise.all(Array.from({ length: 20 }, () => openScanner(stack)));
    const orders = await Promise.all(devices.map(() => placeOrder(stack, patientId, procedureId)));
    const outcomes = await Promise.all(
      orders.map((orderId, index) =>
        stack.call(bookMutation, { input: { orderId, deviceId: devices[index], startsAt: at(day, "14:00") } }),
      ),
    );
    const codes = codesOf(outcomes as Outcome[]);
    expect(codes.filter((code) => code === "BOOKED")).toHaveLength(1);
    expect(codes.filter((code) => code === "CONFLICT")).toHaveLength(19);
  });

  it("blocks a held slot for everyone else until the hold runs out, then frees it", async () => {
    const deviceId = await openScanner(stack);
    const [holdingOrder, otherOrder] = await ordersForNewPatients(2);
    const hold = await stack.call<{ holdSlot: { id: string; status: string; holdExpiresAt: string } }>(
      `mutation ($input: HoldSlotInput!) { holdSlot(input: $input) { id status holdExpiresAt } }`,
      { input: { orderId: holdingOrder, deviceId, startsAt: at(day, "10:00"), minutes: 5 } },
    );
    expect(hold.errors).toBeUndefined();
    expect(hold.data?.holdSlot.status).toBe("PROPOSED");
    const blocked = await stack.call(bookMutation, { input: { orderId: otherOrder, deviceId, startsAt: at(day, "10:10") } });
    expect(blocked.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    // Time passes: the hold's expiry is moved into the past, as five minutes of waiting would.
    await sql(`update appointment set hold_expires_at = now() - interval '1 second' where id = ?`, [hold.data?.holdSlot.id]);
    const booked = await stack.call<{ bookAppointment: { id: string; status: string } }>(bookMutation, {
      input: { orderId: otherOrder, deviceId, startsAt: at(day, "10:10") },
    });
    expect(booked.errors).toBeUndefined();
    expect(booked.data?.bookAppointment.status).toBe("BOOKED");
    const expired = await stack.call<{ appointment: { status: string; cancellation: { reason: string }; history: { action: string }[] } }>(
      `query ($id: ID!) { appointment(id: $id) { status cancellation { reason } history { action } } }`,
      { id: hold.data?.holdSlot.id },
    );
    expect(expired.data?.appointment).toEqual({
      status: "CANCELLED",
      cancellation: { reason: "HOLD_EXPIRED" },
      history: [{ action: "held" }, { action: "hold-expired" }],
    });
  });

  it("books a hold into an appointment for the one who holds it", async () => {
    const deviceId = await openScanner(stack);
    const [orderId] = await ordersForNewPatients(1);
    const hold = await stack.call<{ holdSlot: { id: string } }>(`mutation ($input: HoldSlotInput!) { holdSlot(input: $input) { id } }`, {
      input: { orderId, deviceId, startsAt: at(day, "16:00") },
    });
    const booked = await stack.call<{ bookAppointment: { id: string; status: string } }>(bookMutation, {
      input: { orderId, deviceId, startsAt: at(day, "16:00"), holdId: hold.data?.holdSlot.id },
    });
    expect(booked.errors).toBeUndefined();
    expect(booked.data?.bookAppointment).toEqual(expect.objectContaining({ id: hold.data?.holdSlot.id, status: "BOOKED" }));
  });

  it("keeps a waitlist of patients who want an earlier slot, and takes them off it", async () => {
    const [orderId] = await ordersForNewPatients(1);
    const add = `mutation ($input: AddToWaitlistInput!) { addToWaitlist(input: $input) { id earliest latest order { id } } }`;
    const backwards = await stack.call(add, { input: { orderId, earliest: day, latest: bookingDay(0) } });
    expect(backwards.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const added = await stack.call<{ addToWaitlist: { id: string; order: { id: string } } }>(add, {
      input: { orderId, earliest: bookingDay(0), latest: day, note: "Can come at short notice" },
    });
    expect(added.errors).toBeUndefined();
    const listed = await stack.call<{ waitlist: { id: string }[] }>(
      `query ($from: Date!, $to: Date!) { waitlist(from: $from, to: $to) { id } }`,
      {
        from: day,
        to: day,
      },
    );
    expect(listed.data?.waitlist.map((entry) => entry.id)).toContain(added.data?.addToWaitlist.id);
    const removed = await stack.call(`mutation ($id: ID!) { removeFromWaitlist(id: $id) { id } }`, { id: added.data?.addToWaitlist.id });
    expect(removed.errors).toBeUndefined();
    const again = await stack.call(`mutation ($id: ID!) { removeFromWaitlist(id: $id) { id } }`, { id: added.data?.addToWaitlist.id });
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });
});
