/** Another area's entity as this area holds it: its id only; the owning area resolves the rest. */
export interface EntityReference {
  id: string;
}
