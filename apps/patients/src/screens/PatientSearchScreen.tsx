import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useGraphQLQuery } from "@gantry/web-kit/graphql";
import { useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import type { PatientSearch } from "../__generated__/graphql.ts";
import { useArea } from "../area-context.tsx";
import { DateField } from "../components/DateField.tsx";
import { ErrorAlert, Loading } from "@gantry/web-kit/components/QueryState";
import { formatDate, formatSex } from "../format.ts";
import { SearchPatientsQuery } from "../operations/patient.ts";
import { mrnError } from "../patient-form.ts";

const pageSize = 25;

interface SearchFormValues {
  mrn: string;
  familyName: string;
  givenName: string;
  birthDate: string | null;
}

/** The search lives in the URL, so Back from a patient returns to the same results. */
function filterFromParams(params: URLSearchParams): PatientSearch | null {
  const filter: PatientSearch = {};
  const mrn = params.get("mrn");
  const familyName = params.get("family");
  const givenName = params.get("given");
  const birthDate = params.get("born");
  if (mrn) filter.mrn = mrn;
  if (familyName) filter.familyName = familyName;
  if (givenName) filter.givenName = givenName;
  if (birthDate) filter.birthDate = birthDate;
  return filter.mrn || filter.familyName || filter.birthDate ? filter : null;
}

export function PatientSearchScreen() {
  const { permissions, link } = useArea();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  // Cursors of the pages before the current one, so Previous works with forward-only cursors.
  // Kept per search, so a new search (or Back to an older one) starts at its first page.
  const searchKey = params.toString();
  const [paging, setPaging] = useState<{ key: string; cursors: (string | null)[] }>({ key: searchKey, cursors: [null] });
  const cursors = paging.key === searchKey ? paging.cursors : [null];
  const setCursors = (update: (list: (string | null)[]) => (string | null)[]) => setPaging({ key: searchKey, cursors: update(cursors) });
  const after = cursors[cursors.length - 1] ?? null;

  const form = useForm<SearchFormValues>({
    initialValues: {
      mrn: params.get("mrn") ?? "",
      familyName: params.get("family") ?? "",
      givenName: params.get("given") ?? "",
      birthDate: params.get("born"),
    },
    validate: {
      mrn: mrnError,
      familyName: (value, values) =>
        !values.mrn.trim() && !value.trim() && !values.birthDate ? "Enter an MRN, or a family name and birth date" : null,
    },
  });

  const results = useGraphQLQuery(
    ["patients", "search"],
    SearchPatientsQuery,
    { filter: filter ?? {}, first: pageSize, after },
    { enabled: filter !== null },
  );

  const submit = form.onSubmit((values) => {
    const next = new URLSearchParams();
    const mrn = values.mrn.trim().toUpperCase();
    if (mrn) next.set("mrn", mrn);
    else {
      if (values.familyName.trim()) next.set("family", values.familyName.trim());
      if (values.givenName.trim()) next.set("given", values.givenName.trim());
      if (values.birthDate) next.set("born", values.birthDate);
    }
    setParams(next);
  });

  const page = results.data?.searchPatients;
  const firstRow = (cursors.length - 1) * pageSize + 1;

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={2}>Find a patient</Title>
        {permissions.editPatients && (
          <Button component={Link} to={link("new")} variant="light" data-testid="patients-register-link">
            Register patient
          </Button>
        )}
      </Group>

      <Paper withBorder p="md" component="form" onSubmit={submit} aria-label="Patient search" role="search" noValidate>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <TextInput label="MRN" placeholder="e.g. G00012345" data-testid="patient-search-mrn" {...form.getInputProps("mrn")} />
          <TextInput label="Family name" data-testid="patient-search-family-name" {...form.getInputProps("familyName")} />
          <TextInput label="Given name" data-testid="patient-search-given-name" {...form.getInputProps("givenName")} />
          <DateField label="Birth date" data-testid="patient-search-birth-date" {...form.getInputProps("birthDate")} />
        </SimpleGrid>
        <Group mt="md" justify="space-between">
          <Text size="sm" c="dimmed">
            Search by MRN, or by family name (start of the name is enough) with given name and birth date.
          </Text>
          <Group>
            <Button
              variant="default"
              onClick={() => {
                form.setValues({ mrn: "", familyName: "", givenName: "", birthDate: null });
                setParams(new URLSearchParams());
              }}
            >
              Clear
            </Button>
            <Button type="submit" data-testid="patient-search-submit">
              Search
            </Button>
          </Group>
        </Group>
      </Paper>

      {filter && results.isPending && <Loading label="Searching patients" />}
      {results.isError && <ErrorAlert error={results.error} title="Search failed" />}
      {page && page.totalCount === 0 && (
        <Alert color="gray" title="No patients found" data-testid="patient-search-empty">
          Check the spelling and the birth date, or search by MRN.
          {permissions.editPatients && " If the patient is new, register them."}
        </Alert>
      )}
      {page && page.totalCount > 0 && (
        <Stack gap="xs">
          <Text size="sm" aria-live="polite" data-testid="patient-search-count">
            {page.totalCount === 1 ? "1 patient" : `${page.totalCount} patients`}
            {page.totalCount > pageSize && ` — showing ${firstRow}–${firstRow + page.nodes.length - 1}`}
          </Text>
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover data-testid="patient-search-results" aria-label="Patients found">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>MRN</Table.Th>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Birth date</Table.Th>
                  <Table.Th>Sex</Table.Th>
                  <Table.Th>Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.nodes.map((patient) => (
                  <Table.Tr
                    key={patient.id}
                    data-testid="patient-search-row"
                    data-mrn={patient.mrn}
                    style={{ cursor: "pointer" }}
                    onClick={() => void navigate(link(patient.id))}
                  >
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={link(patient.id)}
                        onClick={(event) => event.stopPropagation()}
                        aria-label={`Open patient ${patient.name.text}, MRN ${patient.mrn}`}
                      >
                        {patient.mrn}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{patient.name.text}</Table.Td>
                    <Table.Td>{formatDate(patient.birthDate)}</Table.Td>
                    <Table.Td>{formatSex(patient.administrativeSex)}</Table.Td>
                    <Table.Td>
                      {patient.mergedInto ? (
                        <Badge color="gray">Merged into {patient.mergedInto.mrn}</Badge>
                      ) : patient.active ? (
                        <Badge color="green" variant="light">
                          Active
                        </Badge>
                      ) : (
                        <Badge color="gray">Inactive</Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {(cursors.length > 1 || page.pageInfo.hasNextPage) && (
            <Group justify="flex-end" aria-label="Result pages">
              <Button variant="default" disabled={cursors.length <= 1} onClick={() => setCursors((list) => list.slice(0, -1))}>
                Previous page
              </Button>
              <Button
                variant="default"
                disabled={!page.pageInfo.hasNextPage || !page.pageInfo.endCursor}
                onClick={() => setCursors((list) => [...list, page.pageInfo.endCursor])}
              >
                Next page
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}
