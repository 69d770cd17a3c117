/**
 * `StepName.ColumnName` references inside a scan operator's steps (scan-operator.md):
 * the scan operator records, before its expressions are compiled, which step and
 * column each such PathExpression names; the compiled expression then reads the
 * value from the scope's scan state (ScalarScope.scan), never from a closure, so the
 * cached compilation of a syntax node stays valid for every row and every query.
 */
export interface ScanReference {
  /** 0-based index of the step whose record in the state is read. */
  step: number;
  /** Index of the column in the state's records (the input's columns, then the declared ones). */
  column: number;
}

export const SCAN_REFERENCES = new WeakMap<object, ScanReference>();
