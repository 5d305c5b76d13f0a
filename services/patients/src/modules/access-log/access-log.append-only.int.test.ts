import { describe, expect, it } from "vitest";
import { countRows, loggedReads, type TestPatientsService, usePatientsService } from "../../../test/patients-service.ts";

let service: TestPatientsService;
let patientId: string;
usePatientsService((started) => ({ service, patientId } = started));

/** Runs SQL on the connection the service's requests use. */
async function asTheService(sql: string): Promise<unknown> {
  return service.orm.em.fork().getConnection().execute(sql);
}

describe("the PHI access log cannot be switched off by the service itself", () => {
  it("runs requests as a role that is neither superuser nor owner of the tables", async () => {
    const [role] = (await asTheService(
      `select current_user as name, r.rolsuper as superuser, r.rolbypassrls as bypass,
              (select count(*)::int from pg_tables where schemaname = 'public' and tableowner = current_user) as owned
       from pg_roles r where r.rolname = current_user`,
    )) as { name: string; superuser: boolean; bypass: boolean; owned: number }[];
    expect(role).toMatchObject({ superuser: false, bypass: false, owned: 0 });
    expect(role?.name).toMatch(/_app$/);
  });

  it.each([
    ["disable its trigger", "alter table phi_access_log disable trigger phi_access_log_append_only"],
    ["skip triggers by replication mode", "set session_replication_role = replica"],
    ["drop it", "drop table phi_access_log"],
    ["empty it", "truncate phi_access_log"],
    ["rewrite its rows", "update phi_access_log set actor_subject = 'nobody'"],
    ["delete its rows", "delete from phi_access_log"],
    ["drop the trigger function", "drop function phi_access_log_refuse_change() cascade"],
  ])("refuses to %s", async (_what, sql) => {
    const entriesBefore = await countRows(service, "phi_access_log");
    await expect(asTheService(sql)).rejects.toThrow();
    expect(await countRows(service, "phi_access_log")).toBe(entriesBefore);
    expect(entriesBefore).toBeGreaterThan(0);
  });

  it("still appends: a read through the API is logged", async () => {
    const before = (await loggedReads(service, patientId)).length;
    const response = await service.call(`query ($id: ID!) { patient(id: $id) { name { text } } }`, { id: patientId });
    expect(response.errors).toBeUndefined();
    expect((await loggedReads(service, patientId)).length).toBeGreaterThan(before);
  });
});
