import { spawn, type ChildProcess } from "node:child_process";
import { createHmac } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import net from "node:net";
import { fileURLToPath } from "node:url";

const launcherEntry = fileURLToPath(new URL("../src/main.ts", import.meta.url));

export interface Launch {
  child: ChildProcess;
  /** Everything the launcher printed so far (stdout and stderr). */
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  waitFor(text: string, timeoutMs: number): Promise<void>;
}

/** The real launcher, as `pnpm start` runs it, with only the given settings from the test. */
export function launch(env: Record<string, string>): Launch {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/_DATABASE_URL$|^GANTRY_|_PORT$|^NODE_ENV$/.test(key)),
  );
  const child = spawn(process.execPath, [launcherEntry], { env: { ...inherited, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let text = "";
  child.stdout?.on("data", (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    output: () => text,
    exited,
    async waitFor(wanted, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (!text.includes(wanted)) {
        if (child.exitCode !== null || child.signalCode !== null) throw new Error(`launcher exited before "${wanted}":\n${text}`);
        if (Date.now() > deadline) throw new Error(`no "${wanted}" within ${timeoutMs} ms:\n${text}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
  };
}

/** Sends one exact request line (fetch would normalise it) and returns the raw answer. */
export function rawRequest(port: number, requestLine: string, body = ""): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => {
      const headers = [
        `Host: 127.0.0.1:${port}`,
        "Connection: close",
        "Content-Type: application/json",
        `Content-Length: ${Buffer.byteLength(body)}`,
      ];
      socket.write(`${requestLine}\r\n${headers.join("\r\n")}\r\n\r\n${body}`);
    });
    let answer = "";
    socket.setTimeout(10_000, () => socket.destroy(new Error("no answer within 10 s")));
    socket.on("data", (chunk) => (answer += chunk.toString()));
    socket.on("end", () => resolve(answer));
    socket.on("error", reject);
  });
}

/** Local addresses (IPv4 dotted, IPv6 as hex) of the sockets listening on a TCP port, from /proc. */
export function listeningAddresses(port: number): string[] {
  const addresses: string[] = [];
  for (const [file, v4] of [
    ["/proc/net/tcp", true],
    ["/proc/net/tcp6", false],
  ] as const) {
    for (const line of readFileSync(file, "utf8").split("\n").slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      const [hexAddress, hexPort] = (local ?? "").split(":");
      if (state !== "0A" || !hexAddress || Number.parseInt(hexPort ?? "", 16) !== port) continue;
      addresses.push(
        v4
          ? (hexAddress.match(/../g) ?? [])
              .reverse()
              .map((byte) => Number.parseInt(byte, 16))
              .join(".")
          : hexAddress,
      );
    }
  }
  return addresses;
}

function stat(pid: number): string[] | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    return text.slice(text.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

/** Alive and not a zombie (an orphan that exited may wait for init to reap it). */
export function isAlive(pid: number): boolean {
  const fields = stat(pid);
  return fields !== null && fields[0] !== "Z";
}

/** The service processes (subgraphs, gateway) a launcher started, by their entry file. */
export function serviceChildren(parentPid: number): Array<{ pid: number; entry: string }> {
  const children: Array<{ pid: number; entry: string }> = [];
  for (const name of readdirSync("/proc")) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || stat(pid)?.[1] !== String(parentPid)) continue;
    const entry = readFileSync(`/proc/${pid}/cmdline`, "utf8")
      .split("\0")
      .find((part) => part.includes("/services/"));
    if (entry) children.push({ pid, entry });
  }
  return children;
}

export async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

/** An identity token for a subgraph, signed with the given secret (as the gateway would). */
export function identityToken(secret: string): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const iat = Math.floor(Date.now() / 1000);
  const claims = { sub: "attacker", name: "A", roles: ["scheduler"], scope: "", rid: "r", iss: "gantry-gateway", aud: "gantry-subgraph" };
  const input = `${encode({ alg: "HS256", typ: "JWT" })}.${encode({ ...claims, iat, exp: iat + 60 })}`;
  return `${input}.${createHmac("sha256", secret).update(input).digest("base64url")}`;
}
