import { describeError, useGraphQLMutation } from "@gantry/web-kit/graphql";
import { Alert, Button, Card, Group, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useArea } from "../area-context.tsx";
import { LinkSignInAccountMutation } from "../operations/staff-member.ts";

/**
 * Whether the person signs in to this record (their own worklist and shifts follow from it), and,
 * for the staff office, linking or unlinking the account by the identity provider's subject.
 */
export function SignInAccountCard({ member }: { member: { id: string; signInLinked: boolean; name: { text: string } } }) {
  const { permissions } = useArea();
  const queryClient = useQueryClient();
  const [subject, setSubject] = useState("");
  const [confirmUnlink, setConfirmUnlink] = useState(false);
  const link = useGraphQLMutation(LinkSignInAccountMutation, {
    onSuccess: (data) => {
      void queryClient.invalidateQueries({ queryKey: ["staff"] });
      setSubject("");
      setConfirmUnlink(false);
      notifications.show({
        color: "green",
        title: "Saved",
        message: data.linkSignInAccount.signInLinked
          ? `${member.name.text} now signs in to this record.`
          : "The sign-in account was unlinked.",
      });
    },
  });
  return (
    <Card withBorder mb="md" data-testid="sign-in-account" data-linked={member.signInLinked}>
      <Text fw={600} mb={4}>
        Sign-in account
      </Text>
      <Text size="sm" c="dimmed" mb="xs">
        {member.signInLinked
          ? "Linked: this person sees their own worklist and shifts when they sign in."
          : "Not linked: this person sees the whole department's worklist, not their own."}
      </Text>
      {link.isError && (
        <Alert color="red" mb="xs" role="alert">
          {describeError(link.error)}
        </Alert>
      )}
      {permissions.linkSignIn && !member.signInLinked && (
        <Group align="end">
          <TextInput
            label="Sign-in account (the identity provider's subject)"
            description="As the user's profile shows it, for example demo:technologist"
            value={subject}
            onChange={(event) => setSubject(event.currentTarget.value)}
            w={360}
          />
          <Button
            loading={link.isPending}
            disabled={subject.trim() === ""}
            onClick={() => link.mutate({ id: member.id, subject: subject.trim() })}
          >
            Link account
          </Button>
        </Group>
      )}
      {permissions.linkSignIn && member.signInLinked && (
        <Group>
          {confirmUnlink ? (
            <>
              <Text size="sm">Unlink? {member.name.text} will no longer see their own worklist until it is linked again.</Text>
              <Button color="red" variant="light" loading={link.isPending} onClick={() => link.mutate({ id: member.id, subject: null })}>
                Unlink
              </Button>
              <Button variant="default" onClick={() => setConfirmUnlink(false)}>
                Keep it
              </Button>
            </>
          ) : (
            <Button variant="default" onClick={() => setConfirmUnlink(true)}>
              Unlink account
            </Button>
          )}
        </Group>
      )}
    </Card>
  );
}
