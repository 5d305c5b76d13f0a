import type { EntityManager } from "@mikro-orm/postgresql";

/**
 * Runs `work` in one transaction on the request's own EntityManager, flushing before the commit.
 * The request's EntityManager is a fork that ignores MikroORM's transaction context, so with
 * `em.transactional(cb)` every store and manager still holding the request's EntityManager would
 * work outside the transaction (their writes never flushed, their locks not held). Here they are
 * all inside it. Not reentrant: a manager calls it once per write.
 */
export async function withinTransaction<T>(em: EntityManager, work: () => Promise<T>): Promise<T> {
  await em.begin();
  try {
    const result = await work();
    await em.commit();
    return result;
  } catch (error) {
    await em.rollback();
    // What was staged for the failed write must not be flushed by a later one in the same request.
    em.clear();
    throw error;
  }
}
