extend type Query {
  "Every action of the {{area.phrase}} area and whether the signed-in person may perform it (what the screens show or hide)."
  {{area.camel}}Permissions: [Permission!]!
}
