import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFederatedStack, type FederatedStack } from "../test/federated-stack.ts";
import { addProcedure, placeOrder, registerPatient } from "../test/scheduling-department.ts";

// The PHI access log lives in every area holding PHI (the kit's module); one query reads them all.
let stack: FederatedStack;
beforeAll(async () => {
  stack = await startFederatedStack();
});
afterAll(async () => {
  await stack?.stop();
});

const trail = /* GraphQL */ `
  query ($patientId: ID!) {
    auditTrail(filter: { patientId: $patientId }) {
      patients {
        nodes {
          area
          action
          fields
          actorName
          patient {
            id
          }
        }
      }
      scheduling {
        nodes {
          area
          action
          fields
          actorName
        }
      }
    }
  }
`;
interface Entry {
  area: string;
  action: string;
  fields: string[];
}
interface Trail {
  auditTrail: { patients: { nodes: (Entry & { patient: { id: string } })[] }; scheduling: { nodes: Entry[] } };
}

describe("the audit trail across areas", () => {
  it("answers, in one query, who read and wrote a patient's details in the patients and the scheduling areas", async () => {
    const patientId = await registerPatient(stack, "Audited");
    const orderId = await placeOrder(stack, patientId, await addProcedure(stack));
    const read = await stack.call(
      `query ($id: ID!) { imagingOrder(id: $id) { accessionNumber patient { name { text } } } }`,
      { id: orderId },
      "technologist",
    );
    expect(read.errors).toBeUndefined();

    const answer = await stack.call<Trail>(trail, { patientId }, "manager");
    expect(answer.errors).toBeUndefined();
    const patients = answer.data?.auditTrail.patients.nodes ?? [];
    const scheduling = answer.data?.auditTrail.scheduling.nodes ?? [];
    expect(patients.every((entry) => entry.area === "patients" && entry.patient.id === patientId)).toBe(true);
    expect(patients.map((entry) => entry.action)).toEqual(expect.arrayContaining(["CREATE", "READ"]));
    expect(scheduling).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ area: "scheduling", action: "CREATE", fields: ["order"] }),
        expect.objectContaining({ area: "scheduling", action: "READ", fields: ["imagingOrders"] }),
      ]),
    );
  });

  it("is refused to roles without audit:read, in every area", async () => {
    const patientId = await registerPatient(stack, "Private");
    const answer = await stack.call<Trail>(trail, { patientId }, "scheduler");
    expect(answer.data).toBeNull();
    expect(answer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
