import type { EntityManager } from "@mikro-orm/postgresql";
import { sqlStateOf } from "./database-errors.ts";

/**
 * SQLSTATEs after which the same transaction, run again, may well succeed: PostgreSQL broke a
 * deadlock (concurrent inserts racing for one exclusion constraint can each wait on the other) or
 * could not serialize. Run again, the write meets the winner's committed row and gets its real
 * answer (a CONFLICT, say) instead of an internal error.
 */
const transientStates = new Set(["40P01", "40001"]);
const attempts = 4;

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/**
 * Runs `work` in one transaction on the request's own EntityManager, flushing before the commit.
 * The request's EntityManager is a fork that ignores MikroORM's transaction context, so with
 * `em.transactional(cb)` every store and manager still holding the request's EntityManager would
 * work outside the transaction (their writes never flushed, their locks not held). Here they are
 * all inside it. A deadlock or serialization failure runs `work` again from the start (a few
 * times, after a short random pause), so `work` must do nothing outside the database. Not
 * reentrant: a manager calls it once per write.
 */
export async function withinTransaction<T>(em: EntityManager, work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    await em.begin();
    try {
      const result = await work();
      await em.commit();
      return result;
    } catch (error) {
      await em.rollback();
      // What was staged for the failed write must not be flushed by a later one in the same request.
      em.clear();
      if (attempt >= attempts || !transientStates.has(sqlStateOf(error) ?? "")) throw error;
      await pause(attempt * (5 + Math.random() * 20));
    }
  }
}
