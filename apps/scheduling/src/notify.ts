import { notifications } from "@mantine/notifications";

/**
 * A green "done" notice. Its close button gets a name: the notification's own is an unnamed icon
 * button, which screen readers announce as "button" (axe: button-name).
 */
export function notifyDone(message: string): void {
  notifications.show({ color: "green", message, closeButtonProps: { "aria-label": "Dismiss" } });
}
