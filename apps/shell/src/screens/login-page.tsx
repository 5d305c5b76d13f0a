import { SignInError, signIn } from "@gantry/web-kit/session";
import { Alert, Button, Center, Code, Paper, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { lastSessionEnd } from "../session-end.ts";

// The built-in demo identity provider's accounts; a real deployment signs in at its own provider.
const demoUsernames = ["scheduler", "technologist", "radiologist", "coordinator", "manager", "quality", "admin", "integration"];
const showDemoAccounts = import.meta.env.VITE_GANTRY_HIDE_DEMO_ACCOUNTS !== "true";

export function LoginPage() {
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(username.trim(), password);
    } catch (failure) {
      setError(failure instanceof SignInError ? failure.message : "Sign-in failed. Try again.");
      setBusy(false);
    }
  }

  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" p="xl" w={400} component="form" onSubmit={submit}>
        <Stack>
          <div>
            <Title order={2} c="indigo">
              Gantry
            </Title>
            <Text c="dimmed" size="sm">
              Sign in to the radiology workspace
            </Text>
          </div>
          {lastSessionEnd() === "expired" && !error && (
            <Alert color="yellow" title="Session ended">
              Your session has ended. Please sign in again.
            </Alert>
          )}
          {error && (
            <Alert color="red" title="Could not sign in" role="alert">
              {error}
            </Alert>
          )}
          <TextInput
            label="Username"
            autoComplete="username"
            required
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Button type="submit" loading={busy}>
            Sign in
          </Button>
          {showDemoAccounts && (
            <Text size="xs" c="dimmed">
              Demo accounts (password <Code>gantry-demo</Code>): {demoUsernames.join(", ")}.
            </Text>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
