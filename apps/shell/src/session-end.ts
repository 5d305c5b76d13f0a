import { onSessionChange, type SessionEndReason } from "@gantry/web-kit/session";

let reason: SessionEndReason | null = null;
onSessionChange((_session, why) => {
  reason = why;
});

/** Why the last session ended, so the login page can say "your session has ended". */
export function lastSessionEnd(): SessionEndReason | null {
  return reason;
}
