import { setting } from "@gantry/config/environment";
import { z } from "zod";
import { defaultMaxAttempts } from "./event-routing.ts";

const areaName = z.string().regex(/^[a-z][a-z-]*$/, "area names are lower-case letters and dashes");
const subscriberMap = z.record(areaName, z.url({ protocol: /^https?$/ }));

/**
 * `GANTRY_EVENT_SUBSCRIBERS`: the areas that receive this area's events, as a JSON object of
 * area name → subgraph URL, e.g. `{"scheduling":"http://127.0.0.1:4005"}`. The launcher (or the
 * deployment) knows every area's URL; each area then decides which event types it handles.
 * Unset: events are kept in the outbox and delivered nowhere.
 */
export function eventSubscribersSetting() {
  return z
    .string()
    .optional()
    .transform((text, context) => {
      if (text === undefined) return {};
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        context.addIssue({ code: "custom", message: 'must be a JSON object such as {"scheduling":"http://127.0.0.1:4005"}' });
        return z.NEVER;
      }
      const parsed = subscriberMap.safeParse(value);
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          context.addIssue({ code: "custom", message: `${issue.path.join(".") || "(value)"}: ${issue.message}` });
        return z.NEVER;
      }
      // Trailing slashes would double up in `<url>/events`.
      return Object.fromEntries(Object.entries(parsed.data).map(([area, url]) => [area, url.replace(/\/+$/, "")]));
    });
}

/** Settings of cross-area events every subgraph reads. */
export const eventSettings = {
  GANTRY_EVENT_SUBSCRIBERS: eventSubscribersSetting(),
  /** Attempts per delivery before it counts as failed (exponential backoff between them). */
  GANTRY_EVENT_MAX_ATTEMPTS: setting.positiveInteger(defaultMaxAttempts),
};
