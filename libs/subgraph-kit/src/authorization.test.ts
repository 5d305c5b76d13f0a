import type { Identity } from "@gantry/auth/identity";
import { allow, definePermissions } from "@gantry/auth/permissions";
import { describe, expect, it } from "vitest";
import { permissionsOfCaller } from "./authorization.ts";

const catalogue = definePermissions({
  openArea: allow("Open the Staff workspace", ["scheduler", "coordinator"]),
  readDirectory: {
    description: "Read the staff directory",
    grants: [{ roles: ["coordinator"] }, { roles: ["integration"], scopes: ["staff:read"] }],
  },
});

describe("the <area>Permissions resolver", () => {
  it("answers every action with whether the caller may, and who may in words", () => {
    const identity: Identity = { subject: "demo:scheduler", name: "Sam Scheduler", roles: ["scheduler"], scopes: [] };
    expect(permissionsOfCaller(catalogue)(null, {}, { identity })).toEqual([
      { action: "openArea", description: "Open the Staff workspace", allowed: true, who: "scheduler or coordinator" },
      {
        action: "readDirectory",
        description: "Read the staff directory",
        allowed: false,
        who: "coordinator; integration with staff:read",
      },
    ]);
  });
});
