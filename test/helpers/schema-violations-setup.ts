/**
 * vitest setupFiles: after every test (and after the file's last hook), fail
 * if any sandbox in this worker refused a request as invalid against Buffer's
 * schema, unless the test declared it with expectSchemaViolations().
 * Violations from a `beforeAll` are charged to the first test that follows,
 * so nothing sent in setup escapes the check.
 */
import { afterAll, afterEach } from 'vitest';
import { takeSchemaViolations } from '../../src/sandbox/violations.js';
import { allowance, describeViolations } from './schema-violations.js';

afterEach(() => {
  const violations = takeSchemaViolations();
  const allowed = allowance().test || allowance().file;
  allowance().test = false;
  if (violations.length > 0 && !allowed) throw new Error(describeViolations(violations));
});

afterAll(() => {
  const violations = takeSchemaViolations();
  const allowed = allowance().file;
  allowance().file = false;
  if (violations.length > 0 && !allowed) throw new Error(describeViolations(violations));
});
