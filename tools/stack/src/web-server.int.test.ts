import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFederatedStack, type FederatedStack } from "@gantry/gateway/test-stack";
import { callGateway, tokenFor } from "@gantry/testing/graphql-client";
import { defaultRemotes } from "./remotes.ts";
import { startWebServer, type RunningWebServer } from "./web-server.ts";

let stack: FederatedStack;
let web: RunningWebServer;

beforeAll(async () => {
  stack = await startFederatedStack();
  const appsDir = await mkdtemp(path.join(os.tmpdir(), "gantry-apps-"));
  await mkdir(path.join(appsDir, "shell", "dist", "assets"), { recursive: true });
  await mkdir(path.join(appsDir, "patients", "dist", "assets"), { recursive: true });
  await writeFile(path.join(appsDir, "shell", "dist", "index.html"), "<!doctype html><title>Gantry</title>");
  await writeFile(path.join(appsDir, "patients", "dist", "assets", "remoteEntry.js"), "export const area = 'patients';");
  await writeFile(path.join(appsDir, "secret.txt"), "outside every dist folder");
  // An area whose area.json puts its remote somewhere else than apps/<area>.
  const staffFolder = await mkdtemp(path.join(os.tmpdir(), "gantry-staff-remote-"));
  await mkdir(path.join(staffFolder, "dist", "assets"), { recursive: true });
  await writeFile(path.join(staffFolder, "dist", "assets", "remoteEntry.js"), "export const area = 'staff';");
  web = await startWebServer({
    port: 0,
    host: "127.0.0.1",
    appsDir,
    remoteFolders: { staff: staffFolder },
    gatewayUrl: stack.gatewayUrl,
    remotes: defaultRemotes,
  });
});

afterAll(async () => {
  await web?.close();
  await stack?.stop();
});

describe("web server of the embedded default", () => {
  it("publishes the runtime manifest the shell reads, never cached", async () => {
    const response = await fetch(`${web.url}/remotes.json`);
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(await response.json()).toEqual({ remotes: defaultRemotes });
  });

  it("serves a remote's entry uncached so a redeploy is picked up, and client routes fall back to the shell", async () => {
    const entry = await fetch(`${web.url}/remotes/patients/assets/remoteEntry.js`);
    expect(entry.status).toBe(200);
    expect(entry.headers.get("cache-control")).toBe("no-cache");
    expect(await entry.text()).toContain("patients");
    const route = await fetch(`${web.url}/patients/search`);
    expect(await route.text()).toContain("<title>Gantry</title>");
  });

  it("serves a remote from the folder its area declares", async () => {
    const entry = await fetch(`${web.url}/remotes/staff/assets/remoteEntry.js`);
    expect(entry.status).toBe(200);
    expect(await entry.text()).toContain("staff");
  });

  it("refuses paths that climb out of a remote's folder", async () => {
    const response = await fetch(`${web.url}/remotes/patients/..%2F..%2Fsecret.txt`);
    expect(response.status).toBe(404);
  });

  it("answers the next request after refusing an oversized body (the refused connection is not reused)", async () => {
    const post = (body: string) => fetch(`${web.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body });
    for (let round = 0; round < 3; round += 1) {
      const tooLarge = await post("x".repeat(2_000_000));
      expect(tooLarge.status).toBe(413);
      expect(((await tooLarge.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
        "PAYLOAD_TOO_LARGE",
      );
      const malformed = await post("{not json");
      expect(malformed.status).toBe(400);
      expect(((await malformed.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe("BAD_REQUEST");
    }
  });

  it("proxies sign-in and GraphQL to the gateway, so the browser talks to one origin", async () => {
    const token = await tokenFor(web.url, "scheduler");
    const answer = await callGateway<{ __typename: string }>(web.url, "{ __typename }", {}, { token });
    expect(answer.status).toBe(200);
    expect(answer.data).toEqual({ __typename: "Query" });
    const anonymous = await callGateway(web.url, "{ __typename }");
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
