import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { areas } from "@gantry/areas/areas";
import { freePort } from "@gantry/testing/free-port";
import { callGateway, tokenFor } from "@gantry/testing/graphql-client";
import {
  identityToken,
  isAlive,
  launch,
  listeningAddresses,
  rawRequest,
  serviceChildren,
  waitUntil,
  type Launch,
} from "./launcher-harness.ts";

/**
 * The real launcher (`node tools/stack/src/main.ts`) with its own data folder and free ports:
 * what `./gantry start` does, minus the demo data. Full starts are few: each costs ~15 s.
 */
let dataDir: string;
const ports: Record<string, number> = {};
const env: Record<string, string> = {};
const launches: Launch[] = [];
const servicePids: number[] = [];
const oldPublicSecret = "gantry-development-internal-secret-change-me";

function start(): Launch {
  const launched = launch(env);
  launches.push(launched);
  return launched;
}
const port = (setting: string) => ports[setting] as number;
const webUrl = () => `http://127.0.0.1:${port("GANTRY_WEB_PORT")}`;

async function stopEmbeddedPostgres(): Promise<void> {
  const pidFile = path.join(dataDir, "postgres", "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!isAlive(pid)) return;
  process.kill(pid, "SIGINT"); // fast shutdown
  if (!(await waitUntil(() => !isAlive(pid), 15_000))) process.kill(pid, "SIGKILL");
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "gantry-launcher-"));
  // As root, the embedded PostgreSQL runs as its own user, which must be able to enter the folder.
  await chmod(dataDir, 0o755);
  const settings = ["GATEWAY_PORT", "GANTRY_WEB_PORT", "GANTRY_EMBEDDED_POSTGRES_PORT", ...areas.map((area) => `${area.envPrefix}_PORT`)];
  for (const setting of settings) {
    ports[setting] = await freePort();
    env[setting] = String(ports[setting]);
  }
  Object.assign(env, { GANTRY_DATA_DIR: dataDir, GANTRY_SEED: "false", NODE_ENV: "development", GANTRY_LOG_LEVEL: "warn" });
});

afterAll(async () => {
  for (const launched of launches) {
    if (launched.child.exitCode === null && launched.child.signalCode === null) launched.child.kill("SIGKILL");
  }
  for (const pid of servicePids) if (isAlive(pid)) process.kill(pid, "SIGKILL");
  await stopEmbeddedPostgres();
  await rm(dataDir, { recursive: true, force: true });
}, 60_000);

describe("the launcher of the embedded default", () => {
  it("refuses to start when a port it needs is taken, naming the port and its setting", async () => {
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(port("GATEWAY_PORT"), "127.0.0.1", resolve));
    try {
      const launched = start();
      const exit = await launched.exited;
      expect(exit.code).not.toBe(0);
      expect(launched.output()).toContain(`port ${port("GATEWAY_PORT")} (gateway) is already in use; set GATEWAY_PORT to another port`);
      expect(launched.output()).not.toContain("Gantry is running");
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  }, 60_000);

  describe("a full start", () => {
    let launched: Launch;
    beforeAll(async () => {
      launched = start();
      await launched.waitFor("Gantry is running", 120_000);
      servicePids.push(...serviceChildren(launched.child.pid as number).map((child) => child.pid));
    }, 150_000);

    it("answers through the web port with the secret it made itself", async () => {
      const token = await tokenFor(webUrl(), "scheduler");
      const answer = await callGateway(webUrl(), "{ __typename }", {}, { token });
      expect(answer.data).toEqual({ __typename: "Query" });
      const secretFile = path.join(dataDir, "internal-token-secret");
      expect((await stat(secretFile)).mode & 0o777).toBe(0o600);
      expect((await readFile(secretFile, "utf8")).trim().length).toBeGreaterThanOrEqual(32);
    });

    it("answers a malformed path with 400 and keeps running", async () => {
      expect(await rawRequest(port("GANTRY_WEB_PORT"), "GET /%E0%A4%A HTTP/1.1")).toMatch(/^HTTP\/1\.1 400/);
      expect((await fetch(`${webUrl()}/remotes.json`)).status).toBe(200);
      expect(launched.child.exitCode).toBeNull();
    });

    it("never proxies to anything but the gateway", async () => {
      const target = `//127.0.0.1:${port("STAFF_PORT")}/graphql`;
      const answer = await rawRequest(port("GANTRY_WEB_PORT"), `POST ${target} HTTP/1.1`, JSON.stringify({ query: "{ __typename }" }));
      expect(answer).toMatch(/^HTTP\/1\.1 400/);
      expect(answer).toContain("must be a path");
      expect(answer).not.toContain("only answers the Gantry gateway");
    });

    it("makes subgraphs refuse identities signed with the former public default secret", async () => {
      const response = await fetch(`http://127.0.0.1:${port("PATIENTS_PORT")}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-gantry-identity": identityToken(oldPublicSecret) },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(response.status).toBe(401);
      const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
      expect(body.errors[0]?.extensions.code).toBe("UNAUTHENTICATED");
    });

    it("listens on the loopback interface only", () => {
      for (const setting of ["GANTRY_WEB_PORT", "GATEWAY_PORT", ...areas.map((area) => `${area.envPrefix}_PORT`)]) {
        expect(listeningAddresses(port(setting)), setting).toEqual(["127.0.0.1"]);
      }
    });

    it("stops everything and exits non-zero, naming the service, when a service dies", async () => {
      const children = serviceChildren(launched.child.pid as number);
      const patients = children.find((child) => child.entry.includes("services/patients/"));
      expect(patients, "the patients subgraph process").toBeDefined();
      process.kill(patients?.pid as number, "SIGKILL");
      const exit = await launched.exited;
      expect(exit.code).not.toBe(0);
      expect(launched.output()).toMatch(/the patients process was killed by SIGKILL; see .*patients\.log/);
      for (const child of children) expect(isAlive(child.pid), child.entry).toBe(false);
      expect(existsSync(path.join(dataDir, "postgres", "postmaster.pid"))).toBe(false);
    }, 60_000);
  });

  it("takes its children with it when it is killed, and keeps its secret across starts", async () => {
    const secret = await readFile(path.join(dataDir, "internal-token-secret"), "utf8");
    const launched = start();
    await launched.waitFor("Gantry is running", 120_000);
    const children = serviceChildren(launched.child.pid as number);
    servicePids.push(...children.map((child) => child.pid));
    expect(children).toHaveLength(areas.length + 1);
    launched.child.kill("SIGKILL");
    const gone = await waitUntil(() => children.every((child) => !isAlive(child.pid)), 10_000);
    expect(gone, "every service exited after the launcher was killed").toBe(true);
    expect(await readFile(path.join(dataDir, "internal-token-secret"), "utf8")).toBe(secret);
  }, 150_000);
});
