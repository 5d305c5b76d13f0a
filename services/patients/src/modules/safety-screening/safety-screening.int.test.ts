import { identityFromClaims } from "@gantry/auth/identity";
import { callSubgraph, testIdentity } from "@gantry/testing/internal-caller";
import { describe, expect, it } from "vitest";
import {
  countRows,
  loggedReads,
  registerTestPatient,
  type TestPatientsService,
  usePatientsService,
} from "../../../test/patients-service.ts";

let service: TestPatientsService;
let patientId: string;
usePatientsService((started) => ({ service, patientId } = started));

const technologist = testIdentity("technologist");
const secondTechnologist = identityFromClaims({ sub: "test:technologist-2", name: "Second Technologist", roles: ["technologist"] });
if (!secondTechnologist) throw new Error("no identity for the second technologist");
const recordScreening = /* GraphQL */ `
  mutation ($input: RecordScreeningInput!) {
    recordScreening(input: $input) {
      id
      pregnancyStatus
      contrastAllergy
      egfr
      weightKg
      isExpired
      expiresAt
      recordedAt
      alerts
      mriSafety {
        pacemaker
        implants
        metalFragments
        claustrophobia
      }
      answers {
        question
        answeredAt
        answeredBy {
          subject
        }
      }
    }
  }
`;
const current = /* GraphQL */ `
  query ($id: ID!) {
    patient(id: $id) {
      currentSafetyScreening {
        id
        egfr
        alerts
        answers {
          question
          answeredBy {
            subject
          }
        }
      }
      safetyScreenings {
        id
        isExpired
      }
    }
  }
`;

interface RecordedScreening {
  id: string;
  isExpired: boolean;
  expiresAt: string;
  recordedAt: string;
  alerts: string[];
  answers: { question: string; answeredBy: { subject: string } }[];
}

