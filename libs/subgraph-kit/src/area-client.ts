import type { InternalIdentity } from "@gantry/auth/internal-token";
import { requestIdHeader } from "@gantry/auth/internal-token";
import type { Logger } from "@gantry/logging/logger";
import { GraphQLError } from "graphql";
import { ErrorCode } from "./errors.ts";
import { purposeHeader, type AccessPurpose } from "./phi-access.ts";
import { isServiceCallRequest, serviceCallHeader, signServiceCallToken } from "./service-call-token.ts";

/** Where a subgraph reaches the gateway, and how long it waits for another area's answer. */
export interface AreaCallSettings {
  gatewayUrl: string;
  /**
   * Below the gateway's own subgraph timeout, so the caller hears which area failed instead of
   * the gateway giving up on the asking area first.
   */
  timeoutMs: number;
}

export const defaultAreaCallSettings: AreaCallSettings = { gatewayUrl: "http://127.0.0.1:4000", timeoutMs: 4000 };

/** One question to another area, asked to check a rule before something is written. */
export interface AreaQuestion {
  /** The area that owns the answer, as the message names it ("staff"). */
  area: string;
  /** What the rule checks, in the department's words ("the staff member"). */
  checking: string;
  /** A query of the supergraph (service calls only read). */
  query: string;
  variables?: Record<string, unknown>;
}

type UnavailableReason = "UNREACHABLE" | "TIMEOUT" | "BAD_RESPONSE";

function areaUnavailable(question: AreaQuestion, reason: UnavailableReason): GraphQLError {
  return new GraphQLError(`The ${question.area} area is not answering, so ${question.checking} could not be checked; nothing was saved.`, {
    extensions: { code: ErrorCode.AreaUnavailable, area: question.area, reason },
  });
}

interface GatewayAnswer {
  data?: unknown;
  errors?: { message?: unknown; extensions?: { code?: unknown; reason?: unknown } }[];
}

function unavailableReason(value: unknown): UnavailableReason {
  return value === "TIMEOUT" || value === "BAD_RESPONSE" ? value : "UNREACHABLE";
}

/** What a rule or a seed needs of the client: to ask. */
export type AreaAsker = Pick<AreaClient, "ask">;

/**
 * Asks the gateway, as the caller of this request and on behalf of this area, for what another
 * area owns. The gateway applies the caller's roles and scopes, never more. Anything but a clean
 * answer throws, so a rule built on it fails closed: the area not answering becomes
 * AREA_UNAVAILABLE, a refusal of the caller stays FORBIDDEN, anything else is an internal error.
 */
export class AreaClient {
  readonly #settings: AreaCallSettings;
  readonly #askingArea: string;
  readonly #secret: string;
  readonly #caller: { identity: InternalIdentity; purpose: AccessPurpose; logger: Logger };

  constructor(
    settings: AreaCallSettings,
    askingArea: string,
    secret: string,
    caller: { identity: InternalIdentity; purpose: AccessPurpose; logger: Logger },
  ) {
    this.#settings = settings;
    this.#askingArea = askingArea;
    this.#secret = secret;
    this.#caller = caller;
  }

  async ask<TData>(question: AreaQuestion): Promise<TData> {
    const { identity, purpose, logger } = this.#caller;
    // One hop: an area answering a service call asks no one else, so areas cannot call in circles.
    if (isServiceCallRequest(identity.requestId)) {
      throw new Error(`${this.#askingArea} tried to ask ${question.area} while answering a service call (one hop only)`);
    }
    const token = signServiceCallToken({ caller: identity, area: this.#askingArea, requestId: identity.requestId }, this.#secret);
    let answer: GatewayAnswer;
    try {
      const response = await fetch(`${this.#settings.gatewayUrl}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          [serviceCallHeader]: token,
          [requestIdHeader]: identity.requestId,
          [purposeHeader]: purpose,
        },
        body: JSON.stringify({ query: question.query, variables: question.variables ?? {} }),
        signal: AbortSignal.timeout(this.#settings.timeoutMs),
      });
      answer = (await response.json()) as GatewayAnswer;
    } catch (error) {
      const reason =
        error instanceof SyntaxError ? "BAD_RESPONSE" : error instanceof Error && error.name === "TimeoutError" ? "TIMEOUT" : "UNREACHABLE";
      logger.warn({ err: error, area: question.area, reason }, "another area could not be asked");
      throw areaUnavailable(question, reason);
    }
    const [first] = answer.errors ?? [];
    if (!first) return answer.data as TData;
    const code = first.extensions?.code;
    if (code === ErrorCode.AreaUnavailable) throw areaUnavailable(question, unavailableReason(first.extensions?.reason));
    if (code === ErrorCode.Forbidden) {
      throw new GraphQLError(String(first.message), { extensions: { code: ErrorCode.Forbidden, area: question.area } });
    }
    // A write another area refused for what was asked (too little stock, no such lot, a bad value):
    // the caller's to fix, passed on with its code and the area's own words.
    if (code === ErrorCode.Conflict || code === ErrorCode.NotFound || code === ErrorCode.BadUserInput) {
      throw new GraphQLError(`The ${question.area} area refused ${question.checking}: ${String(first.message)}`, {
        extensions: { code, area: question.area },
      });
    }
    // UNAUTHENTICATED (secrets or clocks differ) or a malformed question: the platform's fault, not the caller's.
    throw new Error(`${question.area} answered ${this.#askingArea}'s question with ${String(code)}: ${String(first.message)}`);
  }
}
