import { callSubgraph, testIdentity } from "@gantry/testing/internal-caller";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStaffService, type TestStaffService } from "../../../test/staff-service.ts";

let service: TestStaffService;
beforeAll(async () => {
  service = await startTestStaffService();
});
afterAll(async () => {
  await service.stop();
});

const addStaffMember = /* GraphQL */ `
  mutation ($input: AddStaffMemberInput!) {
    addStaffMember(input: $input) {
      id
      employeeId
      name {
        text
      }
      role
      npi
      modalities
    }
  }
`;

describe("staff directory", () => {
  it("adds a radiologist with a valid NPI and refuses one without", async () => {
    const added = await service.call<{ addStaffMember: { employeeId: string; name: { text: string }; role: string; npi: string } }>(
      addStaffMember,
      {
        input: { employeeId: "r-0001", familyName: "Mensah", givenName: "Kwame", role: "RADIOLOGIST", npi: "1234567893" },
      },
    );
    expect(added.errors).toBeUndefined();
    expect(added.data?.addStaffMember).toMatchObject({
      employeeId: "R-0001",
      name: { text: "Kwame Mensah" },
      role: "RADIOLOGIST",
      npi: "1234567893",
    });

    const before = await service.count("staff_member");
    const missing = await service.call(addStaffMember, {
      input: { employeeId: "R-0002", familyName: "Ito", givenName: "Hana", role: "RADIOLOGIST" },
    });
    expect(missing.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(missing.errors?.[0]?.message).toContain("input.npi");
    const badCheckDigit = await service.call(addStaffMember, {
      input: { employeeId: "R-0003", familyName: "Ito", givenName: "Hana", role: "RADIOLOGIST", npi: "1234567890" },
    });
    expect(badCheckDigit.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const duplicate = await service.call(addStaffMember, {
      input: { employeeId: "R-0001", familyName: "Ito", givenName: "Hana", role: "NURSE" },
    });
    expect(duplicate.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await service.count("staff_member")).toBe(before);
  });

  it("searches the directory by name prefix, role and modality, paginated", async () => {
    for (const givenName of ["Alma", "Alba", "Alva"])
      await service.addStaffMember({ familyName: "Directory", givenName, role: "SONOGRAPHER", modalities: ["US"] });
    await service.addStaffMember({ familyName: "Directory", givenName: "Xavier", role: "NURSE" });
    const query = `query ($search: String, $role: StaffRole, $modality: Modality, $after: String) {
      staffDirectory(search: $search, role: $role, modality: $modality, first: 2, after: $after) { totalCount nodes { name { given } } pageInfo { hasNextPage endCursor } }
    }`;
    type Answer = {
      staffDirectory: { totalCount: number; nodes: { name: { given: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    };
    const page = await service.call<Answer>(query, { search: "direc", role: "SONOGRAPHER", modality: "US" }, "technologist");
    expect(page.errors).toBeUndefined();
    expect(page.data?.staffDirectory.totalCount).toBe(3);
    expect(page.data?.staffDirectory.nodes.map((node) => node.name.given)).toEqual(["Alba", "Alma"]);
    const next = await service.call<Answer>(
      query,
      { search: "direc", role: "SONOGRAPHER", after: page.data?.staffDirectory.pageInfo.endCursor },
      "technologist",
    );
    expect(next.data?.staffDirectory.nodes.map((node) => node.name.given)).toEqual(["Alva"]);
    expect(next.data?.staffDirectory.pageInfo.hasNextPage).toBe(false);
  });

  it("lets every department role read the directory, and an integration only with staff:read", async () => {
    const query = `{ staffDirectory(first: 1) { totalCount } }`;
    for (const role of [
      "scheduler",
      "technologist",
      "radiologist",
      "coordinator",
      "manager",
      "quality_officer",
      "administrator",
    ] as const) {
      expect((await service.call(query, {}, role)).errors, role).toBeUndefined();
    }
    const plain = await service.call(query, {}, "integration");
    expect(plain.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const granted = await callSubgraph(service.url, query, {}, testIdentity("integration", ["staff:read"]));
    expect(granted.errors).toBeUndefined();
    const outsider = await callSubgraph(service.url, query, {}, null);
    expect(outsider.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("resolves 100 StaffMember entities for the gateway with one SQL query", async () => {
    const ids: string[] = [];
    await service.orm.em.fork().transactional(async (em) => {
      const rows = await em.execute<{ id: string }[]>(
        `insert into staff_member (id, employee_id, family_name, given_name, role, active, modalities, created_at, updated_at)
         select gen_random_uuid(), 'B' || lpad(n::text, 5, '0'), 'Batch', 'Person ' || n, 'technologist', true, '{ct}', now(), now()
         from generate_series(1, 100) as n returning id`,
      );
      ids.push(...rows.map((row) => row.id));
    });
    service.statements.length = 0;
    const response = await service.call<{ _entities: { id: string; name: { text: string } }[] }>(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on StaffMember { id name { text } role modalities } } }`,
      { representations: ids.map((id) => ({ __typename: "StaffMember", id })) },
      "scheduler",
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?._entities.map((entity) => entity.id)).toEqual(ids);
    expect(service.statements).toHaveLength(1);
    expect(service.statements[0]).toMatch(/from "staff_member"/);

    const asIntegration = await service.call(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on StaffMember { id } } }`,
      { r: [{ __typename: "StaffMember", id: ids[0] }] },
      "integration",
    );
    expect(asIntegration.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("links a sign-in account to one staff record, which that person then finds as their own", async () => {
    const added = await service.call<{ addStaffMember: { id: string } }>(addStaffMember, {
      input: { employeeId: "T-LINK-1", familyName: "Osei", givenName: "Ama", role: "TECHNOLOGIST", modalities: ["CT"] },
    });
    const id = added.data?.addStaffMember.id;
    const mine = `{ myStaffRecord { id signInLinked } }`;
    const link = `mutation ($id: ID!, $subject: String) { linkSignInAccount(staffMemberId: $id, signInSubject: $subject) { id signInLinked } }`;
    // Nobody is linked yet: the technologist has no record of their own.
    expect((await callSubgraph(service.url, mine, {}, testIdentity("technologist"))).data).toEqual({ myStaffRecord: null });
    // Only the staff office links accounts.
    const refused = await callSubgraph(service.url, link, { id, subject: "test:technologist" }, testIdentity("technologist"));
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const linked = await service.call(link, { id, subject: "test:technologist" });
    expect(linked.data).toEqual({ linkSignInAccount: { id, signInLinked: true } });
    expect((await callSubgraph(service.url, mine, {}, testIdentity("technologist"))).data).toEqual({
      myStaffRecord: { id, signInLinked: true },
    });
    // One record per account: linking it to someone else is a CONFLICT, and nothing moves.
    const other = await service.call<{ addStaffMember: { id: string } }>(addStaffMember, {
      input: { employeeId: "T-LINK-2", familyName: "Boateng", givenName: "Kofi", role: "TECHNOLOGIST" },
    });
    const twice = await service.call(link, { id: other.data?.addStaffMember.id, subject: "test:technologist" });
    expect(twice.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const blank = await service.call(link, { id, subject: "  " });
    expect(blank.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    // Unlinked, the record is nobody's again.
    await service.call(link, { id, subject: null });
    expect((await callSubgraph(service.url, mine, {}, testIdentity("technologist"))).data).toEqual({ myStaffRecord: null });
  });
});
