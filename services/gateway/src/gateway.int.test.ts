import { areas } from "@gantry/areas/areas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFederatedStack, type FederatedStack } from "../test/federated-stack.ts";

let stack: FederatedStack;
beforeAll(async () => {
  stack = await startFederatedStack();
});
afterAll(async () => {
  await stack?.stop();
});

const registerPatient = /* GraphQL */ `
  mutation ($input: RegisterPatientInput!) {
    registerPatient(input: $input) {
      id
      mrn
    }
  }
`;

describe("gateway", () => {
  it("refuses a call without a token with UNAUTHENTICATED", async () => {
    const response = await stack.call(`{ searchPatients(filter: { familyName: "A" }) { totalCount } }`, {}, null);
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses a forged token", async () => {
    const response = await fetch(`${stack.gatewayUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(response.status).toBe(401);
  });

  it("issues a token for a demo account with one HTTP call and refuses a wrong password", async () => {
    const good = await fetch(`${stack.gatewayUrl}/auth/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "scheduler", password: "gantry-demo" }),
    });
    expect(good.status).toBe(200);
    expect(((await good.json()) as { token_type: string }).token_type).toBe("Bearer");
    const bad = await fetch(`${stack.gatewayUrl}/auth/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "scheduler", password: "nope" }),
    });
    expect(bad.status).toBe(401);
  });

  it("registers and finds a patient through the gateway, and logs the PHI read", async () => {
    const created = await stack.call<{ registerPatient: { id: string; mrn: string } }>(registerPatient, {
      input: { familyName: "Haddad", givenName: "Rana", birthDate: "1991-07-14", administrativeSex: "FEMALE" },
    });
    expect(created.errors).toBeUndefined();
    const found = await stack.call<{ searchPatients: { nodes: { id: string; name: { text: string } }[] } }>(
      `query ($filter: PatientSearch!) { searchPatients(filter: $filter) { totalCount nodes { id name { text } } } }`,
      { filter: { familyName: "hadd", birthDate: "1991-07-14" } },
    );
    expect(found.data?.searchPatients.nodes.map((node) => node.name.text)).toEqual(["Haddad, Rana"]);

    const log = await stack.call<{ accessLog: { nodes: { action: string; fields: string[]; actorName: string }[] } }>(
      `query ($id: ID!) { accessLog(filter: { patientId: $id }) { nodes { action fields actorName } } }`,
      { id: created.data?.registerPatient.id },
      "admin",
    );
    expect(log.errors).toBeUndefined();
    expect(log.data?.accessLog.nodes).toContainEqual({ action: "READ", fields: ["name"], actorName: "Sam Scheduler" });
    expect(log.data?.accessLog.nodes.some((entry) => entry.action === "CREATE")).toBe(true);
  });

  it("refuses patient lookups to roles without PHI access, whatever fields they ask for", async () => {
    const created = await stack.call<{ registerPatient: { id: string } }>(registerPatient, {
      input: { familyName: "Novak", givenName: "Ivo", birthDate: "1970-01-20", administrativeSex: "MALE" },
    });
    const id = created.data?.registerPatient.id;
    // Even `id active` would confirm that a record exists: a lookup is a PHI read.
    for (const username of ["manager", "admin", "integration"]) {
      const lookup = await stack.call(`query ($id: ID!) { patient(id: $id) { id active } }`, { id }, username);
      expect(lookup.errors?.[0]?.extensions?.code, username).toBe("FORBIDDEN");
      expect(lookup.data?.patient ?? null, username).toBeNull();
    }
    const asRadiologist = await stack.call<{ patient: { id: string } | null }>(
      `query ($id: ID!) { patient(id: $id) { id } }`,
      { id },
      "radiologist",
    );
    expect(asRadiologist.data?.patient?.id).toBe(id);
  });

  it("answers bad input with BAD_USER_INPUT and writes nothing", async () => {
    const before = await stack.call<{ searchPatients: { totalCount: number } }>(
      `{ searchPatients(filter: { birthDate: "1960-02-02" }) { totalCount } }`,
    );
    const unknownEnum = await stack.call(registerPatient, {
      input: { familyName: "Enum", givenName: "Eve", birthDate: "1960-02-02", administrativeSex: "BANANA" },
    });
    expect(unknownEnum.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const badMrn = await stack.call(registerPatient, {
      input: { mrn: "12-ab", familyName: "Enum", givenName: "Eve", birthDate: "1960-02-02", administrativeSex: "FEMALE" },
    });
    expect(badMrn.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(badMrn.errors?.[0]?.message).toMatch(/MRN/);
    const after = await stack.call<{ searchPatients: { totalCount: number } }>(
      `{ searchPatients(filter: { birthDate: "1960-02-02" }) { totalCount } }`,
    );
    expect(after.data?.searchPatients.totalCount).toBe(before.data?.searchPatients.totalCount);
  });

  it("passes on the errors of a subgraph that refuses a variable with HTTP 400", async () => {
    // The gateway cannot check a custom scalar (it only knows its name); the patients area can.
    const response = await stack.call(`query ($birthDate: Date!) { searchPatients(filter: { birthDate: $birthDate }) { totalCount } }`, {
      birthDate: "14/07/1991",
    });
    expect(response.errors, JSON.stringify(response)).toHaveLength(1);
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
  });

  it("refuses queries past the depth and alias limits", async () => {
    const deep = await stack.call(
      `{ patient(id: "00000000-0000-0000-0000-000000000000") { mergedInto { mergedInto { mergedInto { mergedInto { mergedInto { mergedInto { mergedInto { mergedInto { mergedInto { mergedInto { mergedInto { mergedInto { id } } } } } } } } } } } } } }`,
    );
    expect(deep.errors?.[0]?.extensions?.code, JSON.stringify(deep)).toBe("BAD_USER_INPUT");
    const aliases = Array.from({ length: 40 }, (_, index) => `a${index}: patient(id: "00000000-0000-0000-0000-000000000000") { id }`).join(
      " ",
    );
    const aliased = await stack.call(`{ ${aliases} }`);
    expect(aliased.errors?.[0]?.extensions?.code, JSON.stringify(aliased)).toBe("BAD_USER_INPUT");
  });

  it("blocks cross-site simple requests (CSRF prevention)", async () => {
    const response = await fetch(`${stack.gatewayUrl}/graphql?query=${encodeURIComponent("{ __typename }")}`);
    expect(response.status).toBe(400);
  });

  it("reports subgraph health in its readiness", async () => {
    const response = await fetch(`${stack.gatewayUrl}/health/ready`);
    expect(response.status).toBe(200);
    const everyArea = Object.fromEntries(areas.map((area) => [area.name, true]));
    expect(((await response.json()) as { checks: Record<string, boolean> }).checks).toEqual(everyArea);
  });
});
