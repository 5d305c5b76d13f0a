import { addDays } from "@gantry/calendar/calendar";

type Answer<T> = { data?: T; errors?: { message: string }[] };

/** Calls the gateway as a demo account, the way a script would (the demo identity provider's token). */
async function signIn(gatewayUrl: string, username: string) {
  const response = await fetch(`${gatewayUrl}/auth/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: "gantry-demo" }),
  });
  if (!response.ok) throw new Error(`signing in as ${username}: HTTP ${response.status}`);
  const { access_token: token } = (await response.json()) as { access_token: string };
  return async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const reply = await fetch(`${gatewayUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const answer = (await reply.json()) as Answer<T>;
    if (answer.errors?.length || !answer.data) throw new Error(answer.errors?.[0]?.message ?? `HTTP ${reply.status}`);
    return answer.data;
  };
}

interface DemoProcedure {
  id: string;
  modality: string;
  screenings: string[];
  consentRequired: boolean;
  priorAuthRequired: boolean;
  lateralityRequired: boolean;
  contrast: string;
}

/**
 * A few days of bookings so the exam-day screens have something to show on a first start: orders
 * for demo patients, each booked in the first slot the slot finder offers — so every booking
 * respects the schedules, the equipment's downtime and the staff roster, as any booking does —
 * and today's first ones taken along the exam's day. Through the API, as the front desk would.
 * A stand-in until the year of history is seeded (scheduling issue); skipped when there are orders.
 */
export async function bookDemoDays(gatewayUrl: string, today: string, perDay = 12): Promise<string> {
  const scheduler = await signIn(gatewayUrl, "scheduler");
  const coordinator = await signIn(gatewayUrl, "coordinator");
  const queue = await coordinator<{ orderQueue: { totalCount: number } }>(`{ orderQueue(first: 1) { totalCount } }`);
  const existing = await coordinator<{ worklist: unknown[] }>(`query ($day: Date!) { worklist(day: $day, includeClosed: true) { id } }`, {
    day: today,
  });
  if (queue.orderQueue.totalCount > 0 || existing.worklist.length > 0) return "orders exist already, none added";

  const patients = (
    await Promise.all(
      ["S", "M", "B", "K"].map((letter) =>
        scheduler<{ searchPatients: { nodes: { id: string }[] } }>(
          `query ($name: String!) { searchPatients(filter: { familyName: $name }, first: 25) { nodes { id } } }`,
          { name: letter },
        ),
      ),
    )
  ).flatMap((answer) => answer.searchPatients.nodes);
  const { procedures } = await scheduler<{ procedures: { nodes: DemoProcedure[] } }>(
    `{ procedures(first: 100) { nodes { id modality screenings consentRequired priorAuthRequired lateralityRequired contrast } } }`,
  );
  // Exams the demo patients can have without a screening, consent or prior authorization on file.
  const simple = procedures.nodes.filter(
    (procedure) =>
      procedure.screenings.length === 0 &&
      !procedure.consentRequired &&
      !procedure.priorAuthRequired &&
      !procedure.lateralityRequired &&
      procedure.contrast === "NONE",
  );
  if (patients.length === 0 || simple.length === 0) return "no patients or simple procedures to book";

  let booked = 0;
  let refused = 0;
  const todays: string[] = [];
  for (const [dayIndex, day] of [today, addDays(today, 1), addDays(today, 2)].entries()) {
    for (let index = 0; index < perDay; index++) {
      const patient = patients[(dayIndex * perDay + index) % patients.length];
      const procedure = simple[(dayIndex * 7 + index * 3) % simple.length];
      if (!patient || !procedure) continue;
      // One that cannot be booked (no time left today, nobody staffed) leaves its order in the queue.
      const appointmentId = await bookOne(scheduler, { patientId: patient.id, procedureId: procedure.id, day, index }).catch(() => null);
      if (!appointmentId) {
        refused += 1;
        continue;
      }
      booked += 1;
      if (day === today) todays.push(appointmentId);
    }
  }
  // Today's first two patients are at the desk: one arrived, one checked in.
  const [first, second] = todays;
  if (first) await scheduler(`mutation ($id: ID!) { markArrived(appointmentId: $id) { id } }`, { id: first });
  if (second)
    await scheduler(`mutation ($input: CheckInInput!) { checkIn(input: $input) { id } }`, {
      input: { appointmentId: second, identifiers: ["NAME_AND_BIRTH_DATE", "WRISTBAND"], screeningReviewed: true, consentReviewed: true },
    });
  const waiting = refused > 0 ? `; ${refused} orders wait in the queue` : "";
  return `${booked} appointments over 3 days booked through the slot finder (${todays.length} today)${waiting}`;
}

type Caller = Awaited<ReturnType<typeof signIn>>;

/** One order, booked in the first slot the slot finder offers that day; null when none is left. */
async function bookOne(
  scheduler: Caller,
  order: { patientId: string; procedureId: string; day: string; index: number },
): Promise<string | null> {
  const { index } = order;
  const { placeOrder } = await scheduler<{ placeOrder: { id: string } }>(
    `mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`,
    {
      input: {
        patientId: order.patientId,
        procedureId: order.procedureId,
        referringProvider: { name: "Dr. Lena Fischer", npi: "1234567893" },
        reason: { code: "R52", text: "Pain, unspecified (demo order)" },
        priority: index % 9 === 0 ? "STAT" : index % 4 === 0 ? "URGENT" : "ROUTINE",
        patientClass: index % 5 === 0 ? "INPATIENT" : "OUTPATIENT",
      },
    },
  );
  const { findSlots } = await scheduler<{ findSlots: { device: { id: string }; startsAt: string; technologists: { id: string }[] }[] }>(
    `query ($search: SlotSearch!) { findSlots(search: $search, first: 1) { device { id } startsAt technologists { id } } }`,
    { search: { orderId: placeOrder.id, from: order.day, to: order.day } },
  );
  const slot = findSlots[0];
  if (!slot) return null;
  const { bookAppointment } = await scheduler<{ bookAppointment: { id: string } }>(
    `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }`,
    {
      input: {
        orderId: placeOrder.id,
        deviceId: slot.device.id,
        technologistId: slot.technologists[0]?.id ?? null,
        startsAt: slot.startsAt,
      },
    },
  );
  return bookAppointment.id;
}
