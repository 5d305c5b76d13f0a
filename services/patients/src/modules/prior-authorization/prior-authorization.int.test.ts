import { callSubgraph, testIdentity } from "@gantry/testing/internal-caller";
import { describe, expect, it } from "vitest";
import { countRows, loggedReads, type TestPatientsService, usePatientsService } from "../../../test/patients-service.ts";

let service: TestPatientsService;
let patientId: string;
usePatientsService((started) => ({ service, patientId } = started));

const requestAuthorization = /* GraphQL */ `
  mutation ($input: RequestPriorAuthorizationInput!) {
    requestPriorAuthorization(input: $input) {
      id
      status
      requestedBy {
        subject
      }
    }
  }
`;
const decide = /* GraphQL */ `
  mutation ($id: ID!, $input: PriorAuthorizationDecisionInput!) {
    recordPriorAuthorizationDecision(id: $id, input: $input) {
      id
      status
      payerReference
      validFrom
      validUntil
      decidedBy {
        subject
      }
    }
  }
`;
const check = /* GraphQL */ `
  query ($patientId: ID!, $procedureCode: String!, $on: Date!) {
    priorAuthorizationCheck(patientId: $patientId, procedureCode: $procedureCode, on: $on) {
      authorized
      authorization {
        id
        payerReference
      }
    }
  }
`;

async function requested(orderReference: string, procedureCode = "MRI-BRAIN-WO"): Promise<string> {
  const response = await callSubgraph<{ requestPriorAuthorization: { id: string } }>(service.url, requestAuthorization, {
    input: { patientId, orderReference, procedureCode },
  });
  const id = response.data?.requestPriorAuthorization.id;
  if (!id) throw new Error(JSON.stringify(response.errors));
  return id;
}

