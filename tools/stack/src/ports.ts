import net from "node:net";

/** A port the launcher is about to listen on, who wants it, and the setting that moves it. */
export interface WantedPort {
  port: number;
  what: string;
  setting: string;
  host: string;
}

function tryListen(port: number, host: string): Promise<NodeJS.ErrnoException | null> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => resolve(error));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(null)));
  });
}

/**
 * Checked before anything starts: a service that loses its port dies, but another instance on
 * that port would still answer the launcher's readiness check and fake a running stack.
 */
export async function portProblems(wanted: WantedPort[]): Promise<string[]> {
  const problems: string[] = [];
  const seen = new Map<number, WantedPort>();
  for (const entry of wanted) {
    const other = seen.get(entry.port);
    if (other) {
      problems.push(
        `port ${entry.port} is wanted by both the ${other.what} (${other.setting}) and the ${entry.what} (${entry.setting}); set one of them to another port`,
      );
      continue;
    }
    seen.set(entry.port, entry);
    const error = await tryListen(entry.port, entry.host);
    if (!error) continue;
    const why = error.code === "EADDRINUSE" ? "is already in use" : `cannot be opened on ${entry.host} (${error.code ?? error.message})`;
    problems.push(`port ${entry.port} (${entry.what}) ${why}; set ${entry.setting} to another port`);
  }
  return problems;
}
