import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import type { KpiTargetManager } from "./modules/kpi-target/kpi-target.manager.ts";
// pnpm gen module adds its imports above this line.

/** The quality subgraph's request context: the kit's base plus what its modules provide (built on first use). */
export interface QualityContext extends SubgraphContext {
  kpiTargets: KpiTargetManager;
  // pnpm gen module adds its manager above this line.
}
