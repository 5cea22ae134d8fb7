/**
 * The test-wide check that no test sends Buffer something it would refuse
 * (issue 12): every sandbox in this process records the documents and
 * variables it refused (src/sandbox/violations.ts), and
 * schema-violations-setup.ts fails the test they happened in. A test that
 * sends bad documents on purpose (the sandbox's own strictness tests) says
 * so with `expectSchemaViolations()`.
 */
import { expect } from 'vitest';
import type { SchemaViolation } from '../../src/sandbox/violations.js';

const KEY = Symbol.for('buffer-gitops.test.schema-violations-allowed');
type Holder = { [KEY]?: { test: boolean; file: boolean } };

export function allowance(): { test: boolean; file: boolean } {
  const holder = globalThis as Holder;
  return (holder[KEY] ??= { test: false, file: false });
}

/**
 * Declares that the sandbox will refuse requests on purpose: inside a test,
 * for that test; in `beforeAll` or at the top of a describe block, for the
 * rest of the file.
 */
export function expectSchemaViolations(): void {
  if (expect.getState().currentTestName) allowance().test = true;
  else allowance().file = true;
}

export function describeViolations(violations: SchemaViolation[]): string {
  const lines = violations.slice(0, 5).map((v) => {
    const vars = v.variables === undefined ? '' : ` variables=${JSON.stringify(v.variables).slice(0, 300)}`;
    return `- [${v.stage}] ${v.operationName ?? 'anonymous'}: ${v.messages.join(' | ')}${vars}`;
  });
  if (violations.length > 5) lines.push(`- … and ${violations.length - 5} more`);
  return `The Buffer sandbox refused ${violations.length} request(s) that Buffer would refuse too (issue 12). Fix what is sent, or call expectSchemaViolations() in a test that sends bad documents on purpose:\n${lines.join('\n')}`;
}
