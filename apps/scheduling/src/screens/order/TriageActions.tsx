import { useGraphQLMutation } from "@gantry/web-kit/graphql";
import { Button, Checkbox, Group, Paper, Switch, Text, Title } from "@mantine/core";
import { notifyDone } from "../../notify.ts";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { OrderFieldsFragment } from "../../__generated__/graphql.ts";
import { useArea } from "../../area-context.tsx";
import { FailureAlert } from "../../components/FailureAlert.tsx";
import { ReasonModal } from "../../components/ReasonModal.tsx";
import {
  HoldOrderMutation,
  OverridePriorAuthorizationMutation,
  ReleaseOrderMutation,
  RevokeOrderMutation,
} from "../../operations/imaging-order.ts";
import { TriageModal } from "./TriageModal.tsx";

type Open = "triage" | "hold" | "revoke" | "prior-auth" | null;

/** Orders still open to a prior-authorization override: active, on hold or draft (revoked and completed ones are final). */
const open = new Set(["ACTIVE", "ON_HOLD", "DRAFT"]);

/** Triage for those the catalogue allows: priority and protocol, hold and release, revoke, and the prior-authorization override. */
export function TriageActions({ order, hasLiveAppointment }: { order: OrderFieldsFragment; hasLiveAppointment: boolean }) {
  const { permissions } = useArea();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<Open>(null);
  const [enteredInError, setEnteredInError] = useState(false);
  const [requiresPriorAuth, setRequiresPriorAuth] = useState(!order.requiresPriorAuthorization);
  const done = (message: string) => {
    void queryClient.invalidateQueries({ queryKey: ["scheduling"] });
    notifyDone(message);
    setDialog(null);
  };
  const hold = useGraphQLMutation(HoldOrderMutation, { onSuccess: () => done("The order is on hold.") });
  const release = useGraphQLMutation(ReleaseOrderMutation, { onSuccess: () => done("The order is released to the queue.") });
  const revoke = useGraphQLMutation(RevokeOrderMutation, { onSuccess: () => done("The order is revoked.") });
  const priorAuth = useGraphQLMutation(OverridePriorAuthorizationMutation, {
    onSuccess: () => done("Prior authorization requirement changed."),
  });

  // The API says per order whether this person may triage, hold or revoke it now.
  const canTriage = order.viewerCanTriage;
  const canOverride = permissions.allows("overridePriorAuthorization") && open.has(order.status);
  if (!canTriage && !canOverride) return null;
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="triage-title" data-testid="triage-actions">
      <Title order={3} size="h4" mb="sm" id="triage-title">
        Triage
      </Title>
      <FailureAlert title="The order was not released" error={release.error} />
      <Group>
        {canTriage && (
          <>
            <Button variant="light" onClick={() => setDialog("triage")} data-testid="triage-open">
              Set priority and protocol
            </Button>
            {order.status === "ON_HOLD" ? (
              <Button
                variant="light"
                onClick={() => release.mutate({ orderId: order.id })}
                loading={release.isPending}
                data-testid="order-release"
              >
                Release hold
              </Button>
            ) : (
              <Button variant="light" color="orange" onClick={() => setDialog("hold")} data-testid="order-hold">
                Put on hold
              </Button>
            )}
            <Button
              variant="light"
              color="red"
              onClick={() => setDialog("revoke")}
              disabled={hasLiveAppointment}
              data-testid="order-revoke"
            >
              Revoke order
            </Button>
          </>
        )}
        {canOverride && (
          <Button variant="light" color="grape" onClick={() => setDialog("prior-auth")} data-testid="order-prior-auth">
            Override prior authorization
          </Button>
        )}
      </Group>
      {hasLiveAppointment && canTriage && (
        <Text size="xs" c="dimmed" mt="xs">
          An appointment holds time for this order: cancel it before revoking the order.
        </Text>
      )}
      {dialog === "triage" && <TriageModal order={order} onClose={() => setDialog(null)} onDone={() => done("Triage recorded.")} />}
      {dialog === "hold" && (
        <ReasonModal
          title="Put the order on hold"
          description="A held order leaves the booking queue until it is released."
          submitLabel="Put on hold"
          color="orange"
          pending={hold.isPending}
          error={hold.error}
          onClose={() => setDialog(null)}
          onSubmit={(reason) => hold.mutate({ input: { orderId: order.id, reason } })}
        />
      )}
      {dialog === "revoke" && (
        <ReasonModal
          title="Revoke the order"
          description={`Order ${order.accessionNumber} ends for good: it cannot be booked or reopened.`}
          submitLabel="Revoke order"
          color="red"
          confirmation={`Revoke order ${order.accessionNumber}? This cannot be undone.`}
          pending={revoke.isPending}
          error={revoke.error}
          onClose={() => setDialog(null)}
          onSubmit={(reason) => revoke.mutate({ input: { orderId: order.id, reason, enteredInError } })}
        >
          <Checkbox
            label="Entered in error (a duplicate, or the wrong patient)"
            checked={enteredInError}
            onChange={(event) => setEnteredInError(event.currentTarget.checked)}
          />
        </ReasonModal>
      )}
      {dialog === "prior-auth" && (
        <ReasonModal
          title="Override prior authorization"
          description={`The catalogue says this procedure ${order.procedure.priorAuthRequired ? "needs" : "does not need"} a prior authorization; the order currently ${order.requiresPriorAuthorization ? "needs" : "does not need"} one.`}
          submitLabel="Save override"
          pending={priorAuth.isPending}
          error={priorAuth.error}
          onClose={() => setDialog(null)}
          onSubmit={(reason) => priorAuth.mutate({ input: { orderId: order.id, requiresPriorAuthorization: requiresPriorAuth, reason } })}
        >
          <Switch
            label="This order needs a prior authorization"
            checked={requiresPriorAuth}
            onChange={(event) => setRequiresPriorAuth(event.currentTarget.checked)}
          />
        </ReasonModal>
      )}
    </Paper>
  );
}
