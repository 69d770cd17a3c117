/**
 * The row and memory budget of one query. Operators call `budget.rows(n, node,
 * keyword)` with the number of rows their step has produced so far (or is about
 * to produce, computed before materialising), and `budget.bytes(...)` with an
 * estimate of the step's output size, so a runaway join, range or mv-expand stops
 * with a QueryError naming its position instead of exhausting the heap.
 */
import { QueryError } from './refusal.js';
import type { Table } from './table.js';

/** Default: most rows one step may produce. */
export const DEFAULT_MAX_ROWS = 10_000_000;
/** Default: largest estimated size of one step's output, in bytes (1 GiB). */
export const DEFAULT_MAX_BYTES = 1024 * 1024 * 1024;

/** Bytes per value slot of a column array (a pointer or a small integer). */
const SLOT_BYTES = 8;
/** Rows sampled per string column to estimate its average length. */
const SAMPLE = 64;

export interface Budget {
  readonly maxRows: number;
  readonly maxBytes: number;
  /** The step at `node` has produced (or will produce) `count` rows: throws past the budget. */
  rows(count: number, node: unknown, keyword: string): void;
  /** The step's output is estimated at `estimate` bytes: throws past the budget. */
  bytes(estimate: number, node: unknown, keyword: string): void;
  /**
   * Check a finished table: its row count, and the size of its column arrays
   * (strings shared with the input are not counted again).
   */
  table(table: Table, node: unknown, keyword: string): void;
}

/** Estimated size of `rows` rows of `columns` columns, plus string payloads. */
export function estimateBytes(rows: number, columns: number, stringChars = 0): number {
  return rows * columns * SLOT_BYTES + stringChars * 2;
}

/**
 * Estimated size of the fresh strings of a computed column, from a sample of its
 * values (UTF-16: 2 bytes a char) plus its slots.
 */
export function columnBytes(values: readonly unknown[]): number {
  const n = values.length;
  if (n === 0) return 0;
  const step = Math.max(1, Math.floor(n / SAMPLE));
  let sampled = 0;
  let total = 0;
  for (let r = 0; r < n && sampled < SAMPLE; r += step, sampled++) {
    const v = values[r];
    if (typeof v === 'string') total += v.length;
  }
  return estimateBytes(n, 1, (total / sampled) * n);
}

function offsetOf(node: unknown): number | undefined {
  const start = (node as { TextStart?: unknown } | undefined)?.TextStart;
  return typeof start === 'number' ? start : undefined;
}

/** `line:column` of an offset in the query text. */
export function positionOf(text: string, offset: number | undefined): string {
  if (offset === undefined) return '';
  const before = text.slice(0, offset).split('\n');
  return ` at ${before.length}:${(before.at(-1) ?? '').length + 1}`;
}

function mib(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
  if (bytes >= 1024 ** 2) return `${Math.round(bytes / 1024 ** 2)} MiB`;
  return `${Math.round(bytes)} bytes`;
}

/** A budget for one query over `text` (used to name positions). */
export function createBudget(text: string, maxRows = DEFAULT_MAX_ROWS, maxBytes = DEFAULT_MAX_BYTES): Budget {
  if (!(maxRows > 0)) throw new QueryError(`the row budget must be a positive number, not ${maxRows}`);
  if (!(maxBytes > 0)) throw new QueryError(`the memory budget must be a positive number, not ${maxBytes}`);
  const budget: Budget = {
    maxRows,
    maxBytes,
    rows(count, node, keyword) {
      if (count > maxRows)
        throw new QueryError(`query exceeded the row budget of ${maxRows} rows${positionOf(text, offsetOf(node))} (${keyword})`);
    },
    bytes(estimate, node, keyword) {
      if (estimate > maxBytes)
        throw new QueryError(
          `query exceeded the memory budget of ${mib(maxBytes)} (about ${mib(estimate)} estimated)${positionOf(text, offsetOf(node))} (${keyword})`,
        );
    },
    table(table, node, keyword) {
      budget.rows(table.rowCount, node, keyword);
      budget.bytes(estimateBytes(table.rowCount, table.columns.length), node, keyword);
    },
  };
  return budget;
}
