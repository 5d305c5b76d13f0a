import { rename, writeFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeSupergraph } from "@gantry/compose/compose";
import type { RunningServer } from "@gantry/http-server/server";
import { startFederatedStack, type FederatedStack } from "../test/federated-stack.ts";
import { notice, noticeTypeDefs, startNoticeSubgraph } from "../test/notice-subgraph.ts";

const pollMs = 100;
let stack: FederatedStack;
let notices: RunningServer;
let original: string;

/** Replaces the file the way a deployment does: written beside it, then renamed over it. */
async function publish(supergraphSdl: string): Promise<void> {
  const next = `${stack.supergraphPath}.next`;
  await writeFile(next, supergraphSdl);
  await rename(next, stack.supergraphPath);
}

/** Asks until the gateway answers as expected: it picks the file up on its next poll. */
async function eventually(check: () => Promise<void>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }
}

const askNotice = () => stack.call<{ departmentNotice: string }>("{ departmentNotice }");
/** The API the gateway serves has no such field: the query is refused before any subgraph is called. */
async function expectNoNoticeField(): Promise<void> {
  const answer = await askNotice();
  expect(answer.data).toBeUndefined();
  expect(answer.errors?.[0]?.message).toMatch(/Cannot query field "departmentNotice"/);
}

beforeAll(async () => {
  stack = await startFederatedStack({ gatewayEnv: { GATEWAY_SUPERGRAPH_POLL_MS: String(pollMs) } });
  notices = await startNoticeSubgraph();
  original = composeSupergraph(stack.sources).supergraphSdl;
});

afterAll(async () => {
  await stack?.stop();
  await notices?.close();
});

describe("a new supergraph file, without restarting the gateway", () => {
  it("serves the field the new supergraph adds, routed to its subgraph, and the old fields still", async () => {
    await expectNoNoticeField();
    const wider = composeSupergraph([...stack.sources, { name: "notices", url: `${notices.url}/graphql`, typeDefs: noticeTypeDefs }]);
    await publish(wider.supergraphSdl);
    await eventually(async () => expect((await askNotice()).data).toEqual({ departmentNotice: notice }));
    const patients = await stack.call<{ searchPatients: { totalCount: number } }>(
      `{ searchPatients(filter: { familyName: "nobody-by-this-name" }) { totalCount } }`,
    );
    expect(patients.data).toEqual({ searchPatients: { totalCount: 0 } });
    // Readiness follows the supergraph served: the new subgraph is now one of its checks.
    const readiness = (await (await fetch(`${stack.gatewayUrl}/health/ready`)).json()) as { checks: Record<string, boolean> };
    expect(readiness.checks.notices).toBe(true);
  });

  it("refuses an invalid file and keeps serving the supergraph it had, then takes the next valid one", async () => {
    await publish("type Query { this is not a supergraph");
    await new Promise((resolve) => setTimeout(resolve, pollMs * 10));
    expect((await askNotice()).data).toEqual({ departmentNotice: notice });
    await publish("type Query { departmentNotice: String! }");
    await new Promise((resolve) => setTimeout(resolve, pollMs * 10));
    expect((await askNotice()).data).toEqual({ departmentNotice: notice });
    await publish(original);
    await eventually(expectNoNoticeField);
  });
});
