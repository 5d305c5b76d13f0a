import type { IncomingMessage } from "node:http";
import type { ApolloServerPlugin } from "@apollo/server";
import type { Identity } from "@gantry/auth/identity";
import { ErrorCode } from "@gantry/subgraph-kit/errors";
import {
  isServiceCallRequest,
  serviceCallHeader,
  serviceCallRequestId,
  verifyServiceCallToken,
} from "@gantry/subgraph-kit/service-call-token";
import { GraphQLError, Kind } from "graphql";
import type { GatewayContext } from "./context.ts";

/** An area asking on behalf of the person whose request it serves. */
export interface ServiceCall {
  /** The asking area (subgraph name). */
  area: string;
}

/** Who is calling the gateway: a person (bearer token), or an area asking for one (service call). */
export interface Caller {
  identity: Identity;
  /** The request id to use instead of a fresh one: a service call joins its caller's request. */
  requestId?: string;
  serviceCall?: ServiceCall;
}

export function isServiceCall(req: IncomingMessage): boolean {
  return req.headers[serviceCallHeader] !== undefined;
}

/**
 * A service call is judged by its token alone: signed with the internal secret, meant for the
 * gateway, at most one question long, and not made while answering another service call (one
 * hop). The caller's roles and scopes are the ones the gateway signed for the asking area, so an
 * area can never reach more than its caller could.
 */
export function identifyServiceCall(req: IncomingMessage, secret: string): Caller | null {
  const header = req.headers[serviceCallHeader];
  if (req.headers.authorization !== undefined) return null; // one identity per request, never two to choose from
  const claims = verifyServiceCallToken(typeof header === "string" ? header : undefined, secret);
  if (!claims || isServiceCallRequest(claims.requestId)) return null;
  return {
    identity: claims.caller,
    requestId: serviceCallRequestId(claims.requestId, claims.area),
    serviceCall: { area: claims.area },
  };
}

/**
 * The writes one area may ask another for on its caller's behalf, each named here: everything
 * else a service call sends must be a query. The caller's own permissions still apply in the area
 * that writes (a technologist's contrast use is checked as the technologist's).
 */
export const permittedServiceCallWrites: Readonly<Record<string, readonly string[]>> = {
  // Contrast given during an exam leaves the lot's stock in the same request (scheduling's exam day).
  scheduling: ["recordStockUse"],
};

/** Service calls check rules before a write: they read, and write only what permittedServiceCallWrites names. */
export function serviceCallsOnlyRead(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          const kind = operation?.operation ?? "query";
          if (!contextValue.serviceCall || kind === "query") return;
          const area = contextValue.serviceCall.area;
          const allowed = permittedServiceCallWrites[area] ?? [];
          const fields =
            operation?.selectionSet.selections.map((selection) => (selection.kind === Kind.FIELD ? selection.name.value : "")) ?? [];
          if (kind === "mutation" && fields.length > 0 && fields.every((field) => allowed.includes(field))) return;
          throw new GraphQLError(`The ${area} area asked for a ${kind}; service calls only read.`, {
            extensions: { code: ErrorCode.Forbidden, http: { status: 403 } },
          });
        },
      };
    },
  };
}
