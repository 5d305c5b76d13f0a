import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { requirePhiRead, type PhiGuardContext } from "./phi-access.ts";
import { fieldDeclarationOf, objectTypesOf, patientDataOf } from "./phi-declarations.ts";

/**
 * The patient ids an object's PHI is about. A key the object lacks fails the field rather than
 * answering: a read that cannot be attributed to a patient would go unaudited.
 */
function patientIdsOf(parent: unknown, keys: string[], coordinate: string): string[] {
  return keys.map((key) => {
    const id = (parent as Record<string, unknown> | null)?.[key];
    if (typeof id !== "string" || id.length === 0)
      throw new Error(`${coordinate}: the resolved object has no patient id in "${key}" (see its type's @patientData).`);
    return id;
  });
}

function guarded(
  coordinate: string,
  logAs: string,
  patientKeys: string[],
  resolve: GraphQLFieldResolver<unknown, PhiGuardContext>,
): GraphQLFieldResolver<unknown, PhiGuardContext> {
  return (parent, args, context, info) => {
    requirePhiRead(context, logAs);
    for (const patientId of patientIdsOf(parent, patientKeys, coordinate)) context.phiReads.record(patientId, logAs);
    return resolve(parent, args, context, info);
  };
}

/**
 * Puts the PHI guard and the read recorder in front of the resolver of every `@phi` field of
 * every `@patientData` type: phi:read or FORBIDDEN on that field, then one recorded read per
 * patient the type names, under the field's `as`, else the type's `as`, else the field's name.
 * Resolvers stay plain reads; no area wraps a field by hand.
 */
export function guardPhiFields(schema: GraphQLSchema): void {
  for (const type of objectTypesOf(schema)) {
    const declaration = patientDataOf(schema, type);
    if (!declaration) continue;
    for (const field of Object.values(type.getFields())) {
      const phi = fieldDeclarationOf(schema, field).phi;
      if (!phi) continue;
      const logAs = phi.logAs ?? declaration.logAs ?? field.name;
      field.resolve = guarded(`${type.name}.${field.name}`, logAs, declaration.patientKeys, field.resolve ?? defaultFieldResolver);
    }
  }
}
