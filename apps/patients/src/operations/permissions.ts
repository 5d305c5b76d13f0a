import { graphql } from "../__generated__/gql.ts";

export const PatientsPermissionsQuery = graphql(`
  query PatientsPermissions {
    patientsPermissions {
      action
      allowed
    }
  }
`);
