import { useGraphQLQuery } from "@gantry/web-kit/graphql";
import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import type { PatientSearch } from "../__generated__/graphql.ts";
import { describeSchedulingError } from "../errors.ts";
import { PatientLookupQuery } from "../operations/patient.ts";

/** An MRN as the patients area issues them: up to 3 letters, then 6 to 10 digits. */
const mrnPattern = /^[A-Za-z]{0,3}\d{6,10}$/;

/** What was typed, as the patients area's search: an MRN, or "Family" / "Family, Given" (prefixes, any case). */
export function patientSearchFor(text: string): PatientSearch | null {
  const typed = text.trim();
  if (typed.length < 2) return null;
  if (mrnPattern.test(typed)) return { mrn: typed.toUpperCase() };
  const [family = "", given = ""] = typed.split(",").map((part) => part.trim());
  return family ? { familyName: family, ...(given ? { givenName: given } : {}) } : null;
}

export interface PickedPatient {
  id: string;
  label: string;
}

/** Picks a patient by name or MRN through the patients area's search (the API's own matching, not the browser's). */
export function PatientPicker({
  value,
  onChange,
  error,
}: {
  value: PickedPatient | null;
  onChange: (patient: PickedPatient | null) => void;
  error?: string | null;
}) {
  const [typed, setTyped] = useState("");
  const [debounced] = useDebouncedValue(typed, 300);
  // Choosing an option puts its label in the search box: that is not a new search.
  const filter = debounced === value?.label ? null : patientSearchFor(debounced);
  const found = useGraphQLQuery(
    ["scheduling", "patient-lookup"],
    PatientLookupQuery,
    { filter: filter ?? {}, first: 10 },
    { enabled: filter !== null },
  );
  const options = (found.data?.searchPatients.nodes ?? []).map((patient) => ({
    value: patient.id,
    label: `${patient.name.text} (${patient.mrn}), born ${patient.birthDate}`,
  }));
  const data =
    value && !options.some((option) => option.value === value.id) ? [{ value: value.id, label: value.label }, ...options] : options;
  return (
    <Select
      label="Patient"
      withAsterisk
      searchable
      clearable
      placeholder='Family name ("Family, Given") or MRN'
      description="Search by family name, optionally with the given name after a comma, or by MRN"
      data={data}
      // The API already matched: show every answer it gave.
      filter={({ options: all }) => all}
      value={value?.id ?? null}
      searchValue={typed}
      onSearchChange={setTyped}
      onChange={(id, option) => onChange(id ? { id, label: option.label } : null)}
      nothingFoundMessage={
        found.isError
          ? describeSchedulingError(found.error)
          : filter === null
            ? "Type at least two letters or an MRN"
            : found.isFetching
              ? "Searching…"
              : "No patient found"
      }
      error={error}
      data-testid="order-patient-picker"
    />
  );
}
