import { performance } from "node:perf_hooks";
import { callGateway } from "@gantry/testing/graphql-client";
import pg from "pg";
import { percentile } from "./load.ts";

const versionQuery = `query ($day: Date!) { trackingBoardVersion(day: $day) }`;
const boardQuery = `query ($day: Date!) { worklist(day: $day) { id stage startsAt order { accessionNumber priority } patient { id } } }`;
const arrive = `mutation ($id: ID!) { markArrived(appointmentId: $id) { id } }`;

export interface LiveBoardsResult {
  boards: number;
  changes: number;
  /** Change answered → each board has the new version (its next poll). */
  seen: { p50: number; p95: number; max: number };
  /** Change answered → each board has reloaded the day (what the screen shows). */
  shown: { p50: number; p95: number; max: number };
  missed: number;
}

const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted.at(-1) ?? Number.NaN };
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `boards` tracking boards open on today (each polls the version every second, as the screen
 * does, and reloads the day when it moves) while the front desk marks arrivals one after another:
 * how long until every board has seen, and then shown, each change.
 */
export async function measureLiveBoards(options: {
  gatewayUrl: string;
  databaseUrl: string;
  boardToken: string;
  deskToken: string;
  today: string;
  boards: number;
  changes: number;
}): Promise<LiveBoardsResult> {
  const { gatewayUrl, today } = options;
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  const waiting = (
    await client.query<{ id: string }>(
      `select id::text from appointment where status = 'booked' and starts_at >= $1::date and starts_at < $1::date + 1 and starts_at > now() order by starts_at limit $2`,
      [today, options.changes],
    )
  ).rows;
  await client.end();
  const seen: number[] = [];
  const shown: number[] = [];
  let missed = 0;
  let changedAt: number | null = null;
  // Other writers move the version too (the no-show sweep marks the fixture's past bookings): each
  // board counts the first change it sees after each arrival only.
  let changeIndex = 0;
  let stop = false;
  const board = async (index: number) => {
    await sleep((index * 1000) / options.boards);
    let version: string | null = null;
    let counted = 0;
    while (!stop) {
      const polled = performance.now();
      const answer = await callGateway<{ trackingBoardVersion: string }>(
        gatewayUrl,
        versionQuery,
        { day: today },
        { token: options.boardToken },
      );
      const next = answer.data?.trackingBoardVersion ?? null;
      if (version !== null && next !== null && next !== version && changedAt !== null && counted < changeIndex) {
        counted = changeIndex;
        const since = changedAt;
        seen.push(performance.now() - since);
        await callGateway(gatewayUrl, boardQuery, { day: today }, { token: options.boardToken });
        shown.push(performance.now() - since);
      }
      version = next ?? version;
      await sleep(Math.max(0, 1000 - (performance.now() - polled)));
    }
  };
  const running = Array.from({ length: options.boards }, (_unused, index) => board(index));
  await sleep(2500);
  for (const { id } of waiting) {
    const answer = await callGateway(gatewayUrl, arrive, { id }, { token: options.deskToken });
    if (answer.errors) missed += 1;
    changedAt = performance.now();
    changeIndex += 1;
    await sleep(3000);
  }
  stop = true;
  await Promise.all(running);
  missed += waiting.length * options.boards - seen.length;
  return { boards: options.boards, changes: waiting.length, seen: summary(seen), shown: summary(shown), missed };
}