describe("safety screening", () => {
  it("records answers with who and when, flags alerts, and is the current screening until it expires", async () => {
    const response = await callSubgraph<{ recordScreening: RecordedScreening }>(
      service.url,
      recordScreening,
      {
        input: {
          patientId,
          pregnancyStatus: "NOT_PREGNANT",
          contrastAllergy: true,
          priorContrastReactions: "Hives after iohexol, 2019",
          pacemaker: false,
          claustrophobia: true,
          egfr: 25,
          egfrMeasuredOn: "2026-11-01",
          weightKg: 71.5,
          validForDays: 7,
        },
      },
      technologist,
    );
    expect(response.errors).toBeUndefined();
    const screening = response.data?.recordScreening;
    expect(screening?.isExpired).toBe(false);
    expect(Date.parse(screening?.expiresAt ?? "") - Date.parse(screening?.recordedAt ?? "")).toBe(7 * 24 * 60 * 60 * 1000);
    expect(screening?.alerts).toEqual(["CONTRAST_ALLERGY", "CLAUSTROPHOBIA", "LOW_EGFR"]);
    expect(screening?.answers.map((answer) => answer.question).sort()).toEqual([
      "CLAUSTROPHOBIA",
      "CONTRAST_ALLERGY",
      "EGFR",
      "PACEMAKER",
      "PREGNANCY_STATUS",
      "PRIOR_CONTRAST_REACTIONS",
      "WEIGHT",
    ]);
    expect(new Set(screening?.answers.map((answer) => answer.answeredBy.subject))).toEqual(new Set(["test:technologist"]));

    const amended = await callSubgraph<{
      amendScreening: { egfr: number; answers: { question: string; answeredBy: { subject: string } }[] };
    }>(
      service.url,
      `mutation ($id: ID!, $input: AmendScreeningInput!) { amendScreening(id: $id, input: $input) { egfr answers { question answeredBy { subject } } } }`,
      { id: screening?.id, input: { egfr: 62, egfrMeasuredOn: "2026-11-20" } },
      secondTechnologist,
    );
    expect(amended.errors).toBeUndefined();
    expect(amended.data?.amendScreening.egfr).toBe(62);
    // Only the amended answer changes hands; the rest keep who first answered them.
    const answeredBy = Object.fromEntries(
      amended.data?.amendScreening.answers.map((answer) => [answer.question, answer.answeredBy.subject]) ?? [],
    );
    expect(answeredBy).toMatchObject({ EGFR: "test:technologist-2", WEIGHT: "test:technologist", CONTRAST_ALLERGY: "test:technologist" });

    const read = await callSubgraph<{ patient: { currentSafetyScreening: { id: string; alerts: string[] } | null } }>(
      service.url,
      current,
      { id: patientId },
      testIdentity("radiologist"),
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.patient.currentSafetyScreening?.id).toBe(screening?.id);
    expect(read.data?.patient.currentSafetyScreening?.alerts).toEqual(["CONTRAST_ALLERGY", "CLAUSTROPHOBIA"]);
    expect((await loggedReads(service, patientId))[0]).toEqual({ fields: ["id", "safetyScreenings"], actor_subject: "test:radiologist" });
  });

  it("has no current screening once the last one expired", async () => {
    const other = await registerTestPatient(service, "Expiredscreen");
    const recorded = await callSubgraph<{ recordScreening: { id: string } }>(
      service.url,
      recordScreening,
      { input: { patientId: other, latexAllergy: false } },
      technologist,
    );
    // Expiry is a fact about time; move the recorded instant into the past rather than waiting.
    await service.orm.em
      .fork()
      .getConnection()
      .execute(
        `update safety_screening set recorded_at = now() - interval '40 days', expires_at = now() - interval '10 days' where id = ?`,
        [recorded.data?.recordScreening.id],
      );
    const read = await callSubgraph<{ patient: { currentSafetyScreening: null; safetyScreenings: { isExpired: boolean }[] } }>(
      service.url,
      current,
      { id: other },
    );
    expect(read.data?.patient.currentSafetyScreening).toBeNull();
    expect(read.data?.patient.safetyScreenings).toEqual([{ id: recorded.data?.recordScreening.id, isExpired: true }]);
    const amend = await callSubgraph(
      service.url,
      `mutation ($id: ID!) { amendScreening(id: $id, input: { latexAllergy: true }) { id } }`,
      { id: recorded.data?.recordScreening.id },
      technologist,
    );
    expect(amend.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });

  it("lets only technologists record, and hides screenings without phi:read", async () => {
    const before = await countRows(service, "safety_screening");
    for (const role of ["scheduler", "coordinator", "manager", "integration"] as const) {
      const refused = await callSubgraph(service.url, recordScreening, { input: { patientId, latexAllergy: true } }, testIdentity(role));
      expect(refused.errors?.[0]?.extensions?.code, role).toBe("FORBIDDEN");
    }
    expect(await countRows(service, "safety_screening")).toBe(before);
    const hidden = await callSubgraph(service.url, current, { id: patientId }, testIdentity("manager"));
    expect(hidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("rejects bad input with a clear message and writes nothing", async () => {
    const before = await countRows(service, "safety_screening");
    const cases: [Record<string, unknown>, string, string][] = [
      [{ patientId }, "BAD_USER_INPUT", "answer at least one question"],
      [{ patientId, egfr: 250 }, "BAD_USER_INPUT", "input.egfr: must be between 0 and 200"],
      [{ patientId, weightKg: -3 }, "BAD_USER_INPUT", "input.weightKg: must be more than 0"],
      [{ patientId, egfr: 40, egfrMeasuredOn: "2999-01-01" }, "BAD_USER_INPUT", "input.egfrMeasuredOn: must not be in the future"],
      [
        { patientId, priorContrastReactions: "x".repeat(1001) },
        "BAD_USER_INPUT",
        "input.priorContrastReactions: must be at most 1000 characters",
      ],
      [{ patientId, latexAllergy: true, validForDays: 0 }, "BAD_USER_INPUT", "input.validForDays: must be between 1 and 365"],
      [{ patientId, pregnancyStatus: "SOMETIMES" }, "BAD_USER_INPUT", "PregnancyStatus"],
      [
        { patientId: "00000000-0000-0000-0000-000000000000", latexAllergy: true },
        "NOT_FOUND",
        "Patient 00000000-0000-0000-0000-000000000000 was not found",
      ],
    ];
    for (const [input, code, message] of cases) {
      const response = await callSubgraph(service.url, recordScreening, { input }, technologist);
      expect(response.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe(code);
      expect(response.errors?.[0]?.message).toContain(message);
    }
    const unknown = await callSubgraph(
      service.url,
      `mutation { amendScreening(id: "00000000-0000-0000-0000-000000000000", input: { latexAllergy: true }) { id } }`,
      {},
      technologist,
    );
    expect(unknown.errors?.[0]?.message).toBe("SafetyScreening 00000000-0000-0000-0000-000000000000 was not found.");
    expect(await countRows(service, "safety_screening")).toBe(before);
  });
});
