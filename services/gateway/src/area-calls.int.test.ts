import { createHmac, randomUUID } from "node:crypto";
import type { Identity } from "@gantry/auth/identity";
import { identityHeader, signInternalToken } from "@gantry/auth/internal-token";
import type { Scope } from "@gantry/auth/roles";
import { createLogger } from "@gantry/logging/logger";
import { AreaClient, type AreaQuestion } from "@gantry/subgraph-kit/area-client";
import { serviceCallHeader, serviceCallRequestId, signServiceCallToken } from "@gantry/subgraph-kit/service-call-token";
import { freePort } from "@gantry/testing/free-port";
import { testIdentity, testInternalSecret } from "@gantry/testing/internal-caller";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFederatedStack, type FederatedStack } from "../test/federated-stack.ts";
import { startHungServer } from "../test/hung-server.ts";

// What a subgraph's area client does, from outside: asks the real gateway as an area, for a caller.
let stack: FederatedStack;
let staffMemberId: string;
beforeAll(async () => {
  stack = await startFederatedStack();
  const added = await stack.call<{ addStaffMember: { id: string } }>(
    `mutation ($input: AddStaffMemberInput!) { addStaffMember(input: $input) { id } }`,
    { input: { employeeId: "AREA-1", familyName: "Nakamura", givenName: "Emi", role: "TECHNOLOGIST", modalities: ["CT"] } },
    "coordinator",
  );
  staffMemberId = added.data?.addStaffMember.id ?? "";
});
afterAll(async () => {
  await stack?.stop();
});

const silent = createLogger("equipment", "silent");
const whoIs = (id: string): AreaQuestion => ({
  area: "staff",
  checking: "the staff member",
  query: `query ($id: ID!) { staffMember(id: $id) { name { text } } }`,
  variables: { id },
});

function clientFor(caller: Identity, options: { gatewayUrl?: string; timeoutMs?: number; requestId?: string } = {}): AreaClient {
  return new AreaClient(
    { gatewayUrl: options.gatewayUrl ?? stack.gatewayUrl, timeoutMs: options.timeoutMs ?? 4000 },
    "equipment",
    testInternalSecret,
    { identity: { ...caller, requestId: options.requestId ?? randomUUID() }, purpose: "operations", logger: silent },
  );
}

function integration(scopes: Scope[] = []): Identity {
  return testIdentity("integration", scopes);
}

