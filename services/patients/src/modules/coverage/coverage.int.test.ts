import { callSubgraph, testIdentity } from "@gantry/testing/internal-caller";
import { describe, expect, it } from "vitest";
import { countRows, loggedReads, type TestPatientsService, usePatientsService } from "../../../test/patients-service.ts";

let service: TestPatientsService;
let patientId: string;
usePatientsService((started) => ({ service, patientId } = started));

const addCoverage = /* GraphQL */ `
  mutation ($input: AddCoverageInput!) {
    addCoverage(input: $input) {
      id
      payer
      memberId
      status
      subscriberRelation
      period {
        start
        end
      }
      recordedBy {
        subject
      }
    }
  }
`;
const verifyCoverage = /* GraphQL */ `
  mutation ($id: ID!, $outcome: CoverageVerificationOutcome!, $note: String) {
    verifyCoverage(id: $id, outcome: $outcome, note: $note) {
      id
      verificationOutcome
      verificationNote
      verifiedAt
      verifiedBy {
        subject
        name
      }
    }
  }
`;
const validCoverage = (overrides: Record<string, unknown> = {}) => ({
  patientId,
  payer: "Northwind Health",
  memberId: "NW-1234567",
  groupNumber: "GRP-9",
  plan: "PPO Gold",
  subscriberRelation: "SELF",
  period: { start: "2026-01-01", end: "2026-12-31" },
  ...overrides,
});

describe("coverage", () => {
  it("adds, updates and verifies a coverage, recording who verified and when", async () => {
    const added = await callSubgraph<{
      addCoverage: { id: string; status: string; subscriberRelation: string; recordedBy: { subject: string } };
    }>(service.url, addCoverage, {
      input: validCoverage(),
    });
    expect(added.errors).toBeUndefined();
    expect(added.data?.addCoverage).toMatchObject({
      status: "ACTIVE",
      subscriberRelation: "SELF",
      recordedBy: { subject: "test:scheduler" },
    });
    const id = added.data?.addCoverage.id;

    const updated = await callSubgraph<{ updateCoverage: { plan: string | null; status: string } }>(
      service.url,
      `mutation ($id: ID!, $input: UpdateCoverageInput!) { updateCoverage(id: $id, input: $input) { plan status } }`,
      { id, input: { plan: null, status: "ENTERED_IN_ERROR" } },
      testIdentity("coordinator"),
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateCoverage).toEqual({ plan: null, status: "ENTERED_IN_ERROR" });

    const verified = await callSubgraph<{
      verifyCoverage: { verificationOutcome: string; verifiedAt: string; verifiedBy: { subject: string } };
    }>(service.url, verifyCoverage, {
      id,
      outcome: "NOT_ELIGIBLE",
      note: "Terminated by payer",
    });
    expect(verified.errors).toBeUndefined();
    expect(verified.data?.verifyCoverage.verificationOutcome).toBe("NOT_ELIGIBLE");
    expect(verified.data?.verifyCoverage.verifiedBy.subject).toBe("test:scheduler");
    expect(Number.isNaN(Date.parse(verified.data?.verifyCoverage.verifiedAt ?? ""))).toBe(false);
  });

  it("lists a patient's coverages only with phi:read, and logs the read", async () => {
    await callSubgraph(service.url, addCoverage, { input: validCoverage({ payer: "Listed Payer" }) });
    const query = `query ($id: ID!) { patient(id: $id) { id coverages { payer } } }`;
    const asScheduler = await callSubgraph<{ patient: { coverages: { payer: string }[] } }>(service.url, query, { id: patientId });
    expect(asScheduler.errors).toBeUndefined();
    expect(asScheduler.data?.patient.coverages.map((coverage) => coverage.payer)).toContain("Listed Payer");
    expect((await loggedReads(service, patientId))[0]).toEqual({ fields: ["coverages", "id"], actor_subject: "test:scheduler" });

    // patient(id) itself refuses these roles; another area's reference reaches the field guard.
    const viaReference = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Patient { id coverages { payer } } } }`;
    for (const role of ["manager", "integration"] as const) {
      const refused = await callSubgraph(
        service.url,
        viaReference,
        { representations: [{ __typename: "Patient", id: patientId }] },
        testIdentity(role),
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(refused.errors?.[0]?.path).toEqual(["_entities", 0, "coverages"]);
    }
  });

  it("lets only the front desk write coverages", async () => {
    const before = await countRows(service, "coverage");
    for (const role of ["technologist", "radiologist", "manager", "integration"] as const) {
      const refused = await callSubgraph(service.url, addCoverage, { input: validCoverage() }, testIdentity(role));
      expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect(await countRows(service, "coverage")).toBe(before);
  });

  it("rejects bad input with a clear message and writes nothing", async () => {
    const before = await countRows(service, "coverage");
    const cases: [Record<string, unknown>, string, string][] = [
      [validCoverage({ payer: "x".repeat(201) }), "BAD_USER_INPUT", "input.payer: must be at most 200 characters"],
      [validCoverage({ memberId: "<script>" }), "BAD_USER_INPUT", "input.memberId"],
      [validCoverage({ period: { start: "2026-12-31", end: "2026-01-01" } }), "BAD_USER_INPUT", "end must not be before start"],
      [validCoverage({ subscriberRelation: "COUSIN" }), "BAD_USER_INPUT", "SubscriberRelation"],
      [validCoverage({ status: "LAPSED" }), "BAD_USER_INPUT", "CoverageStatus"],
      [
        validCoverage({ patientId: "00000000-0000-0000-0000-000000000000" }),
        "NOT_FOUND",
        "Patient 00000000-0000-0000-0000-000000000000 was not found",
      ],
      [validCoverage({ patientId: "not-an-id" }), "NOT_FOUND", "was not found"],
    ];
    for (const [input, code, message] of cases) {
      const response = await callSubgraph(service.url, addCoverage, { input });
      expect(response.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe(code);
      expect(response.errors?.[0]?.message).toContain(message);
    }
    const unknown = await callSubgraph(service.url, verifyCoverage, { id: "00000000-0000-0000-0000-000000000001", outcome: "ELIGIBLE" });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(unknown.errors?.[0]?.message).toBe("Coverage 00000000-0000-0000-0000-000000000001 was not found.");
    expect(await countRows(service, "coverage")).toBe(before);
    expect(await countRows(service, "coverage", "verified_at is not null and verification_outcome = 'eligible'")).toBe(0);
  });
});
