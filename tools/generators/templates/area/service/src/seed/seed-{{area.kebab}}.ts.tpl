import type { MikroORM } from "@mikro-orm/postgresql";

/** Stable ids: a note seeded before is recognised and skipped, so seeding again changes nothing. */
const demoNotes = [
  { id: "00000000-0000-4000-8000-000000000001", text: "Welcome to the {{area.phrase}} area.", createdBy: "Demo data" },
  { id: "00000000-0000-4000-8000-000000000002", text: "Replace this seed with the area's real demo data.", createdBy: "Demo data" },
];

/** Loads the {{area.phrase}} area's demo data: deterministic and idempotent. */
export async function seed{{area.pascal}}DemoData(orm: MikroORM, options: { today: string }): Promise<string> {
  const createdAt = `${options.today}T08:00:00Z`;
  let inserted = 0;
  await orm.em.fork().transactional(async (em) => {
    for (const note of demoNotes) {
      const result = await em.execute(
        `insert into {{note.table}} (id, text, created_by, created_at) values (?, ?, ?, ?) on conflict (id) do nothing`,
        [note.id, note.text, note.createdBy, createdAt],
        "run",
      );
      inserted += Number((result as { affectedRows?: number }).affectedRows ?? 0);
    }
  });
  return `${demoNotes.length} notes (${inserted} rows new)`;
}
