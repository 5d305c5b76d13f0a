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
import { GraphQLError } from "graphql";
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

/** Service calls check rules before a write: they read, never write on another area's behalf. */
export function serviceCallsOnlyRead(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          const kind = operation?.operation ?? "query";
          if (!contextValue.serviceCall || kind === "query") return;
          throw new GraphQLError(`The ${contextValue.serviceCall.area} area asked for a ${kind}; service calls only read.`, {
            extensions: { code: ErrorCode.Forbidden, http: { status: 403 } },
          });
        },
      };
    },
  };
}
