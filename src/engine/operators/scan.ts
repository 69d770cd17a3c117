/**
 * `T | scan [with_match_id=Id] [declare (Col:type[=default], …)] with (step s [output=all|none]: Condition [=> Col = Expr, …]; …)`
 * (scan-operator.md). One pass over the serialized input; each record is evaluated
 * against the steps from the last to the first, per the page's matching logic:
 *
 * - Check 1 (step k > 1): the previous step has an active sequence and the record meets
 *   the condition with that sequence's state: the sequence moves to step k (the one
 *   there is dropped), the record, extended by the step's assignments, joins it.
 * - Check 2 (step k has an active sequence, or k is the first step): the record meets
 *   the condition with step k's own state: its values replace step k's in that state;
 *   on the first step with no active sequence a new sequence (the next match id) begins.
 *
 * A match outputs the extended record unless the step is `output=none`. The state of a
 * sequence is its latest record per step, so `s1.col` reads a value there (the input
 * column's null, or the declared default, while the step has none).
 *
 * Refused, as the page leaves them open: `output=last` (when the last record of a series
 * is output, and where), a step referring to its own state from the second step on
 * (under Check 1 that state holds no record of the step), or to a later step, a bare
 * reference to a declared column or the match id, assignments of another type than the
 * column's declared one, unserialized input.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { analyze, globalsWith, listOf, syntaxDescendants } from '../../kql/language-service.js';
import { serializedInput } from '../functions/window.js';
import { Unsupported } from '../refusal.js';
import { boundToColumn, constantScope, evaluateScalar, isTabularNode, nodeKind, typeOf, type ScalarScope } from '../scalar.js';
import { compiledScalar, type CompiledScalar } from '../scalar-compile.js';
import { SCAN_REFERENCES } from '../scan-refs.js';
import { columnData, makeTable, pickRows, type ColumnData, type Table } from '../table.js';
import { nullOf, type KustoType, type Value } from '../values.js';
import { resultColumns } from './columns.js';
import type { QueryContext, TabularOperator } from './operator.js';

interface Step {
  name: string;
  output: 'all' | 'none';
  condition: CompiledScalar;
  /** Declared column index → compiled assignment. */
  assignments: [number, CompiledScalar][];
}

/** A step's record in a sequence's state: the input row and the declared columns' values. */
interface StepRecord {
  row: number;
  declared: Value[];
}

interface Sequence {
  id: number;
  records: (StepRecord | undefined)[];
}

/**
 * A declared column's default: the binder leaves the value unbound, so its text is bound
 * alone (`print` of it) and must be a constant of the column's type.
 */
function defaultValue(valueNode: any, type: KustoType, context: QueryContext): Value {
  const text = String(valueNode.ToString()).trim();
  let bound = DEFAULTS.get(text);
  if (!bound) {
    const analysis: any = analyze(`print ${text}`, globalsWith([]));
    if (analysis.diagnostics.some((d: any) => d.severity === 'error'))
      throw new Unsupported(`scan default value ${text.slice(0, 40)}`, valueNode.TextStart);
    const print = [...syntaxDescendants(analysis.code.Syntax)].find((n: any) => nodeKind(n) === 'PrintOperator');
    const expr = listOf(print?.Expressions).map((e: any) => e.Element ?? e)[0];
    if (!expr || [...syntaxDescendants(expr)].some((n: any) => isTabularNode(n)))
      throw new Unsupported(`scan default value ${text.slice(0, 40)}`, valueNode.TextStart);
    bound = expr;
    DEFAULTS.set(text, bound);
  }
  if (typeOf(bound) !== type) throw new Unsupported(`scan default of type ${typeOf(bound)} for a ${type} column`, valueNode.TextStart);
  const value = evaluateScalar(bound, constantScope(context));
  return value === null ? nullOf(type) : value;
}

const DEFAULTS = new Map<string, any>();

// Operators after a scan that read their input's columns by name (so the language service's
// phantom match_id column is never looked for), and those whose result no longer has it.
const BY_NAME = new Set(['FilterOperator', 'ExtendOperator', 'SortOperator', 'TakeOperator', 'TopOperator', 'SerializeOperator']);
const RESHAPING = new Set(['ProjectOperator', 'SummarizeOperator', 'CountOperator']);

/** Whether the scan's rows reach the query's result only through BY_NAME operators or a RESHAPING one. */
function phantomMatchIdUnseen(node: any): boolean {
  let pipe = node.Parent;
  if (!pipe || nodeKind(pipe) !== 'PipeExpression' || pipe.Operator !== node) return false;
  for (;;) {
    const parent = pipe.Parent;
    if (!parent) return false;
    if (nodeKind(parent) !== 'PipeExpression' || parent.Expression !== pipe) return nodeKind(parent) === 'ExpressionStatement';
    const kind = nodeKind(parent.Operator);
    if (RESHAPING.has(kind)) return true;
    if (!BY_NAME.has(kind)) return false;
    pipe = parent;
  }
}

