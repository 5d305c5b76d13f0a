import { callSubgraph } from "@gantry/testing/internal-caller";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPatientsService, type TestPatientsService } from "../../../test/patients-service.ts";

let service: TestPatientsService;

const register = /* GraphQL */ `
  mutation Register($input: RegisterPatientInput!) {
    registerPatient(input: $input) {
      id
      mrn
    }
  }
`;
const search = /* GraphQL */ `
  query Search($filter: PatientSearch!, $first: Int, $after: String) {
    searchPatients(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        mrn
        name {
          text
        }
        birthDate
      }
    }
  }
`;

interface SearchResult {
  searchPatients: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: { id: string; mrn: string; name: { text: string }; birthDate: string }[];
  };
}

const people = [
  { familyName: "Lindqvist", givenName: "Per", birthDate: "1961-02-03" },
  { familyName: "Lindqvist", givenName: "Ingrid", birthDate: "1964-07-19" },
  { familyName: "Lindgren", givenName: "Ada", birthDate: "1961-02-03" },
  { familyName: "LINDBERG", givenName: "Omar", birthDate: "1990-12-01" },
  { familyName: "Lin_d", givenName: "Mei", birthDate: "1975-05-05" },
  { familyName: "Okafor", givenName: "Ada", birthDate: "1961-02-03" },
];
const ids = new Map<string, { id: string; mrn: string }>();

async function find(filter: Record<string, unknown>, first?: number, after?: string) {
  const response = await callSubgraph<SearchResult>(service.url, search, { filter, first, after });
  expect(response.errors).toBeUndefined();
  return response.data?.searchPatients as SearchResult["searchPatients"];
}

beforeAll(async () => {
  service = await startTestPatientsService();
  for (const person of people) {
    const response = await callSubgraph<{ registerPatient: { id: string; mrn: string } }>(service.url, register, {
      input: { ...person, administrativeSex: "UNKNOWN", confirmNotDuplicate: true },
    });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    ids.set(`${person.familyName} ${person.givenName}`, response.data.registerPatient);
  }
});
afterAll(async () => {
  await service.stop();
});

describe("patient search", () => {
  it("finds by family-name prefix in any case, ordered by name, with the total", async () => {
    const result = await find({ familyName: "lind" });
    expect(result.nodes.map((node) => node.name.text)).toEqual(["LINDBERG, Omar", "Lindgren, Ada", "Lindqvist, Ingrid", "Lindqvist, Per"]);
    expect(result.totalCount).toBe(4);
  });

  it("narrows by given name and birth date, and finds by MRN", async () => {
    expect((await find({ familyName: "lind", birthDate: "1961-02-03" })).nodes.map((node) => node.name.text)).toEqual([
      "Lindgren, Ada",
      "Lindqvist, Per",
    ]);
    expect((await find({ familyName: "lindq", givenName: "in" })).nodes.map((node) => node.name.text)).toEqual(["Lindqvist, Ingrid"]);
    const okafor = ids.get("Okafor Ada");
    const byMrn = await find({ mrn: okafor?.mrn });
    expect(byMrn.nodes.map((node) => node.id)).toEqual([okafor?.id]);
    expect(byMrn.totalCount).toBe(1);
  });

  it("treats LIKE wildcards typed by the user as letters", async () => {
    expect((await find({ familyName: "lin_" })).nodes.map((node) => node.name.text)).toEqual(["Lin_d, Mei"]);
    expect((await find({ familyName: "%" })).totalCount).toBe(0);
  });

  it("pages with a cursor and keeps the total on every page, also past the end", async () => {
    const first = await find({ familyName: "lin" }, 2);
    expect(first.nodes).toHaveLength(2);
    expect(first.totalCount).toBe(5);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await find({ familyName: "lin" }, 2, first.pageInfo.endCursor ?? undefined);
    const third = await find({ familyName: "lin" }, 2, second.pageInfo.endCursor ?? undefined);
    expect(third.nodes).toHaveLength(1);
    expect(third.pageInfo.hasNextPage).toBe(false);
    const seen = [...first.nodes, ...second.nodes, ...third.nodes].map((node) => node.id);
    expect(new Set(seen).size).toBe(5);
    const beyond = await find({ familyName: "lin" }, 2, Buffer.from("o:40").toString("base64url"));
    expect(beyond.nodes).toEqual([]);
    expect(beyond.totalCount).toBe(5);
  });

  it("hides a merged duplicate unless asked to include merged records", async () => {
    const survivor = ids.get("Lindqvist Per")?.id;
    const duplicate = ids.get("Lindgren Ada")?.id;
    const merged = await callSubgraph(
      service.url,
      `mutation ($survivor: ID!, $duplicate: ID!) { mergePatients(survivorId: $survivor, duplicateId: $duplicate, reason: "Same person registered twice") { id } }`,
      { survivor, duplicate },
    );
    expect(merged.errors).toBeUndefined();
    expect((await find({ familyName: "lindg" })).totalCount).toBe(0);
    expect((await find({ familyName: "lindg", includeMerged: true })).nodes.map((node) => node.id)).toEqual([duplicate]);
  });
});
