import { callGateway } from "@gantry/testing/graphql-client";
import pg from "pg";
import type { Scenario } from "./scenarios.ts";

const findSlots = /* GraphQL */ `
  query BenchFindSlots($search: SlotSearch!) {
    findSlots(search: $search, first: 50) {
      device {
        id
        name
      }
      startsAt
      endsAt
      technologists {
        id
      }
      reserved
    }
  }
`;
const weekView = /* GraphQL */ `
  query BenchWeekView($id: ID!, $from: DateTime!, $to: DateTime!) {
    device(id: $id) {
      name
      appointments(from: $from, to: $to) {
        id
        startsAt
        endsAt
        status
        order {
          accessionNumber
          priority
        }
      }
      bookedMinutes(from: $from, to: $to)
    }
  }
`;
const orderQueue = /* GraphQL */ `
  query BenchOrderQueue {
    orderQueue(first: 50) {
      totalCount
      nodes {
        id
        accessionNumber
        priority
        orderedAt
        procedure {
          code
          name
        }
      }
    }
  }
`;

// The worklist as the Today screen asks for it: each patient's name comes from the patients subgraph in the same request.
const worklist = /* GraphQL */ `
  query BenchWorklist($day: Date!) {
    worklist(day: $day) {
      id
      startsAt
      endsAt
      stage
      studyInstanceUid
      patient {
        name {
          text
        }
      }
      device {
        id
      }
      order {
        accessionNumber
        priority
        procedure {
          name
        }
      }
    }
  }
`;
// The tracking board as the board screen asks for it: every exam of the day with its lane's fields.
const trackingBoard = /* GraphQL */ `
  query BenchTrackingBoard($day: Date!) {
    worklist(day: $day, includeClosed: true) {
      id
      startsAt
      endsAt
      stage
      arrivedAt
      checkedInAt
      examStartedAt
      lateArrival
      device {
        name
      }
      order {
        priority
        procedure {
          name
        }
      }
      patient {
        name {
          text
        }
      }
    }
  }
`;
const boardVersion = /* GraphQL */ `
  query BenchBoardVersion($day: Date!) {
    trackingBoardVersion(day: $day)
  }
`;

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The scheduler's day on a year of bookings: a 14-day slot search across every CT, a scanner's week, the order queue. */
export async function schedulingScenarios(options: {
  gatewayUrl: string;
  token: string;
  databaseUrl: string;
  today: string;
}): Promise<Scenario[]> {
  const { gatewayUrl, token, today } = options;
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  const orders = (
    await client.query<{ id: string }>(
      `select o.id::text from imaging_order o join procedure p on p.id = o.procedure_id
       where p.modality = 'ct' and o.status = 'active'
         and not exists (select 1 from appointment a where a.order_id = o.id and a.status in ('proposed', 'booked', 'arrived', 'checked-in'))
       order by o.id limit 200`,
    )
  ).rows;
  const devices = (await client.query<{ id: string }>(`select distinct device_id::text as id from schedule_hours order by 1`)).rows;
  // The seeded year's busiest department day (UTC days: the bench runs on the default zone).
  const [busiest] = (
    await client.query<{ day: string; exams: number }>(
      `select to_char(starts_at, 'YYYY-MM-DD') as day, count(*)::int as exams from appointment group by 1 order by 2 desc, 1 limit 1`,
    )
  ).rows;
  const busiestDay = busiest?.day ?? today;
  await client.end();
  const ok = (response: { status: number; errors?: unknown[] }) => response.status === 200 && !response.errors;
  const pick = <T>(list: T[], client: number, iteration: number) => list[(client * 7919 + iteration) % list.length] as T;
  return [
    {
      name: "slots: 14-day search for a CT order across every CT (gateway)",
      async request(client, iteration) {
        const search = { orderId: pick(orders, client, iteration).id, from: addDays(today, 1), to: addDays(today, 14) };
        return ok(await callGateway(gatewayUrl, findSlots, { search }, { token }));
      },
    },
    {
      name: "week view: one scanner's appointments and booked minutes (gateway)",
      async request(client, iteration) {
        const from = `${addDays(today, -((client + iteration) % 300))}T00:00:00Z`;
        const to = `${addDays(from.slice(0, 10), 7)}T00:00:00Z`;
        return ok(await callGateway(gatewayUrl, weekView, { id: pick(devices, client, iteration).id, from, to }, { token }));
      },
    },
    {
      name: "worklist: a whole day across every scanner, with patient names (gateway)",
      async request(client, iteration) {
        return ok(await callGateway(gatewayUrl, worklist, { day: addDays(today, -((client + iteration) % 300)) }, { token }));
      },
    },
    {
      name: `worklist: the busiest day, ${busiest?.exams ?? 0} exams, with patient names (gateway)`,
      async request() {
        return ok(await callGateway(gatewayUrl, worklist, { day: busiestDay }, { token }));
      },
    },
    {
      name: `tracking board: the busiest day's board, cancelled included (gateway)`,
      async request() {
        return ok(await callGateway(gatewayUrl, trackingBoard, { day: busiestDay }, { token }));
      },
    },
    {
      name: "board version: the live board's poll (gateway)",
      async request() {
        return ok(await callGateway(gatewayUrl, boardVersion, { day: today }, { token }));
      },
    },
    {
      name: "order queue: first 50, most urgent then oldest (gateway)",
      async request() {
        return ok(await callGateway(gatewayUrl, orderQueue, {}, { token }));
      },
    },
  ];
}
