"A {{mod.phrase}} of the {{area.phrase}} area. Starter shape from `pnpm gen`: replace `text` with the real fields."
type {{type}} {
  id: ID!
  "What it says; may span lines."
  text: String!
  "Who added it, as their name appears on the department's accounts."
  createdBy: String!
  createdAt: DateTime!
}

type {{type}}Connection {
  nodes: [{{type}}!]!
  totalCount: Int!
  pageInfo: PageInfo!
}

input Add{{type}}Input {
  "At most 2000 characters; blank text is refused."
  text: String!
}

extend type Query {
  "{{pluralTitle}} of the area, newest first: `first` per page (25 by default, at most 100), from `after`."
  {{listField}}(first: Int = 25, after: String): {{type}}Connection!
}

extend type Mutation {
  "Adds a {{mod.phrase}}. BAD_USER_INPUT for blank or too long text; FORBIDDEN for those the catalogue does not allow."
  {{addField}}(input: Add{{type}}Input!): {{type}}!
}
