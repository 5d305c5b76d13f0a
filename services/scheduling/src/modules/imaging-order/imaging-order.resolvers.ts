import { toGraphQLEnum } from "@gantry/subgraph-kit/enums";
import { isPermitted } from "@gantry/auth/permissions";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { schedulingPermissions } from "../../permissions.ts";
import { fillerOrderNumber, openOrderStatuses } from "./imaging-order.entity.ts";

export const imagingOrderResolvers: Resolvers = {
  Query: {
    imagingOrder: (_root, { id }, { orders }) => orders.get(id),
    imagingOrderByAccession: (_root, { accessionNumber }, { orders }) => orders.byAccessionNumber(accessionNumber),
    orderQueue: (_root, { filter, first, after }, { orders }) => orders.queue(filter, { first, after }),
  },
  Mutation: {
    placeOrder: (_root, { input }, { orders }) => orders.place(input),
    triageOrder: (_root, { input }, { orders }) => orders.triage(input),
    holdOrder: (_root, { input }, { orders }) => orders.hold(input),
    releaseOrder: (_root, { orderId }, { orders }) => orders.release({ orderId }),
    revokeOrder: (_root, { input }, { orders }) => orders.revoke(input),
    overridePriorAuthorization: (_root, { input }, { orders }) => orders.overridePriorAuthorization(input),
  },
  ImagingOrder: {
    __resolveReference: (reference, { orders }) => orders.get(reference.id),
    fillerOrderNumber: (order) => fillerOrderNumber(order),
    viewerCanTriage: (order, _args, { identity }) =>
      openOrderStatuses.includes(order.status) && isPermitted(identity, schedulingPermissions.triageOrders),
    viewerCanBook: (order, _args, { identity }) =>
      order.status === "active" && isPermitted(identity, schedulingPermissions.bookAppointments),
    patient: (order) => ({ id: order.patientId }),
    referringProvider: (order) => ({ name: order.referringName, npi: order.referringNpi }),
    procedure: (order, _args, { procedures }) => procedures.loadOrFail(order.procedureId),
    laterality: (order) => (order.laterality ? toGraphQLEnum(order.laterality) : null),
    reason: (order) => ({ code: order.reasonCode, text: order.reasonText }),
    priority: (order) => toGraphQLEnum(order.priority),
    patientClass: (order) => toGraphQLEnum(order.patientClass),
    status: (order) => toGraphQLEnum(order.status),
    requiresPriorAuthorization: (order) => order.requiresPriorAuth,
    priorAuthorizationOverrideReason: (order) => order.priorAuthOverrideReason ?? null,
  },
  Patient: {
    imagingOrders: (patient, _args, { orders }) => orders.forPatient(patient.id),
  },
};
