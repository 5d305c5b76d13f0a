import { withinTransaction } from "@gantry/subgraph-kit/transaction";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestSchedulingService, type TestSchedulingService } from "../../test/scheduling-service.ts";
import { addTestProcedure } from "../modules/procedure/procedure.test-data.ts";

let service: TestSchedulingService;
beforeAll(async () => {
  service = await startTestSchedulingService();
});
afterAll(async () => {
  await service?.stop();
});

/** Resolves once `count` callers have arrived: both transactions hold their first lock before either asks for its second. */
function barrier(count: number): () => Promise<void> {
  let arrived = 0;
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return () => {
    arrived += 1;
    if (arrived === count) open();
    return opened;
  };
}

// Concurrent writes racing for one exclusion constraint can deadlock; PostgreSQL then aborts one
// of them. The kit's transaction runs the aborted one again, so the caller gets the write's real
// answer instead of an internal error.
it("runs a transaction PostgreSQL aborted to break a deadlock again, and both writes land", async () => {
  const [first, second] = [
    await addTestProcedure(service, { code: "DEADLOCK-A" }),
    await addTestProcedure(service, { code: "DEADLOCK-B" }),
  ];
  const bothHoldOne = barrier(2);
  let runs = 0;
  const lockInOrder = (ids: string[], name: string) => {
    const em = service.orm.em.fork();
    let attempt = 0;
    return withinTransaction(em, async () => {
      runs += 1;
      attempt += 1;
      const connection = em.getConnection();
      const ctx = em.getTransactionContext();
      await connection.execute(`update procedure set name = ? where id = ?`, [`${name} ${attempt}`, ids[0]], "run", ctx);
      if (attempt === 1) await bothHoldOne();
      await connection.execute(`update procedure set name = ? where id = ?`, [`${name} ${attempt}`, ids[1]], "run", ctx);
      return attempt;
    });
  };
  const attempts = await Promise.all([lockInOrder([first, second], "one"), lockInOrder([second, first], "two")]);
  // One ran once; the deadlock's victim ran twice.
  expect([...attempts].sort()).toEqual([1, 2]);
  expect(runs).toBe(3);
});

it("does not run again after an error that is not a deadlock", async () => {
  const em = service.orm.em.fork();
  let runs = 0;
  await expect(
    withinTransaction(em, async () => {
      runs += 1;
      await em.getConnection().execute(`select 1 / 0`, [], "run", em.getTransactionContext());
    }),
  ).rejects.toThrow(/division by zero/);
  expect(runs).toBe(1);
});
