{
  "name": "{{area.kebab}}",
  "port": {{port}},
  "envPrefix": "{{area.upperSnake}}",
  "database": "{{database}}",
  "schema": "schema.graphql",
  "entry": "src/main.ts",
  "subgraph": {
    "module": "@gantry/{{area.kebab}}/subgraph",
    "definition": "{{area.camel}}Subgraph",
    "dataModel": "{{area.camel}}DataModel"
  },
  "seed": {
    "module": "@gantry/{{area.kebab}}/seed",
    "function": "seed{{area.pascal}}DemoData"
  },
  "remote": {
    "folder": "apps/{{area.kebab}}",
    "title": "{{area.words}}"
  }
}
