import { graphql } from "../__generated__/gql.ts";

export const WorklistEntryFieldsFragment = graphql(`
  fragment WorklistEntryFields on Appointment {
    id
    startsAt
    endsAt
    status
    stage
    lateArrival
    arrivedAt
    checkedInAt
    examStartedAt
    examStartedBy
    studyInstanceUid
    device {
      id
      name
    }
    technologist {
      id
      name {
        text
      }
    }
    order {
      id
      accessionNumber
      priority
      protocol
      requiresPriorAuthorization
      procedure {
        id
        name
        modality
        contrast
        preparation
        screenings
      }
    }
    report {
      status
      radiologist
      distributedAt
    }
    administeredActivity {
      radiopharmaceutical
      activityMBq
    }
  }
`);

export const WorklistQuery = graphql(`
  query Worklist($day: Date!, $includeClosed: Boolean, $deviceId: ID, $modality: Modality, $technologistId: ID) {
    worklist(day: $day, includeClosed: $includeClosed, deviceId: $deviceId, modality: $modality, technologistId: $technologistId) {
      ...WorklistEntryFields
      patient {
        id
        mrn
        name {
          text
        }
        interpreterNeeded
        currentSafetyScreening {
          alerts
        }
        priorStudyRequests {
          id
          status
          facility
        }
      }
    }
  }
`);

export const WorklistWithoutNamesQuery = graphql(`
  query WorklistWithoutNames($day: Date!, $includeClosed: Boolean, $deviceId: ID, $modality: Modality, $technologistId: ID) {
    worklist(day: $day, includeClosed: $includeClosed, deviceId: $deviceId, modality: $modality, technologistId: $technologistId) {
      ...WorklistEntryFields
    }
  }
`);

export const MarkArrivedMutation = graphql(`
  mutation MarkArrived($id: ID!) {
    markArrived(appointmentId: $id) {
      id
      stage
    }
  }
`);

export const CheckInMutation = graphql(`
  mutation CheckIn($input: CheckInInput!) {
    checkIn(input: $input) {
      id
      stage
    }
  }
`);

export const MarkNoShowMutation = graphql(`
  mutation MarkNoShow($id: ID!) {
    markNoShow(appointmentId: $id) {
      id
      stage
    }
  }
`);

export const MarkLeftWithoutBeingSeenMutation = graphql(`
  mutation MarkLeftWithoutBeingSeen($id: ID!, $note: String) {
    markLeftWithoutBeingSeen(appointmentId: $id, note: $note) {
      id
      stage
    }
  }
`);

export const StartExamMutation = graphql(`
  mutation StartExam($input: StartExamInput!) {
    startExam(input: $input) {
      id
      stage
    }
  }
`);

export const CompleteExamMutation = graphql(`
  mutation CompleteExam($input: CompleteExamInput!) {
    completeExam(input: $input) {
      id
      stage
    }
  }
`);

export const DiscontinueExamMutation = graphql(`
  mutation DiscontinueExam($input: DiscontinueExamInput!) {
    discontinueExam(input: $input) {
      id
      stage
    }
  }
`);

export const RecordReportMutation = graphql(`
  mutation RecordReport($input: RecordReportInput!) {
    recordReport(input: $input) {
      id
      stage
    }
  }
`);

export const RecordReportDistributionMutation = graphql(`
  mutation RecordReportDistribution($input: RecordReportDistributionInput!) {
    recordReportDistribution(input: $input) {
      id
      stage
    }
  }
`);

export const TechnologistsForExamQuery = graphql(`
  query TechnologistsForExam($modality: Modality!, $on: Date) {
    staffCredentialedFor(modality: $modality, on: $on) {
      id
      name {
        text
      }
    }
  }
`);

export const TrackingBoardVersionQuery = graphql(`
  query TrackingBoardVersion($day: Date!) {
    trackingBoardVersion(day: $day)
  }
`);

export const BoardEntryFieldsFragment = graphql(`
  fragment BoardEntryFields on Appointment {
    id
    startsAt
    endsAt
    stage
    arrivedAt
    checkedInAt
    examStartedAt
    examEndedAt
    lateArrival
    device {
      id
      name
    }
    order {
      id
      accessionNumber
      priority
      procedure {
        id
        name
      }
    }
  }
`);

export const TrackingBoardQuery = graphql(`
  query TrackingBoard($day: Date!) {
    worklist(day: $day) {
      ...BoardEntryFields
      patient {
        id
        name {
          text
        }
      }
    }
  }
`);

export const TrackingBoardWithoutNamesQuery = graphql(`
  query TrackingBoardWithoutNames($day: Date!) {
    worklist(day: $day) {
      ...BoardEntryFields
    }
  }
`);

export const ContrastLotsQuery = graphql(`
  query ContrastLots {
    inventoryItems(category: CONTRAST) {
      id
      name
      unit
      onHand
      lots {
        id
        lotNumber
        expiresOn
      }
    }
  }
`);

export const RecordContrastGivenMutation = graphql(`
  mutation RecordContrastGiven($input: RecordContrastGivenInput!) {
    recordContrastGiven(input: $input) {
      id
      contrastGiven {
        quantity
      }
    }
  }
`);

/** The signed-in person's own staff record (staff area), when their sign-in account is linked to one. */
export const MyStaffRecordQuery = graphql(`
  query MyStaffRecord {
    myStaffRecord {
      id
      role
      name {
        text
      }
    }
  }
`);

export const RecordAdministeredActivityMutation = graphql(`
  mutation RecordAdministeredActivity($input: RecordAdministeredActivityInput!) {
    recordAdministeredActivity(input: $input) {
      id
      administeredActivity {
        radiopharmaceutical
        activityMBq
        administeredAt
      }
    }
  }
`);
