import {
  BREAK,
  Kind,
  visit,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  type SelectionSetNode,
  type ValidationRule,
} from "graphql";
import { queryLimitError } from "./query-limit-error.ts";

export interface DocumentLimits {
  /** Directives in the whole document. */
  maxDirectives: number;
  /** Aliases in the whole document, `__typename` included. */
  maxAliases: number;
  /** Times one response name may occur in one selection set, fragments spread into it included. */
  maxFieldRepeats: number;
}

/**
 * Counts, in one linear pass over the parsed document (no schema needed), what makes graphql-js
 * validation slow: OverlappingFieldsCanBeMerged compares every pair of fields sharing a response
 * name, so 10,000 `id`s in one selection set cost 50 million comparisons.
 */
export function documentLimitBreach(document: DocumentNode, limits: DocumentLimits): GraphQLError | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  let directives = 0;
  let aliases = 0;
  let breach: GraphQLError | undefined;
  visit(document, {
    Directive() {
      directives += 1;
    },
    Field(node) {
      if (node.alias) aliases += 1;
    },
    SelectionSet(node) {
      const repeated = mostRepeatedField(node, fragments);
      if (repeated.count <= limits.maxFieldRepeats) return undefined;
      breach = queryLimitError(
        "MAX_FIELD_REPEATS",
        limits.maxFieldRepeats,
        `The field "${repeated.name}" is selected ${repeated.count} times in one selection set; at most ${limits.maxFieldRepeats} are accepted.`,
      );
      // One breach is enough to refuse; the rest of a possibly huge document is not walked.
      return BREAK;
    },
  });
  if (breach) return breach;
  if (directives > limits.maxDirectives) {
    return queryLimitError(
      "MAX_DIRECTIVES",
      limits.maxDirectives,
      `The query has ${directives} directives; at most ${limits.maxDirectives} are accepted.`,
    );
  }
  if (aliases > limits.maxAliases) {
    return queryLimitError(
      "MAX_ALIASES",
      limits.maxAliases,
      `The query has ${aliases} aliases; at most ${limits.maxAliases} are accepted.`,
    );
  }
  return undefined;
}

/**
 * The response name selected most often in one selection set, merging inline fragments and
 * named fragments as graphql-js does (each named fragment once, so cycles end too).
 */
function mostRepeatedField(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
): { name: string; count: number } {
  const counts = new Map<string, number>();
  const spread = new Set<string>();
  const most = { name: "", count: 0 };
  const collect = (set: SelectionSetNode): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.alias?.value ?? selection.name.value;
        const count = (counts.get(name) ?? 0) + 1;
        counts.set(name, count);
        if (count > most.count) Object.assign(most, { name, count });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect(selection.selectionSet);
      } else if (!spread.has(selection.name.value)) {
        spread.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) collect(fragment.selectionSet);
      }
    }
  };
  collect(selectionSet);
  return most;
}

/**
 * Refuses a document past the limits before any other validation rule walks it. Validation
 * rules run in parallel over one traversal; answering the Document node with an empty document
 * (graphql-js traverses a node an enter hook returns instead of the original) leaves the other
 * rules nothing to compare. Hooks cannot refuse earlier: an error thrown there becomes a 500.
 */
export function documentLimitsRule(limits: DocumentLimits): ValidationRule {
  return (context) => ({
    Document(node): ASTNode | undefined {
      const breach = documentLimitBreach(node, limits);
      if (!breach) return undefined;
      context.reportError(breach);
      return { kind: Kind.DOCUMENT, definitions: [] };
    },
  });
}
