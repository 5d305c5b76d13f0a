import { onEvent } from "@gantry/subgraph-kit/events/event-handler";
import { patientMerged } from "@gantry/subgraph-kit/events/patient-events";
import { holdingTimeSql } from "../appointment/appointment.entity.ts";

// The duplicate's live appointments that overlap one of the survivor's are the same person
// booked twice: they are cancelled (duplicate order), since a person is in one place at a time.
const cancelDoubles = `
  with doubled as (
    update appointment d set status = 'cancelled', cancellation_reason = 'duplicate-order', cancelled_late = false,
           cancellation_note = 'Patient records merged: the surviving record has an appointment at this time',
           cancelled_at = now(), cancelled_by = 'Gantry (patient merge)', hold_expires_at = null, updated_at = now()
    where d.patient_id = ? and d.status in (${holdingTimeSql})
      and exists (select 1 from appointment s where s.patient_id = ? and s.status in (${holdingTimeSql})
                  and tstzrange(s.starts_at, s.ends_at, '[)') && tstzrange(d.starts_at, d.ends_at, '[)'))
    returning d.id, d.status)
  insert into appointment_history (appointment_id, at, actor_subject, actor_name, action, from_status, to_status, changes, reason)
  select id, now(), 'system', 'Gantry', 'cancelled', null, 'cancelled', '{}', 'Patient records merged: booked twice at this time'
  from doubled`;

const moveAppointments = `
  with moved as (update appointment set patient_id = ?, updated_at = now() where patient_id = ? returning id, status)
  insert into appointment_history (appointment_id, at, actor_subject, actor_name, action, from_status, to_status, changes, reason)
  select id, now(), 'system', 'Gantry', 'patient-merged', status, status,
         jsonb_build_object('patientId', jsonb_build_object('from', ?::text, 'to', ?::text)), 'Patient records merged'
  from moved`;

// The move is a write of the survivor's PHI: audited like any other, as the system's.
const audit = `
  insert into phi_access_log (at, actor_subject, actor_name, actor_roles, patient_id, action, fields, purpose, request_id)
  values (now(), 'system', 'Gantry (patient merge)', '{}', ?, 'merge', '{imagingOrders,appointments}', 'operations', ?)`;

/**
 * When patients merges a duplicate, its orders, appointments and waitlist entries move to the
 * survivor. Runs in the transaction that records the event as applied (the kit's inbox), so a
 * redelivery finds it applied and changes nothing; applied by hand twice, the second run finds
 * nothing left under the duplicate.
 */
export const moveRecordsOfMergedPatient = onEvent(patientMerged, async ({ survivorId, duplicateId }, { em, event }) => {
  await em.execute(cancelDoubles, [duplicateId, survivorId]);
  await em.execute(moveAppointments, [survivorId, duplicateId, duplicateId, survivorId]);
  await em.execute(
    `update imaging_order set patient_id = ?, updated_at = now(), updated_by = 'Gantry (patient merge)' where patient_id = ?`,
    [survivorId, duplicateId],
  );
  await em.execute(`update waitlist_entry set patient_id = ? where patient_id = ?`, [survivorId, duplicateId]);
  await em.execute(audit, [survivorId, `event:${event.id}`.slice(0, 64)]);
});
