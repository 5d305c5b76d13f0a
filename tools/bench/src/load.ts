import { performance } from "node:perf_hooks";

export interface LoadResult {
  scenario: string;
  requests: number;
  errors: number;
  seconds: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** The value at `fraction` (0–1) of an ascending list; NaN when empty. */
export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

/**
 * Closed-loop load: `concurrency` clients each send one request, wait for the answer, and send
 * the next, for `seconds`. Latency is measured per request, client side, over real HTTP.
 */
export async function runLoad(
  scenario: string,
  options: { concurrency: number; seconds: number },
  request: (client: number, iteration: number) => Promise<boolean>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const client = async (id: number) => {
    for (let iteration = 0; performance.now() < deadline; iteration += 1) {
      const before = performance.now();
      const ok = await request(id, iteration).catch(() => false);
      latencies.push(performance.now() - before);
      if (!ok) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, id) => client(id)));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    scenario,
    requests: latencies.length,
    errors,
    seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    max: latencies.at(-1) ?? Number.NaN,
  };
}

export function formatResults(results: LoadResult[]): string {
  const header = "| scenario | requests | req/s | errors | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|---:|---:|";
  const rows = results.map(
    (r) =>
      `| ${r.scenario} | ${r.requests} | ${(r.requests / r.seconds).toFixed(0)} | ${r.errors} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.max.toFixed(1)} |`,
  );
  return [header, ...rows].join("\n");
}
