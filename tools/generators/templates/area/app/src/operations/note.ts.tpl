import { graphql } from "../__generated__/gql.ts";

export const {{note.type}}sQuery = graphql(`
  query {{note.type}}s($first: Int, $after: String) {
    {{note.listField}}(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        text
        createdBy
        createdAt
      }
    }
  }
`);

export const Add{{note.type}}Mutation = graphql(`
  mutation Add{{note.type}}($input: Add{{note.type}}Input!) {
    {{note.addField}}(input: $input) {
      id
    }
  }
`);
