import type { ApolloServerPlugin } from "@apollo/server";
import type { Identity } from "@gantry/auth/identity";
import { GraphQLError } from "graphql";

/** Why the caller is looking (HIPAA's treatment, payment, operations), sent by the client; defaults to operations. */
export const accessPurposes = ["treatment", "payment", "operations", "patient-request", "audit"] as const;
export type AccessPurpose = (typeof accessPurposes)[number];
export const purposeHeader = "x-gantry-purpose";

export function parsePurpose(value: string | undefined): AccessPurpose {
  return (accessPurposes as readonly string[]).includes(value ?? "") ? (value as AccessPurpose) : "operations";
}

export interface PhiReadEntry {
  patientId: string;
  fields: string[];
}

export interface PhiReadEvent {
  entries: PhiReadEntry[];
  identity: Identity;
  requestId: string;
  purpose: AccessPurpose;
  at: Date;
}

/** Where a service keeps its PHI access log. */
export interface PhiAccessSink {
  recordReads(event: PhiReadEvent): Promise<void>;
}

/** Collects, for one request, which fields of which patients were read. */
export class PhiReadRecorder {
  readonly #fieldsByPatient = new Map<string, Set<string>>();

  record(patientId: string, field: string): void {
    let fields = this.#fieldsByPatient.get(patientId);
    if (!fields) {
      fields = new Set();
      this.#fieldsByPatient.set(patientId, fields);
    }
    fields.add(field);
  }

  drain(): PhiReadEntry[] {
    const entries = [...this.#fieldsByPatient].map(([patientId, fields]) => ({ patientId, fields: [...fields].sort() }));
    this.#fieldsByPatient.clear();
    return entries;
  }
}

interface PhiAuditedContext {
  identity: Identity;
  requestId: string;
  purpose: AccessPurpose;
  phiReads: PhiReadRecorder;
}

/**
 * Writes the request's PHI reads to the access log before the response leaves. If the log
 * cannot be written, the PHI is withheld: no read goes unaudited.
 */
export function phiAccessPlugin<TContext extends PhiAuditedContext>(sink: PhiAccessSink): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, logger }) {
          const entries = contextValue.phiReads.drain();
          if (entries.length === 0) return;
          try {
            await sink.recordReads({
              entries,
              identity: contextValue.identity,
              requestId: contextValue.requestId,
              purpose: contextValue.purpose,
              at: new Date(),
            });
          } catch (error) {
            logger.error(`PHI access log write failed: ${String(error)}`);
            if (response.body.kind === "single") {
              response.body.singleResult.data = null;
              response.body.singleResult.errors = [
                new GraphQLError("The access could not be audited, so no patient data was returned.", {
                  extensions: { code: "INTERNAL_SERVER_ERROR" },
                }),
              ];
            }
          }
        },
      };
    },
  };
}

export interface PhiGuardContext {
  identity: Identity;
  phiReads: PhiReadRecorder;
}

/**
 * The check in front of every PHI field (the kit applies it to each field declared `@phi`):
 * a caller without phi:read gets FORBIDDEN on that field only, so the rest of the answer
 * (ids, other areas' data) still resolves.
 */
export function requirePhiRead(context: PhiGuardContext, field: string): void {
  if (!context.identity.scopes.includes("phi:read")) {
    throw new GraphQLError(`${field} is protected health information; your account lacks the phi:read scope.`, {
      extensions: { code: "FORBIDDEN", field },
    });
  }
}
