// Standalone page for working on this area without the shell (`pnpm dev:standalone`): the same
// providers the shell gives a remote, a sign-in form, and the area mounted under /patients/*.
// The vite dev server proxies /graphql and /auth to the gateway of a running `pnpm start`.
import "@mantine/core/styles.css";
import "@mantine/dates/styles.css";
import "@mantine/notifications/styles.css";
import { Alert, Button, Container, MantineProvider, Paper, PasswordInput, Stack, TextInput, Title } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { currentSession, onSessionChange, signIn, type Session } from "@gantry/web-kit/session";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode, useEffect, useState, type FormEvent } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter, Navigate, Route, Routes } from "react-router";
import PatientsArea from "./Area.tsx";

function SignIn() {
  const [username, setUsername] = useState("scheduler");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn(username, password).catch((failure: unknown) => setError(failure instanceof Error ? failure.message : "Sign-in failed."));
  };
  return (
    <Container size="xs" py="xl">
      <Paper withBorder p="lg" component="form" onSubmit={submit}>
        <Stack>
          <Title order={3}>Sign in (Patients standalone)</Title>
          {error && <Alert color="red">{error}</Alert>}
          <TextInput label="Username" value={username} onChange={(event) => setUsername(event.currentTarget.value)} />
          <PasswordInput label="Password" value={password} onChange={(event) => setPassword(event.currentTarget.value)} />
          <Button type="submit">Sign in</Button>
        </Stack>
      </Paper>
    </Container>
  );
}

function Standalone() {
  const [session, setSession] = useState<Session | null>(() => currentSession());
  useEffect(() => onSessionChange((next) => setSession(next)), []);
  if (!session) return <SignIn />;
  return (
    <Container size="xl" py="md">
      <Routes>
        <Route path="/patients/*" element={<PatientsArea session={session} basePath="/patients" />} />
        <Route path="*" element={<Navigate to="/patients" replace />} />
      </Routes>
    </Container>
  );
}

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <MantineProvider>
      <Notifications />
      <QueryClientProvider client={new QueryClient()}>
        <BrowserRouter>
          <Standalone />
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
