import type { SubgraphContext } from "@gantry/subgraph-kit/context";
import type { NoteManager } from "./modules/note/note.manager.ts";
// pnpm gen module adds its imports above this line.

/** The {{area.phrase}} subgraph's request context: the kit's base plus what its modules provide (built on first use). */
export interface {{area.pascal}}Context extends SubgraphContext {
  {{note.manager}}: NoteManager;
  // pnpm gen module adds its manager above this line.
}
