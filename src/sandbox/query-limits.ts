/**
 * Buffer's query limits (facts §2): depth 25, aliases 30, complexity 175,000
 * (scalar 1, object 2, ×1.5 per nesting level), directives 50, tokens 15,000.
 * A violation is a plain GraphQL error with no `extensions.code` whose message
 * names the limit (facts §1.6).
 */
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export const QUERY_LIMITS = { depth: 25, aliases: 30, complexity: 175_000, directives: 50, tokens: 15_000 } as const;

export function tokenLimitError(): GraphQLError {
  return new GraphQLError(
    `Query exceeds maximum allowed number of tokens (${QUERY_LIMITS.tokens}). Please simplify your query.`,
  );
}

/** Returns the first violated limit for the operation that will run, or null. */
export function checkQueryLimits(document: DocumentNode, operation: OperationDefinitionNode): GraphQLError | null {
  let aliases = 0;
  let directives = 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  // Aliases and directives are counted over the whole document: they cost the server to parse either way.
  const countNodes = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(countNodes);
    const n = node as { kind?: string; alias?: unknown };
    if (n.kind === Kind.FIELD && n.alias) aliases++;
    if (n.kind === Kind.DIRECTIVE) directives++;
    for (const [k, v] of Object.entries(node)) if (k !== 'loc') countNodes(v);
  };
  countNodes(document);
  if (aliases > QUERY_LIMITS.aliases) {
    return new GraphQLError(
      `Query exceeds maximum allowed number of aliases (${QUERY_LIMITS.aliases}). Please simplify your query.`,
    );
  }
  if (directives > QUERY_LIMITS.directives) {
    return new GraphQLError(
      `Query exceeds maximum allowed number of directives (${QUERY_LIMITS.directives}). Please simplify your query.`,
    );
  }
  let maxDepth = 0;
  let complexity = 0;
  const walk = (set: SelectionSetNode, level: number, seen: Set<string>): void => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        maxDepth = Math.max(maxDepth, level + 1);
        complexity += (sel.selectionSet ? 2 : 1) * 1.5 ** level;
        if (sel.selectionSet && maxDepth <= QUERY_LIMITS.depth) walk(sel.selectionSet, level + 1, seen);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        walk(sel.selectionSet, level, seen);
      } else {
        const frag = fragments.get(sel.name.value);
        // A fragment cycle is a validation error reported later; stop here.
        if (frag && !seen.has(frag.name.value)) walk(frag.selectionSet, level, new Set([...seen, frag.name.value]));
      }
    }
  };
  walk(operation.selectionSet, 0, new Set());
  if (maxDepth > QUERY_LIMITS.depth) {
    return new GraphQLError(`Query exceeds maximum allowed depth (${QUERY_LIMITS.depth}). Please simplify your query.`);
  }
  if (complexity > QUERY_LIMITS.complexity) {
    return new GraphQLError('Query exceeds maximum allowed complexity. Please simplify your query.');
  }
  return null;
}
