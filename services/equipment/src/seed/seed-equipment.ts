import { insertDemoRows, type Row } from "@gantry/demo-data/insert-rows";
import type { MikroORM } from "@mikro-orm/postgresql";
import { buildDemoEquipment, type DemoEquipment } from "./demo-equipment.ts";

/** Child tables and the parent column that ties each row to a device or an item. */
const children: [keyof DemoEquipment, string][] = [
  ["down_period", "device_id"],
  ["maintenance", "device_id"],
  ["service_contract", "device_id"],
  ["inventory_lot", "item_id"],
  ["probe_use", "probe_id"],
  ["probe_disinfection", "probe_id"],
];

/**
 * Loads the demo equipment: 51 devices (12 scanners, 30 probes, 5 injectors, 4 workstations), a
 * year of maintenance and upcoming windows, contracts, 40 inventory items with lots and a year of
 * stock movements (never below zero), and two weeks of probe reprocessing by the staff seed's
 * sonographers. Ids are stable. History is added only with its device or item: a device or item
 * already in the database keeps what it has, so running it again (on any day) changes nothing and a
 * later run cannot give a lot a second, inconsistent history.
 */
export async function seedEquipmentDemoData(orm: MikroORM, options: { today: string }): Promise<string> {
  const data = buildDemoEquipment(options.today);
  let inserted = 0;
  await orm.em.fork().transactional(async (em) => {
    const insert = async (table: string, rows: Row[]): Promise<Set<string>> => {
      const ids = new Set(await insertDemoRows(em, table, rows));
      inserted += ids.size;
      return ids;
    };
    const newParents = new Set([...(await insert("device", data.device)), ...(await insert("inventory_item", data.inventory_item))]);
    const newLots = new Set<string>();
    for (const [table, parent] of children) {
      const rows = data[table].filter((row) => newParents.has(String(row[parent])));
      const ids = await insert(table, rows);
      if (table === "inventory_lot") for (const lotId of ids) newLots.add(lotId);
    }
    await insert(
      "stock_movement",
      data.stock_movement.filter((row) => newLots.has(String(row.lot_id))),
    );
  });
  return `${data.device.length} devices, ${data.maintenance.length} maintenance windows, ${data.service_contract.length} contracts, ${data.inventory_item.length} items, ${data.inventory_lot.length} lots, ${data.stock_movement.length} stock movements, ${data.probe_disinfection.length} disinfections (${inserted} rows new)`;
}