/** A service call made by hand, as a forger would (or a subgraph with the secret). */
async function serviceCall(token: string, query: string, extraHeaders: Record<string, string> = {}) {
  const response = await fetch(`${stack.gatewayUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", [serviceCallHeader]: token, ...extraHeaders },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] } };
}

const staffQuery = `{ staffDirectory { totalCount } }`;

function handSigned(payload: Record<string, unknown>, secret = testInternalSecret): string {
  const header = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url");
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${header}.${body}.${createHmac("sha256", secret).update(`${header}.${body}`).digest("base64url")}`;
}

describe("asking another area through the gateway", () => {
  it("asks as the caller: the other area applies the caller's roles and scopes, not the asking area's", async () => {
    await expect(clientFor(testIdentity("technologist")).ask(whoIs(staffMemberId))).resolves.toEqual({
      staffMember: { name: { text: "Emi Nakamura" } },
    });
    // An integration reads the staff directory only with staff:read: asking through an area changes nothing.
    await expect(clientFor(integration()).ask(whoIs(staffMemberId))).rejects.toMatchObject({
      extensions: { code: "FORBIDDEN", area: "staff" },
    });
    await expect(clientFor(integration(["staff:read"])).ask(whoIs(staffMemberId))).resolves.toEqual({
      staffMember: { name: { text: "Emi Nakamura" } },
    });
  });

  it("answers AREA_UNAVAILABLE naming the area asked about when the gateway is down or hangs", async () => {
    const down = clientFor(testIdentity("technologist"), { gatewayUrl: `http://127.0.0.1:${await freePort()}` });
    await expect(down.ask(whoIs(staffMemberId))).rejects.toMatchObject({
      message: "The staff area is not answering, so the staff member could not be checked; nothing was saved.",
      extensions: { code: "AREA_UNAVAILABLE", area: "staff", reason: "UNREACHABLE" },
    });
    const hung = await startHungServer();
    try {
      const slow = clientFor(testIdentity("technologist"), { gatewayUrl: hung.url.replace(/\/graphql$/, ""), timeoutMs: 300 });
      const started = performance.now();
      await expect(slow.ask(whoIs(staffMemberId))).rejects.toMatchObject({ extensions: { code: "AREA_UNAVAILABLE", reason: "TIMEOUT" } });
      expect(performance.now() - started).toBeLessThan(2000);
    } finally {
      await hung.close();
    }
  });

  it("asks no one while answering a service call itself (one hop)", async () => {
    const asked = clientFor(testIdentity("technologist"), { requestId: serviceCallRequestId(randomUUID(), "staff") });
    await expect(asked.ask(whoIs(staffMemberId))).rejects.toThrow(/one hop/);
  });
});

describe("the gateway's check of service calls", () => {
  const technologist = testIdentity("technologist");
  const claims = () => ({ caller: technologist, area: "equipment", requestId: randomUUID() });

  it("accepts a service call signed with the internal secret, and only for reading", async () => {
    const read = await serviceCall(signServiceCallToken(claims(), testInternalSecret), staffQuery);
    expect(read.status).toBe(200);
    expect(read.body.errors).toBeUndefined();
    // For a coordinator, who may add staff themselves: an area still may not write on their behalf.
    const write = await serviceCall(
      signServiceCallToken({ ...claims(), caller: testIdentity("coordinator") }, testInternalSecret),
      `mutation { addStaffMember(input: { employeeId: "SVC-1", familyName: "Ito", givenName: "Ren", role: NURSE }) { id } }`,
    );
    expect(write.body.errors?.[0]).toMatchObject({
      message: "The equipment area asked for a mutation; service calls only read.",
      extensions: { code: "FORBIDDEN" },
    });
    const directory = await stack.call<{ staffDirectory: { totalCount: number } }>(`{ staffDirectory(search: "SVC-1") { totalCount } }`);
    expect(directory.data?.staffDirectory.totalCount).toBe(0);
  });

  it("lets an area write only what the gateway names for it: scheduling may take stock, nothing else and no one else", async () => {
    const asking = (area: string) => signServiceCallToken({ caller: technologist, area, requestId: randomUUID() }, testInternalSecret);
    const stockUse = `mutation { recordStockUse(input: { lotId: "00000000-0000-4000-8000-000000000000", quantity: 1 }) { id } }`;
    // Named for scheduling: the equipment area answers it (here: no such lot), as it would the technologist.
    const named = await serviceCall(asking("scheduling"), stockUse);
    expect(named.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    for (const [area, document] of [
      ["equipment", stockUse],
      [
        "scheduling",
        `mutation { addStaffMember(input: { employeeId: "SVC-2", familyName: "Ito", givenName: "Ren", role: NURSE }) { id } }`,
      ],
      [
        "scheduling",
        `mutation { recordStockUse(input: { lotId: "00000000-0000-4000-8000-000000000000", quantity: 1 }) { id } addStaffMember(input: { employeeId: "SVC-3", familyName: "Ito", givenName: "Ren", role: NURSE }) { id } }`,
      ],
    ] as const) {
      const refused = await serviceCall(asking(area), document);
      expect(refused.body.errors?.[0]?.extensions?.code, `${area}: ${document.slice(0, 40)}`).toBe("FORBIDDEN");
    }
  });

  it("refuses forged, long-lived, second-hop or misdirected tokens with 401", async () => {
    const iat = Math.floor(Date.now() / 1000);
    const payload = {
      sub: "x",
      roles: ["administrator"],
      act: { sub: "equipment" },
      rid: "r",
      iss: "gantry-subgraph",
      aud: "gantry-gateway",
      iat,
    };
    const refused = [
      signServiceCallToken(claims(), "not-the-internal-secret-not-the-internal-secret"),
      handSigned({ ...payload, exp: iat + 3600 }), // right secret, minted to last an hour
      handSigned({ ...payload, exp: iat + 30, aud: "gantry-subgraph" }),
      await signInternalToken(technologist, "r", testInternalSecret), // a subgraph's identity token, replayed
      signServiceCallToken({ ...claims(), requestId: serviceCallRequestId(randomUUID(), "staff") }, testInternalSecret), // a second hop
      "",
    ];
    for (const token of refused) {
      const answer = await serviceCall(token, staffQuery);
      expect(answer.status, token).toBe(401);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    const withBearerToo = await serviceCall(signServiceCallToken(claims(), testInternalSecret), staffQuery, { authorization: "Bearer x" });
    expect(withBearerToo.status).toBe(401);
  });

  it("is useless at a subgraph: a service-call token replayed to one directly is refused", async () => {
    const token = signServiceCallToken(claims(), testInternalSecret);
    for (const headers of [{ [identityHeader]: token }, { [serviceCallHeader]: token }]) {
      const response = await fetch(`${stack.subgraphs.staff?.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query: staffQuery }),
      });
      expect(response.status).toBe(401);
    }
  });
});
