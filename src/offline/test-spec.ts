/**
 * The `tests:` list of a detection, read into plain specs that remember the YAML
 * line of each test, data entry and inline row. Malformed entries become specs
 * with a problem (the schema check reports the details as findings).
 */
import type { EntityGroup } from '../load/entity-mappings.js';
import type { Detection } from '../load/load-detection.js';
import type { Span } from '../load/source-document.js';
import { isRecord } from '../util/records.js';

/** Rows for one table or workspace function: a fixture file or inline rows. */
export type DataSource =
  | { table: string; kind: 'file'; path: string; span: Span }
  | { table: string; kind: 'rows'; rows: { line: number; record: Record<string, unknown> }[]; span: Span };

/** Entities expected together in one result row: type → identifier → value. */
export type { EntityGroup } from '../load/entity-mappings.js';

export interface TestExpectation {
  triggered?: boolean;
  rows?: { min?: number; max?: number };
  entities?: EntityGroup[];
}

export interface TestSpec {
  name: string;
  /** 1-based line of the test's entry in the detection file. */
  line: number;
  /** The test's `now`, as written. */
  now?: string;
  data: DataSource[];
  expect: TestExpectation;
  /** Why the test cannot run as written, if it cannot. */
  problem?: string;
}

function entityGroups(value: unknown): EntityGroup[] | string {
  if (!Array.isArray(value)) return 'expect.entities must be a list';
  const groups: EntityGroup[] = [];
  for (const item of value) {
    if (!isRecord(item)) return 'each expected entity is a mapping such as Account: { FullName: alice@contoso.com }';
    const group: EntityGroup = [];
    for (const [type, ids] of Object.entries(item)) {
      if (!isRecord(ids)) return `expected entity ${type} needs identifier values, e.g. ${type}: { Name: value }`;
      const identifiers: Record<string, string> = {};
      for (const [id, v] of Object.entries(ids)) {
        if (typeof v !== 'string' && typeof v !== 'number') return `expected ${type}.${id} must be a string or a number`;
        identifiers[id] = String(v);
      }
      group.push({ type, identifiers });
    }
    groups.push(group);
  }
  return groups;
}

function expectationOf(value: unknown): TestExpectation | string {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) return 'expect must be a mapping';
  const out: TestExpectation = {};
  if (value.triggered !== undefined) {
    if (typeof value.triggered !== 'boolean') return 'expect.triggered must be true or false';
    out.triggered = value.triggered;
  }
  if (value.rows !== undefined) {
    if (!isRecord(value.rows)) return 'expect.rows must be a mapping such as { min: 1, max: 5 }';
    const { min, max } = value.rows;
    for (const [key, bound] of [
      ['min', min],
      ['max', max],
    ] as const) {
      if (bound !== undefined && !(Number.isInteger(bound) && (bound as number) >= 0))
        return `expect.rows.${key} must be a non-negative whole number`;
    }
    out.rows = { min: min as number | undefined, max: max as number | undefined };
  }
  if (value.entities !== undefined) {
    const groups = entityGroups(value.entities);
    if (typeof groups === 'string') return groups;
    out.entities = groups;
  }
  return out;
}

/** The detection's tests, in the order they are written. */
export function testSpecsOf(detection: Detection): TestSpec[] {
  const tests = detection.data.tests;
  if (!Array.isArray(tests)) return [];
  const source = detection.source;
  return tests.map((test, index): TestSpec => {
    const line = source.locate(['tests', index]).line;
    const fallbackName = `test ${index + 1}`;
    if (!isRecord(test))
      return { name: fallbackName, line, data: [], expect: {}, problem: 'a test is a mapping with name, data and expect' };
    const name = typeof test.name === 'string' && test.name.trim() ? test.name : fallbackName;
    const spec: TestSpec = { name, line, data: [], expect: {} };
    if (test.now !== undefined) {
      if (typeof test.now !== 'string') return { ...spec, problem: 'now must be an RFC 3339 date-time such as 2025-06-01T12:00:00Z' };
      spec.now = test.now;
    }
    if (test.data !== undefined && !isRecord(test.data)) return { ...spec, problem: 'data must map table names to a fixture path or rows' };
    for (const [table, value] of Object.entries(test.data ?? {})) {
      const at = ['tests', index, 'data', table];
      const span = source.locate(at, 'key');
      if (typeof value === 'string') spec.data.push({ table, kind: 'file', path: value, span });
      else if (Array.isArray(value)) {
        const rows: { line: number; record: Record<string, unknown> }[] = [];
        for (const [i, row] of value.entries()) {
          const rowLine = source.locate([...at, i]).line;
          if (!isRecord(row))
            return { ...spec, problem: `${detection.file}:${rowLine}: each inline row of ${table} is a mapping of column to value` };
          rows.push({ line: rowLine, record: row });
        }
        spec.data.push({ table, kind: 'rows', rows, span });
      } else if (value === null) spec.data.push({ table, kind: 'rows', rows: [], span });
      else return { ...spec, problem: `data.${table} must be a fixture path or a list of rows` };
    }
    const expect = expectationOf(test.expect);
    if (typeof expect === 'string') return { ...spec, problem: expect };
    spec.expect = expect;
    return spec;
  });
}
