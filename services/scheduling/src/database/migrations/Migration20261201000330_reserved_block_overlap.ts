import { Migration } from "@mikro-orm/migrations";

/**
 * A device's reserved blocks may not overlap on a weekday while both are in force: the same half
 * hour kept for STAT and for cardiac CT would leave the slot finder to guess which one applies.
 */
export class Migration20261201000330ReservedBlockOverlap extends Migration {
  override name = "Migration20261201000330_reserved_block_overlap";

  override up(): void {
    this.addSql(`
      alter table reserved_block add constraint reserved_block_no_overlap exclude using gist (
        device_id with =,
        weekday with =,
        daterange(valid_from, valid_to, '[]') with &&,
        numrange(extract(epoch from starts), extract(epoch from ends)) with &&
      )`);
  }
}