describe("prior authorization", () => {
  it("is requested, approved for a window, and answers the scheduling check only inside that window", async () => {
    const id = await requested("ACC-1001");
    const approved = await callSubgraph<{
      recordPriorAuthorizationDecision: { status: string; payerReference: string; decidedBy: { subject: string } };
    }>(
      service.url,
      decide,
      { id, input: { status: "APPROVED", payerReference: "PA-778899", validFrom: "2026-11-01", validUntil: "2026-12-15" } },
      testIdentity("coordinator"),
    );
    expect(approved.errors).toBeUndefined();
    expect(approved.data?.recordPriorAuthorizationDecision).toMatchObject({
      status: "APPROVED",
      payerReference: "PA-778899",
      decidedBy: { subject: "test:coordinator" },
    });

    const inside = await callSubgraph<{ priorAuthorizationCheck: { authorized: boolean; authorization: { id: string } | null } }>(
      service.url,
      check,
      {
        patientId,
        procedureCode: "MRI-BRAIN-WO",
        on: "2026-12-15",
      },
    );
    expect(inside.data?.priorAuthorizationCheck).toEqual({ authorized: true, authorization: { id, payerReference: "PA-778899" } });
    for (const [procedureCode, on] of [
      ["MRI-BRAIN-WO", "2026-12-16"],
      ["MRI-BRAIN-WO", "2026-10-31"],
      ["CT-HEAD-WO", "2026-12-01"],
    ]) {
      const outside = await callSubgraph<{ priorAuthorizationCheck: { authorized: boolean } }>(service.url, check, {
        patientId,
        procedureCode,
        on,
      });
      expect(outside.data?.priorAuthorizationCheck.authorized, `${procedureCode} ${on}`).toBe(false);
    }
    expect((await loggedReads(service, patientId))[0]?.fields).toEqual(["priorAuthorizationCheck"]);

    const field = await callSubgraph<{
      patient: { approvedPriorAuthorization: { id: string } | null; priorAuthorizations: { id: string }[] };
    }>(
      service.url,
      `query ($id: ID!) { patient(id: $id) { approvedPriorAuthorization(procedureCode: "MRI-BRAIN-WO", on: "2026-11-20") { id } priorAuthorizations { id } } }`,
      { id: patientId },
      testIdentity("technologist"),
    );
    expect(field.errors).toBeUndefined();
    expect(field.data?.patient.approvedPriorAuthorization?.id).toBe(id);
    expect((await loggedReads(service, patientId))[0]).toEqual({
      fields: ["id", "priorAuthorizations"],
      actor_subject: "test:technologist",
    });
  });

  it("does not count a denied or expired authorization", async () => {
    const denied = await requested("ACC-2001", "CT-CHEST-W");
    expect(
      (await callSubgraph(service.url, decide, { id: denied, input: { status: "DENIED", note: "Not medically necessary" } })).errors,
    ).toBeUndefined();
    const lapsed = await requested("ACC-2002", "CT-CHEST-W");
    await callSubgraph(service.url, decide, {
      id: lapsed,
      input: { status: "APPROVED", validFrom: "2026-01-01", validUntil: "2027-01-01" },
    });
    expect((await callSubgraph(service.url, decide, { id: lapsed, input: { status: "EXPIRED" } })).errors).toBeUndefined();
    const result = await callSubgraph<{ priorAuthorizationCheck: { authorized: boolean } }>(service.url, check, {
      patientId,
      procedureCode: "CT-CHEST-W",
      on: "2026-06-01",
    });
    expect(result.data?.priorAuthorizationCheck.authorized).toBe(false);

    const reopened = await callSubgraph(service.url, decide, {
      id: denied,
      input: { status: "APPROVED", validFrom: "2026-01-01", validUntil: "2026-02-01" },
    });
    expect(reopened.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });

  it("limits writes to the front desk and the check to PHI readers", async () => {
    const before = await countRows(service, "prior_authorization");
    for (const role of ["technologist", "manager", "integration"] as const) {
      const refused = await callSubgraph(
        service.url,
        requestAuthorization,
        { input: { patientId, orderReference: "ACC-3001", procedureCode: "US-ABD" } },
        testIdentity(role),
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect(await countRows(service, "prior_authorization")).toBe(before);
    const integration = await callSubgraph(
      service.url,
      check,
      { patientId, procedureCode: "US-ABD", on: "2026-06-01" },
      testIdentity("integration"),
    );
    expect(integration.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("rejects bad input with a clear message and writes nothing", async () => {
    const id = await requested("ACC-4001", "XR-CHEST");
    const before = await countRows(service, "prior_authorization");
    const requests: [Record<string, unknown>, string, string][] = [
      [
        { patientId, orderReference: "x".repeat(65), procedureCode: "XR" },
        "BAD_USER_INPUT",
        "input.orderReference: must be at most 64 characters",
      ],
      [{ patientId, orderReference: "ACC 1; drop", procedureCode: "XR" }, "BAD_USER_INPUT", "input.orderReference"],
      [
        { patientId: "00000000-0000-0000-0000-000000000000", orderReference: "ACC-9", procedureCode: "XR" },
        "NOT_FOUND",
        "Patient 00000000-0000-0000-0000-000000000000 was not found",
      ],
      [{ patientId, orderReference: "ACC-4001", procedureCode: "XR-CHEST" }, "CONFLICT", "already has a requested authorization"],
    ];
    for (const [input, code, message] of requests) {
      const response = await callSubgraph(service.url, requestAuthorization, { input });
      expect(response.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe(code);
      expect(response.errors?.[0]?.message).toContain(message);
    }
    const decisions: [string, Record<string, unknown>, string, string][] = [
      [id, { status: "APPROVED", validFrom: "2026-05-01" }, "BAD_USER_INPUT", "input.validUntil: an approval needs the last valid day"],
      [
        id,
        { status: "APPROVED", validFrom: "2026-05-01", validUntil: "2026-04-01" },
        "BAD_USER_INPUT",
        "input.validUntil: must not be before validFrom",
      ],
      [id, { status: "REQUESTED" }, "BAD_USER_INPUT", "a decision is APPROVED, DENIED or EXPIRED"],
      [id, { status: "MAYBE" }, "BAD_USER_INPUT", "PriorAuthorizationStatus"],
      [id, { status: "APPROVED", validFrom: "2026-02-30", validUntil: "2026-03-01" }, "BAD_USER_INPUT", "YYYY-MM-DD"],
      [
        "00000000-0000-0000-0000-000000000000",
        { status: "DENIED" },
        "NOT_FOUND",
        "PriorAuthorization 00000000-0000-0000-0000-000000000000 was not found.",
      ],
    ];
    for (const [target, input, code, message] of decisions) {
      const response = await callSubgraph(service.url, decide, { id: target, input });
      expect(response.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe(code);
      expect(response.errors?.[0]?.message).toContain(message);
    }
    expect(await countRows(service, "prior_authorization")).toBe(before);
    expect(await countRows(service, "prior_authorization", "id = ? and status = 'requested' and decided_at is null", [id])).toBe(1);
  });
});
