import { CursorPager, useCursorPaging } from "@gantry/web-kit/components/CursorPager";
import { PageHeader } from "@gantry/web-kit/components/PageHeader";
import { useGraphQLQuery } from "@gantry/web-kit/graphql";
import { Anchor, Badge, Group, Select, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import type { StaffRole } from "../__generated__/graphql.ts";
import { useArea } from "../area-context.tsx";
import { ErrorAlert, Loading } from "@gantry/web-kit/components/QueryState";
import { formatCode, formatModality, staffRoleOptions } from "../format.ts";
import { StaffDirectoryQuery } from "../operations/staff-member.ts";

const pageSize = 25;

/** The staff directory: search by name or employee id, filter by role, page through the result. */
export function StaffDirectoryScreen() {
  const { link } = useArea();
  const [search, setSearch] = useState("");
  const [role, setRole] = useState<StaffRole | null>(null);
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const paging = useCursorPaging(pageSize);
  const directory = useGraphQLQuery(
    ["staff", "directory"],
    StaffDirectoryQuery,
    { search: debouncedSearch || null, role, first: pageSize, after: paging.after },
    { placeholderData: keepPreviousData },
  );
  const page = directory.data?.staffDirectory;

  return (
    <>
      <PageHeader title="Staff directory" description="Everyone working in the department, with their roles and modalities." />
      <Group align="flex-end" mb="md">
        <TextInput
          label="Search staff"
          description="Name or employee id"
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            paging.reset();
          }}
          data-testid="staff-directory-search"
          w={320}
        />
        <Select
          label="Role"
          placeholder="All roles"
          data={staffRoleOptions}
          value={role}
          onChange={(value) => {
            setRole(value as StaffRole | null);
            paging.reset();
          }}
          clearable
          data-testid="staff-directory-role"
          w={220}
        />
      </Group>
      {directory.isPending ? (
        <Loading label="Loading the staff directory" />
      ) : directory.isError ? (
        <ErrorAlert error={directory.error} title="Could not load the staff directory" />
      ) : page && page.nodes.length === 0 ? (
        <Text c="dimmed" data-testid="staff-directory-empty">
          No staff member matches.
        </Text>
      ) : (
        page && (
          <>
            <Table striped highlightOnHover data-testid="staff-directory-table" aria-label="Staff directory">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Employee id</Table.Th>
                  <Table.Th>Role</Table.Th>
                  <Table.Th>Modalities</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.nodes.map((member) => (
                  <Table.Tr key={member.id} data-testid="staff-directory-row">
                    <Table.Td>
                      <Anchor component={Link} to={link(`members/${member.id}`)}>
                        {member.name.text}
                      </Anchor>
                      {!member.active && (
                        <Badge ml="xs" color="gray" size="sm">
                          Inactive
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{member.employeeId}</Table.Td>
                    <Table.Td>{formatCode(member.role)}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {member.modalities.map((modality) => (
                          <Badge key={modality} variant="light" size="sm">
                            {formatModality(modality)}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <CursorPager paging={paging} page={page} countTestId="staff-directory-count" />
          </>
        )
      )}
    </>
  );
}
