import { callSubgraph, testIdentity } from "@gantry/testing/internal-caller";
import { callGateway } from "@gantry/testing/graphql-client";
import type { PatientSample } from "./patient-samples.ts";

export interface Scenario {
  name: string;
  request(client: number, iteration: number): Promise<boolean>;
}

const searchByName = /* GraphQL */ `
  query BenchSearch($filter: PatientSearch!) {
    searchPatients(filter: $filter, first: 25) {
      totalCount
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
const byMrn = /* GraphQL */ `
  query BenchByMrn($mrn: String!) {
    patientByMrn(mrn: $mrn) {
      id
      mrn
      name {
        text
      }
      birthDate
      administrativeSex
    }
  }
`;
const entities = /* GraphQL */ `
  query BenchEntities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Patient {
        id
        mrn
        name {
          text
        }
      }
    }
  }
`;

/** What the front desk does all day, plus the fetch the gateway makes when another area references patients. */
export function patientScenarios(options: {
  gatewayUrl: string;
  patientsUrl: string;
  token: string;
  samples: PatientSample[];
}): Scenario[] {
  const { gatewayUrl, token, samples } = options;
  const pick = (client: number, iteration: number) => samples[(client * 7919 + iteration) % samples.length] as PatientSample;
  const ok = (response: { status: number; errors?: unknown[] }) => response.status === 200 && !response.errors;
  const identity = testIdentity("scheduler");
  return [
    {
      name: "search: family-name prefix + birth date (gateway)",
      async request(client, iteration) {
        const patient = pick(client, iteration);
        const filter = { familyName: patient.familyName.slice(0, 3), birthDate: patient.birthDate };
        return ok(await callGateway(gatewayUrl, searchByName, { filter }, { token }));
      },
    },
    {
      name: "search: family-name prefix, first page of 25 (gateway)",
      async request(client, iteration) {
        const patient = pick(client, iteration);
        return ok(await callGateway(gatewayUrl, searchByName, { filter: { familyName: patient.familyName.slice(0, 4) } }, { token }));
      },
    },
    {
      name: "lookup: patient by MRN (gateway)",
      async request(client, iteration) {
        return ok(await callGateway(gatewayUrl, byMrn, { mrn: pick(client, iteration).mrn }, { token }));
      },
    },
    {
      name: "entities: 100 Patient references in one _entities fetch (subgraph, as the gateway calls it)",
      async request(client, iteration) {
        const representations = Array.from({ length: 100 }, (_, offset) => ({
          __typename: "Patient",
          id: pick(client, iteration * 100 + offset).id,
        }));
        return ok(await callSubgraph(options.patientsUrl, entities, { representations }, identity));
      },
    },
  ];
}
