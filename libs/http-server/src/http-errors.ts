import type { ServerResponse } from "node:http";

/**
 * Errors raised before GraphQL runs (body too large, malformed JSON, unknown path) are answered
 * in the GraphQL error shape, so a client reads every failure of the API the same way.
 */
export type HttpErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "METHOD_NOT_ALLOWED"
  | "PAYLOAD_TOO_LARGE"
  | "INTERNAL_SERVER_ERROR";

export class HttpError extends Error {
  readonly status: number;
  readonly code: HttpErrorCode;
  constructor(status: number, code: HttpErrorCode, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export function errorBody(code: HttpErrorCode, message: string) {
  return { errors: [{ message, extensions: { code } }] };
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(body));
}

export function sendError(res: ServerResponse, error: HttpError): void {
  // A refused oversized body was not read to its end: the connection cannot carry another
  // request, so say so, or a keep-alive client (the web server's proxy) reuses it and fails.
  const headers: Record<string, string> = error.status === 413 ? { connection: "close" } : {};
  sendJson(res, error.status, errorBody(error.code, error.message), headers);
}

function codeForStatus(status: number): HttpErrorCode {
  const codes: Record<number, HttpErrorCode> = {
    400: "BAD_REQUEST",
    401: "UNAUTHENTICATED",
    403: "FORBIDDEN",
    404: "NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    413: "PAYLOAD_TOO_LARGE",
  };
  return codes[status] ?? (status >= 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST");
}

/**
 * A route's failure answer in the GraphQL error shape. Fields the route chose (e.g. OAuth's
 * `error` and `error_description` on /auth/token) are kept beside `errors` for such clients.
 */
export function routeErrorBody(status: number, body: unknown): unknown {
  const fields = typeof body === "object" && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  if (Array.isArray(fields.errors)) return body;
  const described = [fields.error_description, fields.message, fields.error].find((value) => typeof value === "string");
  const message = typeof described === "string" ? described : `The request failed (HTTP ${status}).`;
  return { ...fields, ...errorBody(codeForStatus(status), message) };
}
