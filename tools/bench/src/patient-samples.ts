import pg from "pg";

export interface PatientSample {
  id: string;
  mrn: string;
  familyName: string;
  birthDate: string;
}

/** Real rows to ask for, read once before the load starts, so every request finds patients. */
export async function samplePatients(databaseUrl: string, count: number): Promise<PatientSample[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ id: string; mrn: string; family_name: string; birth_date: string }>(
      "select id::text, mrn, family_name, to_char(birth_date, 'YYYY-MM-DD') as birth_date from patient order by md5(id::text) limit $1",
      [count],
    );
    return result.rows.map((row) => ({ id: row.id, mrn: row.mrn, familyName: row.family_name, birthDate: row.birth_date }));
  } finally {
    await client.end();
  }
}
