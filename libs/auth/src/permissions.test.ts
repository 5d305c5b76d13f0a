import { describe, expect, it } from "vitest";
import { allow, definePermissions, describeGrants, isPermitted, permittedActions } from "./permissions.ts";

const catalogue = definePermissions({
  readDirectory: {
    description: "Read the staff directory",
    grants: [{ roles: ["scheduler", "coordinator"] }, { roles: ["integration"], scopes: ["staff:read"] }],
  },
  assignShifts: allow("Assign, swap and cancel shifts", ["coordinator", "manager", "administrator"]),
});

describe("permission catalogues", () => {
  it("allows a holder of any grant's role who also holds its scopes", () => {
    expect(isPermitted({ roles: ["scheduler"], scopes: [] }, catalogue.readDirectory)).toBe(true);
    expect(isPermitted({ roles: ["integration"], scopes: [] }, catalogue.readDirectory)).toBe(false);
    expect(isPermitted({ roles: ["integration"], scopes: ["staff:read"] }, catalogue.readDirectory)).toBe(true);
    expect(isPermitted({ roles: ["technologist"], scopes: ["staff:read"] }, catalogue.readDirectory)).toBe(false);
  });

  it("lists every action with whether the holder may perform it", () => {
    expect(permittedActions({ roles: ["manager"], scopes: [] }, catalogue)).toEqual([
      { action: "readDirectory", description: "Read the staff directory", allowed: false },
      { action: "assignShifts", description: "Assign, swap and cancel shifts", allowed: true },
    ]);
  });

  it("says who may in words", () => {
    expect(describeGrants(catalogue.assignShifts)).toBe("coordinator, manager or administrator");
    expect(describeGrants(catalogue.readDirectory)).toBe("scheduler or coordinator; integration with staff:read");
  });
});
