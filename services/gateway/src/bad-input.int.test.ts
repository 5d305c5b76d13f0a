import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { badInputCorpus, type BadInputCase } from "../test/bad-input/corpus.ts";
import { createFixtures } from "../test/bad-input/fixtures.ts";
import { startFederatedStack, type FederatedStack } from "../test/federated-stack.ts";

let stack: FederatedStack;
let corpus: BadInputCase[];

/** What every area's database holds, one fingerprint per table (row order fixed). */
async function databaseContents(): Promise<Record<string, string>> {
  const prints: Record<string, string> = {};
  for (const [area, subgraph] of Object.entries(stack.subgraphs)) {
    const connection = subgraph.orm.em.fork().getConnection();
    const tables = await connection.execute<{ name: string }[]>(
      `select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    );
    for (const { name } of tables) {
      // A refused request may still have looked a patient up on the way (a merged record, say):
      // that read is audited, rightly. Every other line of the access log must stay as it was.
      const where = name === "phi_access_log" ? ` where action <> 'read'` : "";
      const [row] = await connection.execute<{ print: string; rows: string }[]>(
        `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as print, count(*)::text as rows from "${name}" t${where}`,
      );
      prints[`${area}.${name}`] = `${row?.rows}:${row?.print}`;
    }
  }
  return prints;
}

beforeAll(async () => {
  stack = await startFederatedStack();
  corpus = badInputCorpus(await createFixtures(stack));
});
afterAll(async () => {
  await stack?.stop();
});

describe("bad input through the gateway", () => {
  it("refuses every case of the corpus with a clear code (never an internal error) and writes nothing", async () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    const before = await databaseContents();
    const misbehaved: string[] = [];
    for (const entry of corpus) {
      const response = await stack.call<Record<string, unknown>>(entry.document, entry.variables, entry.role);
      const codes = (response.errors ?? []).map((error) => error.extensions?.code);
      const written = Object.values(response.data ?? {}).some((value) => value !== null);
      if (codes.length === 0 || written || codes.some((code) => !entry.codes.includes(code ?? "")))
        misbehaved.push(`${entry.label}: HTTP ${response.status} ${JSON.stringify(response.errors ?? response.data).slice(0, 300)}`);
    }
    expect(misbehaved).toEqual([]);
    expect(await databaseContents()).toEqual(before);
  });
});
