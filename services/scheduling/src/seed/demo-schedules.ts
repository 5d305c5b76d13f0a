import { stableUuid } from "@gantry/demo-data/random";
import type { EntityManager } from "@mikro-orm/postgresql";

/**
 * The equipment area's demo scanners, by room. Its seed gives the scanner in room R the id
 * `stableUuid("equipment", "device:scanner:R")` (services/equipment/src/seed/demo-equipment.ts);
 * deriving them the same way gives those devices opening hours here without reading that database.
 */
const scannerRooms = ["CT-1", "CT-2", "CT-3", "MR-1", "MR-2", "XR-1", "XR-2", "XR-3", "MG-1", "NM-1", "US-1", "US-2"] as const;
type Room = (typeof scannerRooms)[number];

export const demoScannerId = (room: Room) => stableUuid("equipment", `device:scanner:${room}`);

interface Hours {
  weekdays: number[];
  opens: string;
  closes: string;
}

const weekdays = [1, 2, 3, 4, 5];
const everyDay = [1, 2, 3, 4, 5, 6, 7];

/** How a mid-sized department runs its rooms: CT and one XR room around the clock, MR long days, the rest office hours. */
function hoursOf(room: Room): Hours[] {
  if (room === "CT-1" || room === "XR-1") return [{ weekdays: everyDay, opens: "00:00", closes: "24:00" }];
  if (room.startsWith("CT") || room.startsWith("MR")) return [{ weekdays: everyDay, opens: "07:00", closes: "21:00" }];
  if (room === "MG-1" || room === "NM-1") return [{ weekdays, opens: "08:00", closes: "16:30" }];
  return [
    { weekdays, opens: "07:30", closes: "18:00" },
    { weekdays: [6], opens: "08:00", closes: "12:00" },
  ];
}

/** Two STAT slots a day on each CT and the first MR, and a morning block for breast biopsies on MG. */
const reservedBlocks: { room: Room; starts: string; ends: string; forPriority: string | null; forGroup: string | null }[] = [
  { room: "CT-1", starts: "10:00", ends: "10:30", forPriority: "stat", forGroup: null },
  { room: "CT-1", starts: "15:00", ends: "15:30", forPriority: "stat", forGroup: null },
  { room: "CT-2", starts: "11:00", ends: "11:30", forPriority: "stat", forGroup: null },
  { room: "CT-2", starts: "16:00", ends: "16:30", forPriority: "stat", forGroup: null },
  { room: "MR-1", starts: "08:00", ends: "09:00", forPriority: "urgent", forGroup: null },
  { room: "MG-1", starts: "08:00", ends: "10:00", forPriority: null, forGroup: "breast-biopsy" },
];

/** Opening hours and reserved blocks for the demo scanners, valid from a year ago; idempotent (stable ids). */
export async function seedDemoSchedules(em: EntityManager, today: string, validFrom: string): Promise<string> {
  let rows = 0;
  for (const room of scannerRooms)
    for (const hours of hoursOf(room))
      for (const weekday of hours.weekdays) {
        const result = await em.execute(
          `insert into schedule_hours (id, device_id, weekday, opens, closes, valid_from, valid_to, created_at, created_by)
           values (?, ?, ?, ?, ?, ?, null, ?, 'Demo data') on conflict (id) do nothing`,
          [
            stableUuid("scheduling", `hours:${room}:${weekday}:${hours.opens}`),
            demoScannerId(room),
            weekday,
            hours.opens,
            hours.closes,
            validFrom,
            `${today}T06:00:00Z`,
          ],
          "run",
        );
        rows += Number((result as { affectedRows?: number }).affectedRows ?? 0);
      }
  for (const block of reservedBlocks)
    for (const weekday of weekdays) {
      const result = await em.execute(
        `insert into reserved_block (id, device_id, weekday, starts, ends, for_priority, for_group, valid_from, valid_to, created_at, created_by)
         values (?, ?, ?, ?, ?, ?, ?, ?, null, ?, 'Demo data') on conflict (id) do nothing`,
        [
          stableUuid("scheduling", `block:${block.room}:${weekday}:${block.starts}`),
          demoScannerId(block.room),
          weekday,
          block.starts,
          block.ends,
          block.forPriority,
          block.forGroup,
          validFrom,
          `${today}T06:00:00Z`,
        ],
        "run",
      );
      rows += Number((result as { affectedRows?: number }).affectedRows ?? 0);
    }
  return `opening hours for ${scannerRooms.length} scanners and ${reservedBlocks.length * weekdays.length} reserved blocks (${rows} rows new)`;
}
