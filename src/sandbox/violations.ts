/**
 * Every request the sandbox refused because Buffer would refuse it too (a
 * body that is not a GraphQL request, a parse error, a query limit, a
 * validation error, a variable that does not coerce), kept process-wide so
 * the test suite can fail any test that sent one without meaning to
 * (test/helpers/schema-violations-setup.ts). The E2E tests run the action as
 * a child process, but the sandbox answers inside the vitest worker, so its
 * refusals land here too.
 *
 * Held on `globalThis` so a second copy of this module (src and a bundle in
 * one process) still feeds the same list.
 */
export interface SchemaViolation {
  /** `parse`, `limits`, `validation`, `variables` or `request`. */
  stage: 'request' | 'parse' | 'limits' | 'validation' | 'variables';
  operationName: string | null;
  messages: string[];
  query: string;
  variables: unknown;
}

const KEY = Symbol.for('buffer-gitops.sandbox.schema-violations');
type Holder = { [KEY]?: SchemaViolation[] };

function list(): SchemaViolation[] {
  const holder = globalThis as Holder;
  return (holder[KEY] ??= []);
}

/** A long-running sandbox (`buffer-gitops sandbox`, `npm start`) nobody drains keeps only the latest. */
const KEEP = 1000;

export function recordSchemaViolation(violation: SchemaViolation): void {
  const violations = list();
  violations.push(violation);
  if (violations.length > KEEP) violations.splice(0, violations.length - KEEP);
}

/** Returns the violations recorded since the last call and forgets them. */
export function takeSchemaViolations(): SchemaViolation[] {
  return list().splice(0);
}
