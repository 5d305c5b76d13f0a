import { Alert } from "@mantine/core";

export function NoAccessPanel() {
  return (
    <Alert color="yellow" title="You do not have access to patient details" data-testid="patients-no-access" role="alert">
      Patient details are protected health information: reading them needs a front-desk or clinical role with the phi:read permission. Ask
      your department administrator if your work requires it.
    </Alert>
  );
}
