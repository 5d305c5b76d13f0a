import type { Identity } from "@gantry/auth/identity";
import { requirePermission } from "@gantry/subgraph-kit/authorization";
import { {{area.camel}}Permissions, type {{area.pascal}}Action } from "./permissions.ts";

/** The one check of the {{area.phrase}} area: the catalogue's rule for `action`, FORBIDDEN otherwise. */
export function require{{area.pascal}}Permission(identity: Identity, action: {{area.pascal}}Action, operation: string): void {
  requirePermission(identity, {{area.camel}}Permissions[action], operation);
}
