import { Badge } from "@mantine/core";
import { useEffect, useState } from "react";

function remaining(expiresAt: string): number {
  return Math.max(0, Math.floor((Date.parse(expiresAt) - Date.now()) / 1000));
}

/** Time left on a hold, ticking each second; calls onExpired once when it runs out. */
export function HoldCountdown({ expiresAt, onExpired }: { expiresAt: string; onExpired: () => void }) {
  const [seconds, setSeconds] = useState(() => remaining(expiresAt));
  useEffect(() => {
    const timer = setInterval(() => {
      const left = remaining(expiresAt);
      setSeconds(left);
      if (left === 0) {
        clearInterval(timer);
        onExpired();
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [expiresAt, onExpired]);
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
  return (
    <Badge color={seconds < 60 ? "red" : "orange"} variant="light" size="lg" data-testid="hold-countdown" role="timer">
      Held: {text} left
    </Badge>
  );
}
