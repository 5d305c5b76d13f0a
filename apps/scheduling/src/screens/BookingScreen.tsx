import { PageHeader } from "@gantry/web-kit/components/PageHeader";
import { ErrorAlert, Loading } from "@gantry/web-kit/components/QueryState";
import { useGraphQLQuery } from "@gantry/web-kit/graphql";
import { Alert, Anchor, Grid, Stack, Text, Title } from "@mantine/core";
import { keepPreviousData } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useArea } from "../area-context.tsx";
import { PriorityBadge } from "../components/Badges.tsx";
import { DeviceCalendar } from "../components/DeviceCalendar.tsx";
import { NotAllowedPanel } from "../components/NotAllowedPanel.tsx";
import { PatientLabel } from "../components/PatientLabel.tsx";
import { choiceOf, type SlotChoice } from "../components/slot-choice.ts";
import { SlotList } from "../components/SlotList.tsx";
import { SlotSearchForm, slotSearchProblem, type SlotSearchValues } from "../components/SlotSearchForm.tsx";
import { orderStatus } from "../labels.ts";
import { OrderQuery, OrderWithoutNameQuery } from "../operations/imaging-order.ts";
import { FindSlotsQuery } from "../operations/slot.ts";
import { useQueryWithPatient } from "../patient-fallback.ts";
import { dayFromToday } from "../time.ts";
import { SlotActions } from "./booking/SlotActions.tsx";

/** How many slots the list shows: the soonest, as the API orders them. */
const slotLimit = 50;

/**
 * Booking an order: the open slots of the next days (soonest first) and each device's calendar;
 * choose a slot (in the list or on the calendar), then hold, book or overbook it.
 */
export function BookingScreen() {
  const { permissions, link } = useArea();
  const { orderId = "" } = useParams();
  const navigate = useNavigate();
  const order = useQueryWithPatient(["scheduling", "order"], OrderQuery, OrderWithoutNameQuery, { id: orderId });
  const [search, setSearch] = useState<SlotSearchValues>({ from: dayFromToday(0), to: dayFromToday(13), deviceId: null });
  const [choice, setChoice] = useState<SlotChoice | null>(null);
  // Until someone moves the calendar, it opens on the day of the first open slot.
  const [calendarDate, setCalendarDate] = useState<Date | null>(null);
  const searchable = slotSearchProblem(search) === null && permissions.allows("bookAppointments");
  const slots = useGraphQLQuery(
    ["scheduling", "slots"],
    FindSlotsQuery,
    { search: { orderId, from: search.from, to: search.to, deviceId: search.deviceId }, first: slotLimit },
    { enabled: searchable && order.data?.data.imagingOrder?.viewerCanBook === true, placeholderData: keepPreviousData },
  );
  const choices = useMemo(() => (slots.data?.findSlots ?? []).map(choiceOf), [slots.data]);

  if (!permissions.allows("bookAppointments"))
    return <NotAllowedPanel action="bookAppointments" title="You cannot book appointments" subject="Booking appointments" phi />;
  if (order.isPending) return <Loading label="Loading the order" />;
  if (order.isError) return <ErrorAlert error={order.error} title="Could not load the order" />;
  const found = order.data.data.imagingOrder;
  if (!found)
    return (
      <Text role="alert" data-testid="order-not-found">
        No order with this id.
      </Text>
    );
  const patient = order.data.full?.imagingOrder?.patient ?? null;
  if (!found.viewerCanBook)
    return (
      <Alert color="yellow" role="alert" title={`Order ${found.accessionNumber} cannot be booked now`} data-testid="order-not-bookable">
        It is {orderStatus.format(found.status).toLowerCase()}: only active orders are booked.{" "}
        <Anchor component={Link} to={link(`orders/${found.id}`)}>
          Back to the order
        </Anchor>
      </Alert>
    );
  const choose = (slot: SlotChoice) => {
    setChoice(slot);
    setCalendarDate(new Date(slot.startsAt));
  };

  return (
    <>
      <PageHeader
        title={`Book ${found.procedure.name}`}
        description={
          <>
            Order{" "}
            <Anchor component={Link} to={link(`orders/${found.id}`)}>
              {found.accessionNumber}
            </Anchor>{" "}
            for <PatientLabel patient={patient} /> · <PriorityBadge value={found.priority} />
          </>
        }
      />
      <SlotSearchForm
        modality={found.procedure.modality}
        values={search}
        onChange={(values) => {
          setSearch(values);
          setChoice(null);
        }}
      />
      <Grid>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack>
            <Title order={3} size="h4">
              Open slots
            </Title>
            {slots.isPending && searchable ? (
              <Loading label="Finding open slots" />
            ) : slots.isError ? (
              <ErrorAlert error={slots.error} title="Could not find slots" />
            ) : (
              <>
                <SlotList slots={choices} selected={choice} onChoose={choose} />
                {choices.length === slotLimit && (
                  <Text size="sm" c="dimmed">
                    The {slotLimit} soonest are shown; choose later days or one device for others.
                  </Text>
                )}
              </>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack>
            {choice && (
              <SlotActions
                key={`${choice.deviceId}-${choice.startsAt}`}
                order={{ id: found.id, patientId: found.patient.id }}
                choice={choice}
                onBooked={(appointmentId) => void navigate(link(`appointments/${appointmentId}`))}
              />
            )}
            <Title order={3} size="h4">
              Device calendar
            </Title>
            <DeviceCalendar
              modality={found.procedure.modality}
              deviceId={search.deviceId}
              slots={choices}
              selected={choice}
              date={calendarDate ?? (choices[0] ? new Date(choices[0].startsAt) : new Date())}
              onDateChange={setCalendarDate}
              onChoose={choose}
              onPickTime={
                permissions.allows("overbook")
                  ? (pick) =>
                      choose({
                        deviceId: pick.deviceId,
                        deviceName: pick.deviceName,
                        startsAt: pick.start.toISOString(),
                        endsAt: pick.end.toISOString(),
                        reserved: false,
                        technologists: [],
                        picked: true,
                      })
                  : undefined
              }
            />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
