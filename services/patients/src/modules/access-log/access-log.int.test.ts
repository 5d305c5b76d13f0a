import type { GraphQLResponse } from "@gantry/testing/graphql-client";
import { callSubgraph, testIdentity } from "@gantry/testing/internal-caller";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerTestPatient, startTestPatientsService, type TestPatientsService } from "../../../test/patients-service.ts";

let service: TestPatientsService;
let patientId: string;
let otherPatientId: string;
beforeAll(async () => {
  service = await startTestPatientsService();
  patientId = await registerTestPatient(service, "Audited");
  otherPatientId = await registerTestPatient(service, "Bystander");
  // 180 past entries, seven to a timestamp (page edges fall inside ties) and with microseconds
  // (finer than JavaScript's milliseconds), alternating between two patients.
  await sql(
    `insert into phi_access_log (at, actor_subject, actor_name, actor_roles, patient_id, action, fields, purpose, request_id)
     select timestamptz '2026-11-01 08:00:00.000001+00' + (n / 7) * interval '1 minute 0.000137 second',
            'test:scheduler', 'Seeded', '{scheduler}', case when n % 2 = 0 then ?::uuid else ?::uuid end, 'read', '{name}', 'operations', 'seed-' || n
     from generate_series(1, 180) as n`,
    [patientId, otherPatientId],
  );
});
afterAll(async () => {
  await service.stop();
});

function sql<TRow>(statement: string, params: unknown[] = []): Promise<TRow[]> {
  return service.orm.em.fork().getConnection().execute<TRow[]>(statement, params);
}

/**
 * The plan PostgreSQL picks when every alternative to an index read in order is priced out: it
 * still sorts (or scans) if no index can give the log's order, which is what this test is after.
 */
async function planOf(query: string): Promise<string> {
  return service.orm.em.fork().transactional(async (em) => {
    for (const setting of ["enable_seqscan", "enable_bitmapscan", "enable_sort", "enable_incremental_sort"])
      await em.execute(`set local ${setting} = off`);
    return JSON.stringify(await em.execute(`explain (format json) ${query}`));
  });
}

