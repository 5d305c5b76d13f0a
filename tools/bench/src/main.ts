import { parseArgs } from "node:util";
import { tokenFor } from "@gantry/testing/graphql-client";
import { startBenchStack } from "./bench-stack.ts";
import { limitScenarios } from "./limit-scenarios.ts";
import { measureLiveBoards } from "./live-boards.ts";
import { formatResults, runLoad, type LoadResult } from "./load.ts";
import { samplePatients } from "./patient-samples.ts";
import { patientScenarios } from "./scenarios.ts";
import { schedulingScenarios } from "./scheduling-scenarios.ts";

// pnpm --filter @gantry/bench bench -- --patients 50000 --concurrency 20 --seconds 20
const { values } = parseArgs({
  // pnpm forwards the `--` separator itself.
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: {
    patients: { type: "string", default: "50000" },
    concurrency: { type: "string", default: "20" },
    seconds: { type: "string", default: "20" },
    warmup: { type: "string", default: "3" },
    /** Run only the scenarios whose name contains this text. */
    only: { type: "string", default: "" },
    /** Tracking boards kept open for the live-update measurement (0 to skip it). */
    boards: { type: "string", default: "50" },
  },
});
const patients = Number(values.patients);
const concurrency = Number(values.concurrency);
const seconds = Number(values.seconds);
const warmup = Number(values.warmup);
const log = (line: string) => process.stderr.write(`${line}\n`);

const today = new Date().toISOString().slice(0, 10);
const bench = await startBenchStack({ patients, today, log });
try {
  const token = await tokenFor(bench.gatewayUrl, "scheduler");
  const scenarios = [
    ...patientScenarios({
      gatewayUrl: bench.gatewayUrl,
      patientsUrl: bench.subgraphUrl("patients"),
      token,
      samples: await samplePatients(bench.databaseUrl("patients"), 2000),
    }),
    ...limitScenarios({ gatewayUrl: bench.gatewayUrl, token }),
    ...(await schedulingScenarios({ gatewayUrl: bench.gatewayUrl, token, databaseUrl: bench.databaseUrl("scheduling"), today })),
  ];
  const results: LoadResult[] = [];
  for (const scenario of scenarios.filter((candidate) => candidate.name.includes(values.only))) {
    await runLoad(scenario.name, { concurrency, seconds: warmup }, scenario.request);
    const result = await runLoad(scenario.name, { concurrency, seconds }, scenario.request);
    log(`${scenario.name}: p95 ${result.p95.toFixed(1)} ms, ${result.errors} errors`);
    results.push(result);
  }
  const boards = Number(values.boards);
  if (boards > 0 && "live boards".includes(values.only)) {
    const live = await measureLiveBoards({
      gatewayUrl: bench.gatewayUrl,
      databaseUrl: bench.databaseUrl("scheduling"),
      boardToken: await tokenFor(bench.gatewayUrl, "coordinator"),
      deskToken: token,
      today,
      boards,
      changes: 10,
    });
    log(`live boards: ${JSON.stringify(live)}`);
    process.stdout.write(
      `\nlive boards: ${live.boards} open boards, ${live.changes} arrivals 3 s apart: change → seen p50 ${live.seen.p50.toFixed(0)} / p95 ${live.seen.p95.toFixed(0)} / max ${live.seen.max.toFixed(0)} ms; → shown p50 ${live.shown.p50.toFixed(0)} / p95 ${live.shown.p95.toFixed(0)} / max ${live.shown.max.toFixed(0)} ms; missed ${live.missed}\n`,
    );
  }
  process.stdout.write(
    `\n${patients} patients, ${concurrency} concurrent clients, ${seconds} s per scenario, Node ${process.version}\n\n${formatResults(results)}\n`,
  );
} finally {
  await bench.stop();
}
