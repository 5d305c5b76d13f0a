import { callSubgraph, testIdentity } from "@gantry/testing/internal-caller";
import { describe, expect, it } from "vitest";
import { countRows, loggedReads, type TestPatientsService, usePatientsService } from "../../../test/patients-service.ts";

let service: TestPatientsService;
let patientId: string;
usePatientsService((started) => ({ service, patientId } = started));

const requestPriorStudies = /* GraphQL */ `
  mutation ($input: RequestPriorStudiesInput!) {
    requestPriorStudies(input: $input) {
      id
      facility
      status
      requestedAt
      requestedBy {
        subject
      }
    }
  }
`;
const markReceived = /* GraphQL */ `
  mutation ($id: ID!, $receivedAt: DateTime) {
    markPriorStudiesReceived(id: $id, receivedAt: $receivedAt) {
      id
      status
      receivedAt
      receivedBy {
        subject
      }
    }
  }
`;

describe("prior study requests", () => {
  it("requests outside priors and marks them received", async () => {
    const requested = await callSubgraph<{ requestPriorStudies: { id: string; status: string } }>(service.url, requestPriorStudies, {
      input: { patientId, facility: "St. Elsewhere Imaging", studiesDescription: "CT chest 2024" },
    });
    expect(requested.errors).toBeUndefined();
    expect(requested.data?.requestPriorStudies.status).toBe("REQUESTED");
    const id = requested.data?.requestPriorStudies.id;

    const receivedAt = new Date().toISOString();
    const received = await callSubgraph<{
      markPriorStudiesReceived: { status: string; receivedAt: string; receivedBy: { subject: string } };
    }>(service.url, markReceived, { id, receivedAt }, testIdentity("coordinator"));
    expect(received.errors).toBeUndefined();
    expect(received.data?.markPriorStudiesReceived).toEqual({
      id,
      status: "RECEIVED",
      receivedAt,
      receivedBy: { subject: "test:coordinator" },
    });
    expect((await callSubgraph(service.url, markReceived, { id })).errors?.[0]?.extensions?.code).toBe("CONFLICT");

    const other = await callSubgraph<{ requestPriorStudies: { id: string } }>(service.url, requestPriorStudies, {
      input: { patientId, facility: "County General" },
    });
    const closed = await callSubgraph<{ closePriorStudyRequest: { status: string } }>(
      service.url,
      `mutation ($id: ID!) { closePriorStudyRequest(id: $id, status: FAILED, note: "Facility has no record") { status } }`,
      { id: other.data?.requestPriorStudies.id },
    );
    expect(closed.data?.closePriorStudyRequest.status).toBe("FAILED");

    const read = await callSubgraph<{ patient: { priorStudyRequests: { facility: string; status: string }[] } }>(
      service.url,
      `query ($id: ID!) { patient(id: $id) { priorStudyRequests { facility status } } }`,
      { id: patientId },
    );
    expect(read.data?.patient.priorStudyRequests).toEqual([
      { facility: "County General", status: "FAILED" },
      { facility: "St. Elsewhere Imaging", status: "RECEIVED" },
    ]);
    expect((await loggedReads(service, patientId))[0]?.fields).toEqual(["id", "priorStudyRequests"]);
  });

  it("lets only the front desk write and PHI readers read", async () => {
    const before = await countRows(service, "prior_study_request");
    for (const role of ["technologist", "manager", "integration"] as const) {
      const refused = await callSubgraph(
        service.url,
        requestPriorStudies,
        { input: { patientId, facility: "Elsewhere" } },
        testIdentity(role),
      );
      expect(refused.errors?.[0]?.extensions?.code, role).toBe("FORBIDDEN");
    }
    expect(await countRows(service, "prior_study_request")).toBe(before);
    const hidden = await callSubgraph(
      service.url,
      `query ($id: ID!) { patient(id: $id) { priorStudyRequests { id } } }`,
      { id: patientId },
      testIdentity("manager"),
    );
    expect(hidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("rejects bad input with a clear message and writes nothing", async () => {
    const before = await countRows(service, "prior_study_request");
    const cases: [Record<string, unknown>, string, string][] = [
      [{ patientId, facility: "   " }, "BAD_USER_INPUT", "input.facility: must not be empty"],
      [{ patientId, facility: "x".repeat(201) }, "BAD_USER_INPUT", "input.facility: must be at most 200 characters"],
      [
        { patientId: "00000000-0000-0000-0000-000000000000", facility: "Elsewhere" },
        "NOT_FOUND",
        "Patient 00000000-0000-0000-0000-000000000000 was not found",
      ],
    ];
    for (const [input, code, message] of cases) {
      const response = await callSubgraph(service.url, requestPriorStudies, { input });
      expect(response.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe(code);
      expect(response.errors?.[0]?.message).toContain(message);
    }
    const pending = await callSubgraph<{ requestPriorStudies: { id: string } }>(service.url, requestPriorStudies, {
      input: { patientId, facility: "Pending Place" },
    });
    const future = await callSubgraph(service.url, markReceived, {
      id: pending.data?.requestPriorStudies.id,
      receivedAt: "2999-01-01T00:00:00Z",
    });
    expect(future.errors?.[0]?.message).toContain("arguments.receivedAt: must not be in the future");
    const beforeRequest = await callSubgraph(service.url, markReceived, {
      id: pending.data?.requestPriorStudies.id,
      receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
    });
    expect(beforeRequest.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(beforeRequest.errors?.[0]?.message).toBe("The studies cannot have been received before they were requested.");
    const badStatus = await callSubgraph(service.url, `mutation ($id: ID!) { closePriorStudyRequest(id: $id, status: RECEIVED) { id } }`, {
      id: pending.data?.requestPriorStudies.id,
    });
    expect(badStatus.errors?.[0]?.message).toContain("must be CANCELLED or FAILED");
    const unknown = await callSubgraph(service.url, markReceived, { id: "00000000-0000-0000-0000-000000000000" });
    expect(unknown.errors?.[0]?.message).toBe("PriorStudyRequest 00000000-0000-0000-0000-000000000000 was not found.");
    expect(await countRows(service, "prior_study_request")).toBe(before + 1);
    expect(await countRows(service, "prior_study_request", "id = ? and status = 'requested'", [pending.data?.requestPriorStudies.id])).toBe(
      1,
    );
  });
});