const accessLog = /* GraphQL */ `
  query ($filter: AccessLogFilter, $first: Int, $after: String) {
    accessLog(filter: $filter, first: $first, after: $after) {
      nodes {
        id
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
interface LogPage {
  accessLog: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/** Walks every page, writing new entries (reads through the API and inserts) between pages. */
async function walk(filter: Record<string, unknown> | null, first: number): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const page: GraphQLResponse<LogPage> = await callSubgraph<LogPage>(
      service.url,
      accessLog,
      { filter, first, after },
      testIdentity("quality_officer"),
    );
    expect(page.errors).toBeUndefined();
    pages += 1;
    ids.push(...(page.data?.accessLog.nodes.map((node) => node.id) ?? []));
    await callSubgraph(service.url, `query ($id: ID!) { patient(id: $id) { birthDate } }`, { id: patientId });
    await sql(
      `insert into phi_access_log (at, actor_subject, actor_name, actor_roles, patient_id, action, fields, purpose, request_id)
       values (now(), 'test:other', 'Meanwhile', '{coordinator}', ?, 'read', '{phone}', 'treatment', 'meanwhile')`,
      [patientId],
    );
    if (!page.data?.accessLog.pageInfo.hasNextPage) return { ids, pages };
    after = page.data.accessLog.pageInfo.endCursor;
  }
}

describe("paging the PHI access log", () => {
  it("walks the whole log newest first with no entry repeated or skipped while entries are added", async () => {
    const before = await sql<{ id: string }>(`select id::text as id from phi_access_log as entry order by entry.at desc, entry.id desc`);
    const { ids, pages } = await walk(null, 25);
    expect(pages).toBe(Math.ceil(before.length / 25));
    expect(ids).toEqual(before.map((row) => row.id));
  });

  it("pages one patient's entries the same way", async () => {
    const before = await sql<{ id: string }>(
      `select id::text as id from phi_access_log as entry where patient_id = ? order by entry.at desc, entry.id desc`,
      [otherPatientId],
    );
    expect(before.length).toBeGreaterThan(80);
    const { ids } = await walk({ patientId: otherPatientId }, 13);
    expect(ids).toEqual(before.map((row) => row.id));
  });

  it("serves each page from an index, with no sort of the log", async () => {
    const filters: [string, string][] = [
      ["", "phi_access_log_at_id_idx"],
      [`patient_id = '${patientId}' and`, "phi_access_log_patient_at_id_idx"],
      ["actor_subject = 'test:scheduler' and", "phi_access_log_actor_at_id_idx"],
    ];
    for (const [filter, index] of filters) {
      const plan = await planOf(`select * from phi_access_log where ${filter} (at, id) < (now(), 100) order by at desc, id desc limit 26`);
      expect(plan, filter).toContain(`"Index Name":"${index}"`);
      expect(plan, filter).toContain(`"Scan Direction":"Backward"`);
      expect(plan, filter).not.toMatch(/Sort/);
    }
  });

  it("refuses a cursor it did not give out, and the log to roles without audit:read", async () => {
    for (const after of ["nonsense", Buffer.from("o:50").toString("base64url"), Buffer.from("k:1:x").toString("base64url")]) {
      const response = await callSubgraph(service.url, accessLog, { after }, testIdentity("manager"));
      expect(response.errors?.[0]?.extensions?.code, after).toBe("BAD_USER_INPUT");
    }
    const badPatient = await callSubgraph(service.url, accessLog, { filter: { patientId: "MRN123" } }, testIdentity("manager"));
    expect(badPatient.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const refused = await callSubgraph(service.url, accessLog, {}, testIdentity("scheduler"));
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("the cross-area audit trail, as this area answers it", () => {
  const trail = /* GraphQL */ `
    query ($filter: AccessLogFilter, $first: Int) {
      auditTrail(filter: $filter) {
        id
        patients(first: $first) {
          nodes {
            id
            area
            patient {
              id
            }
          }
        }
      }
    }
  `;
  interface Trail {
    auditTrail: { id: string; patients: { nodes: { id: string; area: string; patient: { id: string } }[] } };
  }

  it("answers the same entries as the area's own log, each naming its area and patient", async () => {
    const filter = { patientId: otherPatientId };
    const own = await callSubgraph<LogPage>(service.url, accessLog, { filter, first: 20 }, testIdentity("manager"));
    const answer = await callSubgraph<Trail>(service.url, trail, { filter, first: 20 }, testIdentity("manager"));
    expect(answer.errors).toBeUndefined();
    const nodes = answer.data?.auditTrail.patients.nodes ?? [];
    expect(nodes.map((node) => node.id)).toEqual(own.data?.accessLog.nodes.map((node) => node.id));
    expect(nodes.length).toBe(20);
    expect(new Set(nodes.map((node) => `${node.area}/${node.patient.id}`))).toEqual(new Set([`patients/${otherPatientId}`]));
  });

  it("checks the caller and the trail id again when the gateway fetches the area's part as an entity", async () => {
    const entities = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on AuditTrail { patients(first: 1) { nodes { id } } } } }`;
    const own = await callSubgraph<Trail>(service.url, trail, { filter: null, first: 1 }, testIdentity("manager"));
    const representations = [{ __typename: "AuditTrail", id: own.data?.auditTrail.id }];
    const refused = await callSubgraph(service.url, entities, { representations }, testIdentity("scheduler"));
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const forged = await callSubgraph(
      service.url,
      entities,
      { representations: [{ __typename: "AuditTrail", id: Buffer.from('{"patientId":1}').toString("base64url") }] },
      testIdentity("manager"),
    );
    expect(forged.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const backwards = await callSubgraph(
      service.url,
      trail,
      { filter: { from: "2026-11-02T00:00:00Z", to: "2026-11-01T00:00:00Z" } },
      testIdentity("manager"),
    );
    expect(backwards.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
