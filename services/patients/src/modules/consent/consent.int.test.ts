import { callSubgraph, testIdentity } from "@gantry/testing/internal-caller";
import { describe, expect, it } from "vitest";
import { countRows, loggedReads, type TestPatientsService, usePatientsService } from "../../../test/patients-service.ts";

let service: TestPatientsService;
let patientId: string;
usePatientsService((started) => ({ service, patientId } = started));

const recordConsent = /* GraphQL */ `
  mutation ($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      id
      kind
      status
      signedAt
      signedBy {
        name
        relationship
      }
      recordedBy {
        subject
      }
    }
  }
`;
const revokeConsent = /* GraphQL */ `
  mutation ($id: ID!, $reason: String!) {
    revokeConsent(id: $id, reason: $reason) {
      id
      status
      revokedAt
      revokedBy {
        subject
      }
      revocationReason
    }
  }
`;
const signed = { signedAt: "2026-11-20T09:15:00Z", signedBy: { name: "Maria Guardian", relationship: "GUARDIAN" } };

describe("consent", () => {
  it("records a signed consent and revokes it, keeping who did each", async () => {
    const recorded = await callSubgraph<{
      recordConsent: { id: string; status: string; signedBy: { relationship: string }; recordedBy: { subject: string } };
    }>(
      service.url,
      recordConsent,
      { input: { patientId, kind: "CONTRAST", orderReference: "ACC-77", ...signed } },
      testIdentity("technologist"),
    );
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.recordConsent).toMatchObject({
      status: "ACTIVE",
      signedBy: { relationship: "GUARDIAN" },
      recordedBy: { subject: "test:technologist" },
    });

    const revoked = await callSubgraph<{ revokeConsent: { status: string; revokedBy: { subject: string }; revocationReason: string } }>(
      service.url,
      revokeConsent,
      {
        id: recorded.data?.recordConsent.id,
        reason: "Patient withdrew consent by phone",
      },
    );
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data?.revokeConsent).toMatchObject({
      status: "REVOKED",
      revokedBy: { subject: "test:scheduler" },
      revocationReason: "Patient withdrew consent by phone",
    });

    const again = await callSubgraph(service.url, revokeConsent, { id: recorded.data?.recordConsent.id, reason: "twice" });
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");

    const draft = await callSubgraph<{ recordConsent: { status: string; signedBy: null } }>(service.url, recordConsent, {
      input: { patientId, kind: "PRIVACY_NOTICE", status: "DRAFT" },
    });
    expect(draft.data?.recordConsent).toMatchObject({ status: "DRAFT", signedBy: null });

    const read = await callSubgraph<{ patient: { consents: { kind: string; status: string }[] } }>(
      service.url,
      `query ($id: ID!) { patient(id: $id) { consents { kind status } } }`,
      { id: patientId },
    );
    expect(read.data?.patient.consents).toEqual([
      { kind: "PRIVACY_NOTICE", status: "DRAFT" },
      { kind: "CONTRAST", status: "REVOKED" },
    ]);
    expect((await loggedReads(service, patientId))[0]?.fields).toEqual(["consents", "id"]);
  });

  it("limits who records consents and who reads them", async () => {
    const before = await countRows(service, "consent");
    for (const role of ["radiologist", "manager", "quality_officer", "integration"] as const) {
      const refused = await callSubgraph(
        service.url,
        recordConsent,
        { input: { patientId, kind: "PROCEDURE", ...signed } },
        testIdentity(role),
      );
      expect(refused.errors?.[0]?.extensions?.code, role).toBe("FORBIDDEN");
    }
    expect(await countRows(service, "consent")).toBe(before);
    const hidden = await callSubgraph(
      service.url,
      `query ($id: ID!) { patient(id: $id) { consents { id } } }`,
      { id: patientId },
      testIdentity("integration"),
    );
    expect(hidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("rejects bad input with a clear message and writes nothing", async () => {
    const before = await countRows(service, "consent");
    const cases: [Record<string, unknown>, string, string][] = [
      [{ patientId, kind: "PROCEDURE" }, "BAD_USER_INPUT", "input.signedAt: a signed or refused consent needs the time of signing"],
      [{ patientId, kind: "PROCEDURE", status: "REVOKED", ...signed }, "BAD_USER_INPUT", "use revokeConsent"],
      [
        { patientId, kind: "PROCEDURE", ...signed, signedAt: "2999-01-01T00:00:00Z" },
        "BAD_USER_INPUT",
        "input.signedAt: must not be in the future",
      ],
      [
        { patientId, kind: "PROCEDURE", ...signed, signedBy: { name: "x".repeat(201), relationship: "SELF" } },
        "BAD_USER_INPUT",
        "input.signedBy.name: must be at most 200 characters",
      ],
      [{ patientId, kind: "TATTOO", ...signed }, "BAD_USER_INPUT", "ConsentKind"],
      [
        { patientId: "00000000-0000-0000-0000-000000000000", kind: "PROCEDURE", ...signed },
        "NOT_FOUND",
        "Patient 00000000-0000-0000-0000-000000000000 was not found",
      ],
    ];
    for (const [input, code, message] of cases) {
      const response = await callSubgraph(service.url, recordConsent, { input });
      expect(response.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe(code);
      expect(response.errors?.[0]?.message).toContain(message);
    }
    const unknown = await callSubgraph(service.url, revokeConsent, { id: "00000000-0000-0000-0000-000000000000", reason: "mistake" });
    expect(unknown.errors?.[0]?.message).toBe("Consent 00000000-0000-0000-0000-000000000000 was not found.");
    expect(await countRows(service, "consent")).toBe(before);
    expect(await countRows(service, "consent", "revoked_at is not null")).toBe(1);
  });
});
