// GraphQL documents and helpers the schedule module's integration tests share.
import { testIdentity } from "@gantry/testing/internal-caller";
import type { TestSchedulingService } from "../../../test/scheduling-service.ts";
import { ScheduleLoaders } from "./schedule.loader.ts";
import { ScheduleManager } from "./schedule.manager.ts";
import { ScheduleStore } from "./schedule.store.ts";
import { departmentToday } from "@gantry/subgraph-kit/department-clock";

export const setWeeklyHours = /* GraphQL */ `
  mutation ($deviceId: ID!, $validFrom: Date!, $hours: [WeeklyHoursInterval!]!) {
    setWeeklyHours(deviceId: $deviceId, validFrom: $validFrom, hours: $hours) {
      id
      weekday
      opens
      closes
      validFrom
      validTo
      createdBy
      device {
        id
      }
    }
  }
`;

export const addException = /* GraphQL */ `
  mutation ($input: AddScheduleExceptionInput!) {
    addScheduleException(input: $input) {
      id
      date
      closed
      opens
      closes
      reason
      createdBy
    }
  }
`;

export const addBlock = /* GraphQL */ `
  mutation ($input: AddReservedBlockInput!) {
    addReservedBlock(input: $input) {
      id
      weekday
      starts
      ends
      forPriority
      forGroup
      validFrom
      validTo
    }
  }
`;

export const openingHours = /* GraphQL */ `
  query ($representations: [_Any!]!, $from: Date!, $to: Date!) {
    _entities(representations: $representations) {
      ... on Device {
        id
        openingHours(from: $from, to: $to) {
          date
          exception {
            reason
          }
          open {
            startsAt
            endsAt
            minutes
          }
          reserved {
            startsAt
            endsAt
            minutes
            forPriority
            forGroup
          }
        }
      }
    }
  }
`;

export interface OpeningDayAnswer {
  date: string;
  exception: { reason: string } | null;
  open: { startsAt: string; endsAt: string; minutes: number }[];
  reserved: { startsAt: string; endsAt: string; minutes: number; forPriority: string | null; forGroup: string | null }[];
}
export interface OpeningHoursAnswer {
  _entities: { id: string; openingHours: OpeningDayAnswer[] }[];
}

export const asDevices = (ids: readonly string[]) => ids.map((id) => ({ __typename: "Device", id }));

/** The same intervals on every weekday. */
export function everyDay(...intervals: [opens: string, closes: string][]) {
  return [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => intervals.map(([opens, closes]) => ({ weekday, opens, closes })));
}

/** Sets hours and fails loudly, so a test's setup cannot go wrong silently. */
export async function givenHours(service: TestSchedulingService, deviceId: string, validFrom: string, hours: ReturnType<typeof everyDay>) {
  const answer = await service.call(setWeeklyHours, { deviceId, validFrom, hours });
  if (answer.errors) throw new Error(`setWeeklyHours failed: ${JSON.stringify(answer.errors)}`);
}

/** The module's manager on the test service's database, as another module of the area would call it. */
export function scheduleManagerOn(service: TestSchedulingService): ScheduleManager {
  const em = service.orm.em.fork();
  const identity = { ...testIdentity("scheduler"), requestId: "test" };
  return new ScheduleManager({ em, identity }, new ScheduleLoaders(new ScheduleStore(em), departmentToday));
}
