import { CursorPager, useCursorPaging } from "@gantry/web-kit/components/CursorPager";
import { PageHeader } from "@gantry/web-kit/components/PageHeader";
import { ErrorAlert, Loading } from "@gantry/web-kit/components/QueryState";
import { formatDateTime } from "@gantry/web-kit/format";
import { describeError, useGraphQLMutation, useGraphQLQuery } from "@gantry/web-kit/graphql";
import { Alert, Button, Group, Paper, Stack, Table, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { keepPreviousData, useQueryClient } from "@tanstack/react-query";
import { useArea } from "../area-context.tsx";
import { Add{{note.type}}Mutation, {{note.type}}sQuery } from "../operations/note.ts";

const pageSize = 25;

/** The area's notes, newest first, a page at a time; those the catalogue allows add one above the list. */
export function NotesScreen() {
  const { permissions } = useArea();
  const paging = useCursorPaging(pageSize);
  const notes = useGraphQLQuery(["{{area.kebab}}", "notes"], {{note.type}}sQuery, { first: pageSize, after: paging.after }, { placeholderData: keepPreviousData });
  const page = notes.data?.{{note.listField}};

  return (
    <>
      <PageHeader title="{{area.words}}" description="Notes of the area, newest first." />
      {permissions.known &&
        (permissions.{{note.addAction}} ? (
          <AddNoteForm onAdded={paging.reset} />
        ) : (
          <Text c="dimmed" mb="md" data-testid="{{area.kebab}}-notes-read-only">
            You can read the notes; adding them is for the area's office.
          </Text>
        ))}
      {notes.isPending ? (
        <Loading label="Loading the notes" />
      ) : notes.isError ? (
        <ErrorAlert error={notes.error} title="Could not load the notes" />
      ) : page && page.nodes.length === 0 ? (
        <Text c="dimmed" data-testid="{{area.kebab}}-notes-empty">
          No notes yet.
        </Text>
      ) : (
        page && (
          <>
            <Table striped data-testid="{{area.kebab}}-notes-table" aria-label="Notes">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Note</Table.Th>
                  <Table.Th>Added by</Table.Th>
                  <Table.Th>When</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.nodes.map((note) => (
                  <Table.Tr key={note.id} data-testid="{{area.kebab}}-note-row">
                    <Table.Td style={ { whiteSpace: "pre-wrap" } }>{note.text}</Table.Td>
                    <Table.Td>{note.createdBy}</Table.Td>
                    <Table.Td>{formatDateTime(note.createdAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <CursorPager paging={paging} page={page} countTestId="{{area.kebab}}-notes-count" />
          </>
        )
      )}
    </>
  );
}

function AddNoteForm({ onAdded }: { onAdded: () => void }) {
  const queryClient = useQueryClient();
  const add = useGraphQLMutation(Add{{note.type}}Mutation);
  const form = useForm({
    initialValues: { text: "" },
    validate: { text: (value) => (value.trim() ? null : "Write the note first") },
  });
  const submit = form.onSubmit((values) =>
    add.mutate(
      { input: { text: values.text } },
      {
        onSuccess: () => {
          form.reset();
          onAdded();
          // Every query key of the area starts with its name: one call refreshes them all.
          void queryClient.invalidateQueries({ queryKey: ["{{area.kebab}}"] });
          notifications.show({ color: "green", title: "Saved", message: "The note was added." });
        },
      },
    ),
  );
  return (
    <Paper withBorder p="md" mb="lg" component="form" onSubmit={submit} aria-label="Add note" noValidate>
      <Stack>
        {add.isError && (
          <Alert color="red" title="The note was not added" role="alert" data-testid="{{area.kebab}}-note-error">
            {describeError(add.error)}
          </Alert>
        )}
        <Textarea label="Note" withAsterisk autosize minRows={2} maxLength={2000} data-testid="{{area.kebab}}-note-text" {...form.getInputProps("text")} />
        <Group justify="flex-end">
          <Button type="submit" loading={add.isPending} data-testid="{{area.kebab}}-note-submit">
            Add note
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
