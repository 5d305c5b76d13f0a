import { getDirectiveValues, isObjectType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from "graphql";

// The directives are defined in shared.graphql. They are subgraph-local (never @composeDirective'd),
// so composition drops them: the gateway's API schema does not change, only the subgraph reads them.
export const phiDirective = "phi";
export const publicDirective = "public";
export const patientDataDirective = "patientData";

/** `@patientData` on a type: where the patient ids are on its objects, and the name its reads are logged as. */
export interface PatientDataDeclaration {
  patientKeys: string[];
  logAs: string | undefined;
}

/** A field's own declaration: `@phi` (with the name it is logged as, if given) and/or `@public`. */
export interface FieldDeclaration {
  phi: { logAs: string | undefined } | undefined;
  public: boolean;
}

// Field names by which a record says which patient it belongs to; a type with one must declare itself.
const patientReferenceFields = new Set(["patient", "patientId"]);

export function patientDataOf(schema: GraphQLSchema, type: GraphQLObjectType): PatientDataDeclaration | undefined {
  const directive = schema.getDirective(patientDataDirective);
  if (!directive) return undefined;
  // `extend type` counts too: an area may declare another area's entity on its own extension.
  for (const node of [type.astNode, ...type.extensionASTNodes]) {
    const values = node ? getDirectiveValues(directive, node) : undefined;
    if (values) return { patientKeys: values.patient as string[], logAs: values.as as string | undefined };
  }
  return undefined;
}

export function fieldDeclarationOf(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>): FieldDeclaration {
  const phi = schema.getDirective(phiDirective);
  const open = schema.getDirective(publicDirective);
  const node = field.astNode;
  const phiValues = phi && node ? getDirectiveValues(phi, node) : undefined;
  return {
    phi: phiValues ? { logAs: phiValues.as as string | undefined } : undefined,
    public: Boolean(open && node && getDirectiveValues(open, node)),
  };
}

/** The schema's own object types (not introspection's), with their declarations. */
export function objectTypesOf(schema: GraphQLSchema): GraphQLObjectType[] {
  return Object.values(schema.getTypeMap()).filter((type) => isObjectType(type) && !type.name.startsWith("__")) as GraphQLObjectType[];
}

/** Every way the schema's PHI declarations are incomplete or inconsistent, one sentence each. */
export function phiDeclarationProblems(schema: GraphQLSchema): string[] {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  const problems: string[] = [];
  for (const type of objectTypesOf(schema)) {
    const declaration = patientDataOf(schema, type);
    if (declaration && declaration.patientKeys.length === 0)
      problems.push(`${type.name} declares @patientData without naming where the patient id is (patient: [...]).`);
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      const marks = fieldDeclarationOf(schema, field);
      if (declaration && !marks.phi && !marks.public)
        problems.push(`${coordinate} is neither @phi nor @public; ${type.name} carries patient data, so say which it is.`);
      if (marks.phi && marks.public) problems.push(`${coordinate} is both @phi and @public; it is one or the other.`);
      if (!declaration && (marks.phi || marks.public))
        problems.push(
          `${coordinate} is marked @${marks.phi ? phiDirective : publicDirective}, but ${type.name} does not declare @patientData.`,
        );
      if (!declaration && !roots.has(type) && patientReferenceFields.has(field.name))
        problems.push(`${type.name} names a patient (${coordinate}) but does not declare @patientData; mark its fields @phi or @public.`);
    }
  }
  return problems;
}

/**
 * Fails, naming each type and field, unless every field of every patient-bearing type is
 * declared @phi or @public. The kit calls it when it builds a subgraph's schema, and each area
 * that serves PHI calls it in a test, so an undeclared field stops the build rather than
 * reaching a caller unguarded.
 */
export function assertPhiDeclared(schema: GraphQLSchema): void {
  const problems = phiDeclarationProblems(schema);
  if (problems.length > 0) throw new Error(`PHI declarations are incomplete:\n${problems.map((problem) => `- ${problem}`).join("\n")}`);
}
