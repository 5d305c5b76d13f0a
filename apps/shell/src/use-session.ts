import { currentSession, onSessionChange, type Session } from "@gantry/web-kit/session";
import { useSyncExternalStore } from "react";

export function useSession(): Session | null {
  return useSyncExternalStore(onSessionChange, currentSession);
}
