import { defineEntity, p } from "@mikro-orm/core";

/** A {{mod.phrase}} of the {{area.phrase}} area. The table comes from the committed migration {{migrationName}}: change both together. */
export const {{type}}Schema = defineEntity({
  name: "{{type}}",
  tableName: "{{table}}",
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    text: p.string().length(2000),
    createdBy: p.string().length(200),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class {{type}} extends {{type}}Schema.class {}
{{type}}Schema.setClass({{type}});