function stepOutput(step: any): 'all' | 'last' | 'none' {
  for (let i = 0; i < step.ChildCount; i++) {
    const child = step.GetChild(i);
    if (child && typeof child.ChildCount === 'number' && nodeKind(child) === 'ScanStepOutput') {
      const text = String(child.ToString()).replace(/\s+/g, '');
      const m = /^output=(all|last|none)$/i.exec(text);
      if (!m) throw new Unsupported(`scan step ${text}`, child.TextStart);
      return m[1]!.toLowerCase() as 'all' | 'last' | 'none';
    }
  }
  return 'all';
}

export const scanOperator: TabularOperator = {
  kind: 'ScanOperator',
  keyword: 'scan',
  evaluate(node: any, input, context: QueryContext): Table {
    const table = input as Table;
    if (node.OrderByClause || node.PartitionByClause) throw new Unsupported('scan with order by or partition by', node.TextStart);
    if (!serializedInput(node)) throw new Unsupported('scan over rows that are not serialized (add serialize or sort)', node.TextStart);

    let matchIdName: string | undefined;
    for (const p of listOf(node.Parameters)) {
      const name = String(p.Name?.SimpleName ?? '');
      if (name !== 'with_match_id') throw new Unsupported(`scan parameter ${name}`, p.TextStart);
      matchIdName = String(p.Expression?.SimpleName ?? p.Expression?.ToString() ?? '').trim();
    }

    const inputNames = table.columns.map((c) => c.name);
    const nIn = inputNames.length;
    const columns = resultColumns(node, table);

    // Declared columns: names, types (the binder's result schema), defaults.
    const declared: { name: string; type: KustoType; fallback: Value }[] = [];
    for (const element of listOf(node.DeclareClause?.Declarations)) {
      const parameter = element.Element ?? element;
      const name = String(parameter.NameAndType?.Name?.SimpleName ?? '');
      if (inputNames.includes(name) || declared.some((d) => d.name === name))
        throw new Unsupported(`scan declaring column ${name} again`, parameter.TextStart);
      const column = columns[nIn + declared.length];
      if (!column || column.name !== name) throw new Unsupported('scan result schema', node.TextStart);
      const valueNode = parameter.DefaultValue?.Value;
      const fallback = valueNode ? defaultValue(valueNode, column.type, context) : nullOf(column.type);
      declared.push({ name, type: column.type, fallback });
    }
    if (matchIdName !== undefined && (inputNames.includes(matchIdName) || declared.some((d) => d.name === matchIdName)))
      throw new Unsupported(`scan match id column ${matchIdName} that is already a column`, node.TextStart);
    // The language service appends a match_id column even without with_match_id; the page's
    // examples (and its Returns section) have none then, so it is left out.
    const expectedNames = [...inputNames, ...declared.map((d) => d.name), matchIdName ?? 'match_id'];
    if (columns.length !== expectedNames.length || columns.some((c, i) => c.name !== expectedNames[i]))
      throw new Unsupported('scan result schema', node.TextStart);
    if (matchIdName === undefined) {
      if (!phantomMatchIdUnseen(node))
        throw new Unsupported('scan without with_match_id feeding an operator that reads the whole schema', node.TextStart);
      columns.pop();
    }
    for (let c = 0; c < nIn; c++)
      if (columns[c]!.type !== table.columns[c]!.type) throw new Unsupported('scan result schema', node.TextStart);

    // Steps: names and symbols first, so references can be resolved.
    const stepNodes = listOf(node.Steps);
    if (stepNodes.length === 0) throw new Unsupported('scan without steps', node.TextStart);
    const symbols = new Map<unknown, number>();
    stepNodes.forEach((s: any, k: number) => {
      const symbol = s.Name?.ReferencedSymbol;
      if (!symbol || symbols.has(symbol)) throw new Unsupported('scan step name', s.TextStart);
      symbols.set(symbol, k);
    });
    // The state's record layout. It equals the binder's schema of this node (checked above), so the
    // column index recorded per syntax node (SCAN_REFERENCES) is the same in every run of the query.
    const layout = [...inputNames, ...declared.map((d) => d.name)];
    const declaredOnly = new Set([...declared.map((d) => d.name), ...(matchIdName !== undefined ? [matchIdName] : [])]);

    /** Resolve the step references of an expression of step k; refuse those the page leaves open. */
    const prepare = (expr: any, k: number): CompiledScalar => {
      const selectors = new Set<unknown>();
      const bases = new Set<unknown>();
      for (const sub of syntaxDescendants(expr)) {
        const kind = nodeKind(sub);
        if (kind === 'PathExpression' && nodeKind(sub.Expression) === 'NameReference' && symbols.has(sub.Expression.ReferencedSymbol)) {
          const j = symbols.get(sub.Expression.ReferencedSymbol)!;
          if (j > k) throw new Unsupported('scan step referring to a later step', sub.TextStart);
          if (j === k && k > 0) throw new Unsupported('scan step referring to its own state (not the first step)', sub.TextStart);
          if (nodeKind(sub.Selector) !== 'NameReference') throw new Unsupported('scan state reference by a computed name', sub.TextStart);
          const name = String(sub.Selector.SimpleName);
          const column = layout.indexOf(name);
          if (column < 0) throw new Unsupported(`scan state reference ${name}`, sub.TextStart);
          SCAN_REFERENCES.set(sub, { step: j, column });
          selectors.add(sub.Selector);
          bases.add(sub.Expression);
          continue;
        }
        if (kind !== 'NameReference' || selectors.has(sub) || bases.has(sub)) continue;
        if (symbols.has(sub.ReferencedSymbol)) throw new Unsupported('scan step name outside StepName.ColumnName', sub.TextStart);
        const name = String(sub.SimpleName);
        if (boundToColumn(sub.ReferencedSymbol) && declaredOnly.has(name))
          throw new Unsupported(`scan reference to declared column ${name} outside a step's state`, sub.TextStart);
      }
      return compiledScalar(expr);
    };

    const steps: Step[] = stepNodes.map((s: any, k: number) => {
      const output = stepOutput(s);
      if (output === 'last')
        throw new Unsupported('scan step output=last (the page does not define when its record is output)', s.TextStart);
      if (typeOf(s.Condition) !== 'bool') throw new Unsupported('scan step condition that is not bool', s.Condition?.TextStart);
      const condition = prepare(s.Condition, k);
      const assignments: [number, CompiledScalar][] = [];
      for (const element of listOf(s.ComputationClause?.Assignments)) {
        const assignment = element.Element ?? element;
        const name = String(assignment.Name?.SimpleName ?? '');
        const d = declared.findIndex((x) => x.name === name);
        if (d < 0) throw new Unsupported(`scan assignment to ${name}, not a declared column`, assignment.TextStart);
        if (assignments.some(([i]) => i === d)) throw new Unsupported(`scan step assigning ${name} twice`, assignment.TextStart);
        const type = typeOf(assignment.Expression);
        if (type !== declared[d]!.type)
          throw new Unsupported(`scan assignment of a ${type} to ${declared[d]!.type} column ${name}`, assignment.TextStart);
        assignments.push([d, prepare(assignment.Expression, k)]);
      }
      return { name: String(s.Name?.SimpleName), output, condition, assignments };
    });

    // The state read by `s.col`: the input's columns are read from the input (materialized on first use).
    const inputValues: (Value[] | undefined)[] = new Array(nIn);
    const empties: Value[] = [...table.columns.map((c) => nullOf(c.type)), ...declared.map((d) => d.fallback)];
    let current: Sequence | undefined;
    const read = (step: number, column: number): Value => {
      const record = current?.records[step];
      if (!record) return empties[column] as Value;
      if (column >= nIn) return record.declared[column - nIn] as Value;
      return (inputValues[column] ??= table.data[column]!)[record.row] as Value;
    };
    const scope: ScalarScope = { table, row: 0, variables: context.variables, now: context.now, query: context, scan: read };

    const n = steps.length;
    const state: (Sequence | undefined)[] = new Array(n);
    let nextId = 0;
    const outRows: number[] = [];
    const outDeclared: Value[][] = declared.map(() => []);
    const outIds: Value[] = [];
    const extend = (step: Step): Value[] => {
      const values = declared.map((d) => d.fallback);
      for (const [d, f] of step.assignments) {
        const v = f(scope);
        values[d] = v === null ? nullOf(declared[d]!.type) : v;
      }
      return values;
    };
    const emit = (row: number, values: Value[], id: number) => {
      outRows.push(row);
      for (let d = 0; d < values.length; d++) outDeclared[d]!.push(values[d] as Value);
      outIds.push(id);
      context.budget.rows(outRows.length, node, 'scan');
    };

    for (let r = 0; r < table.rowCount; r++) {
      scope.row = r;
      for (let k = n - 1; k >= 0; k--) {
        const step = steps[k]!;
        const previous = k > 0 ? state[k - 1] : undefined;
        if (previous) {
          current = previous;
          if (step.condition(scope) === true) {
            const values = extend(step);
            state[k - 1] = undefined;
            previous.records[k] = { row: r, declared: values };
            state[k] = previous;
            if (step.output === 'all') emit(r, values, previous.id);
            continue;
          }
        }
        const own = state[k];
        if (own || k === 0) {
          current = own;
          if (step.condition(scope) === true) {
            const values = extend(step);
            let sequence = own;
            if (!sequence) {
              sequence = { id: nextId++, records: new Array(n) };
              state[k] = sequence;
            }
            sequence.records[k] = { row: r, declared: values };
            if (step.output === 'all') emit(r, values, sequence.id);
          }
        }
      }
    }
    current = undefined;

    const picked = pickRows(table, outRows);
    const data: ColumnData[] = table.columns.map((_, c) => columnData(picked, c));
    data.push(...outDeclared);
    if (matchIdName !== undefined) data.push(outIds);
    return makeTable(columns, data, outRows.length);
  },
};
