import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  logFile: string;
  /** Settles when the process has exited, however it exited. */
  exited: Promise<ProcessExit>;
  /** True once stop() was called: an exit after that is expected, not a failure. */
  readonly stopping: boolean;
  stop(): Promise<void>;
}

/** Matches launcherChannelVariable in libs/http-server/src/shutdown.ts (the child's side). */
const launcherChannelVariable = "GANTRY_LAUNCHER_CHANNEL";
/** A child that ignores SIGTERM this long is killed, so stopping the stack always ends. */
const stopTimeoutMs = 15_000;

export function describeExit(exit: ProcessExit): string {
  return exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
}

/**
 * Starts a Gantry service as its own process, its JSON logs going to <logDir>/<name>.log. The
 * child gets an IPC channel it watches: when this process goes away (even by SIGKILL) the
 * channel closes and the child stops itself.
 */
export async function startProcess(name: string, entry: string, env: Record<string, string>, logDir: string): Promise<ManagedProcess> {
  await mkdir(logDir, { recursive: true });
  const logFile = path.join(logDir, `${name}.log`);
  const log = createWriteStream(logFile, { flags: "a" });
  // e.g. GANTRY_SERVICE_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" (Node refuses profiling flags in NODE_OPTIONS).
  const nodeArgs = (process.env.GANTRY_SERVICE_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, entry], {
    env: { ...process.env, ...env, [launcherChannelVariable]: "1" },
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(`[${name}] ${chunk.toString()}`));
  const exited = new Promise<ProcessExit>((resolve) => {
    child.once("exit", (code, signal) => resolve({ code, signal }));
    // A process that could not be spawned at all never emits exit.
    child.once("error", () => resolve({ code: child.exitCode ?? -1, signal: null }));
  });
  let stopping = false;
  return {
    name,
    child,
    logFile,
    exited,
    get stopping() {
      return stopping;
    },
    async stop() {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), stopTimeoutMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls a readiness URL until it answers 200, the process dies, or the time runs out. */
export async function waitUntilReady(service: ManagedProcess, url: string, timeoutMs = 60_000): Promise<void> {
  let exit: ProcessExit | undefined;
  void service.exited.then((result) => (exit = result));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exit) throw new Error(`${service.name} ${describeExit(exit)} while starting; see ${service.logFile}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok && !exit) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${service.name} was not ready within ${timeoutMs / 1000}s; see ${service.logFile}`);
}
