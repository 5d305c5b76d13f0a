import { CursorPager, useCursorPaging } from "@gantry/web-kit/components/CursorPager";
import { PageHeader } from "@gantry/web-kit/components/PageHeader";
import { ErrorAlert, Loading } from "@gantry/web-kit/components/QueryState";
import { useGraphQLQuery } from "@gantry/web-kit/graphql";
import { Anchor, Badge, Button, Checkbox, Group, Select, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import type { Modality } from "../__generated__/graphql.ts";
import { useArea } from "../area-context.tsx";
import { NotAllowedPanel } from "../components/NotAllowedPanel.tsx";
import { contrast, modality } from "../labels.ts";
import { ProceduresQuery } from "../operations/procedure.ts";
import { ProcedureFormModal } from "./catalogue/ProcedureFormModal.tsx";

const pageSize = 25;

/** The procedure catalogue by modality then name; coordinators add, edit and retire procedures. */
export function CatalogueScreen() {
  const { permissions, link } = useArea();
  const navigate = useNavigate();
  const paging = useCursorPaging(pageSize);
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 250);
  const [shownModality, setShownModality] = useState<Modality | null>(null);
  const [includeRetired, setIncludeRetired] = useState(false);
  const [adding, setAdding] = useState(false);
  const list = useGraphQLQuery(
    ["scheduling", "procedures"],
    ProceduresQuery,
    { search: debounced.trim() || null, modality: shownModality, includeRetired, first: pageSize, after: paging.after },
    { placeholderData: keepPreviousData },
  );
  if (!permissions.allows("readCatalogue"))
    return <NotAllowedPanel action="readCatalogue" title="You cannot see the procedure catalogue" subject="The procedure catalogue" />;
  const page = list.data?.procedures;
  return (
    <>
      <PageHeader
        title="Procedure catalogue"
        description="What can be ordered and booked: room time, preparation, contrast and the checks each needs."
        actions={
          permissions.allows("manageCatalogue") && (
            <Button onClick={() => setAdding(true)} data-testid="catalogue-add">
              Add procedure
            </Button>
          )
        }
      />
      <Group align="flex-end" mb="md" role="search" aria-label="Catalogue filters">
        <TextInput
          label="Search"
          placeholder="Code or name"
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            paging.reset();
          }}
        />
        <Select
          label="Modality"
          placeholder="Every modality"
          clearable
          data={modality.options}
          value={shownModality}
          onChange={(value) => {
            setShownModality(value as Modality | null);
            paging.reset();
          }}
        />
        <Checkbox
          label="Include retired"
          checked={includeRetired}
          onChange={(event) => {
            setIncludeRetired(event.currentTarget.checked);
            paging.reset();
          }}
        />
      </Group>
      {list.isPending ? (
        <Loading label="Loading the catalogue" />
      ) : list.isError ? (
        <ErrorAlert error={list.error} title="Could not load the catalogue" />
      ) : page && page.nodes.length === 0 ? (
        <Text c="dimmed">No procedure matches.</Text>
      ) : (
        page && (
          <>
            <Table striped aria-label="Procedures" data-testid="catalogue-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Code</Table.Th>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Modality</Table.Th>
                  <Table.Th>Minutes</Table.Th>
                  <Table.Th>Contrast</Table.Th>
                  <Table.Th>Side</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.nodes.map((procedure) => (
                  <Table.Tr key={procedure.id} data-testid="catalogue-row">
                    <Table.Td>
                      <Anchor component={Link} to={link(`catalogue/${procedure.id}`)}>
                        {procedure.code}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {procedure.name}{" "}
                      {procedure.retired && (
                        <Badge color="gray" variant="light" size="sm">
                          Retired
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{modality.format(procedure.modality)}</Table.Td>
                    <Table.Td>{procedure.defaultMinutes}</Table.Td>
                    <Table.Td>{contrast.format(procedure.contrast)}</Table.Td>
                    <Table.Td>{procedure.lateralityRequired ? "Required" : "—"}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <CursorPager paging={paging} page={page} countTestId="catalogue-count" />
          </>
        )
      )}
      {adding && (
        <ProcedureFormModal procedure={null} onClose={() => setAdding(false)} onSaved={(id) => void navigate(link(`catalogue/${id}`))} />
      )}
    </>
  );
}
