import { useGraphQLQuery } from "@gantry/web-kit/graphql";
import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import type { ProcedureFieldsFragment } from "../__generated__/graphql.ts";
import { ProceduresQuery } from "../operations/procedure.ts";

/** How a procedure reads in the picker: name, code and modality, and whether the side is needed. */
export function procedureLabel(procedure: Pick<ProcedureFieldsFragment, "name" | "code" | "modality" | "lateralityRequired">): string {
  return `${procedure.name} — ${procedure.code} (${procedure.modality})${procedure.lateralityRequired ? " · side required" : ""}`;
}

/** Picks an orderable (not retired) procedure from the catalogue, searched by code or name on the server. */
export function ProcedurePicker({
  value,
  onChange,
  error,
}: {
  value: ProcedureFieldsFragment | null;
  onChange: (procedure: ProcedureFieldsFragment | null) => void;
  error?: string | null;
}) {
  const [typed, setTyped] = useState("");
  const [debounced] = useDebouncedValue(typed, 250);
  const search = value && debounced === procedureLabel(value) ? "" : debounced.trim();
  const found = useGraphQLQuery(["scheduling", "procedures"], ProceduresQuery, { search: search || null, first: 50 });
  const nodes = found.data?.procedures.nodes ?? [];
  const all = value && !nodes.some((procedure) => procedure.id === value.id) ? [value, ...nodes] : nodes;
  return (
    <Select
      label="Procedure"
      withAsterisk
      searchable
      clearable
      placeholder="Code or name"
      data={all.map((procedure) => ({ value: procedure.id, label: procedureLabel(procedure) }))}
      filter={({ options }) => options}
      value={value?.id ?? null}
      searchValue={typed}
      onSearchChange={setTyped}
      onChange={(id) => onChange(all.find((procedure) => procedure.id === id) ?? null)}
      nothingFoundMessage={found.isFetching ? "Searching…" : "No procedure matches"}
      error={error}
      data-testid="order-procedure-picker"
    />
  );
}
