/**
 * Operators that reshape rows without new arithmetic: project-away, project-keep,
 * project-reorder, project-rename, serialize, as, distinct, top. Output columns
 * (their names, order and wildcard expansion) come from the binder; values are
 * picked from the input by name.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { QueryError, Unsupported } from '../refusal.js';
import { constantScope, evaluateScalar, nodeKind } from '../scalar.js';
import { pickRows, type Column, type Table } from '../table.js';
import type { Value } from '../values.js';
import { computeColumn, expressions, namedParameters, resultColumns, semanticParameters, valueOf } from './columns.js';
import type { TabularOperator } from './operator.js';
import { extendOperator } from './projection.js';
import { sortOperator } from './rows.js';

/** The input's columns in the binder's output order, renamed by `sourceOf(output name)`. */
function pickColumns(node: any, table: Table, sourceOf: (name: string) => string = (n) => n): Table {
  const output = resultColumns(node, table, sourceOf);
  const data = output.map((column) => {
    const index = table.columns.findIndex((c) => c.name === sourceOf(column.name));
    if (index < 0) throw new Unsupported(`column ${column.name} of ${nodeKind(node)}`, node.TextStart);
    return table.data[index]!;
  });
  return { columns: output, data, rowCount: table.rowCount };
}

function picking(kind: string, keyword: string): TabularOperator {
  return { kind, keyword, evaluate: (node: any, input) => pickColumns(node, input as Table) };
}

export const projectAwayOperator = picking('ProjectAwayOperator', 'project-away');
export const projectKeepOperator = picking('ProjectKeepOperator', 'project-keep');
export const projectReorderOperator = picking('ProjectReorderOperator', 'project-reorder');

export const projectRenameOperator: TabularOperator = {
  kind: 'ProjectRenameOperator',
  keyword: 'project-rename',
  evaluate(node: any, input) {
    const renames = new Map<string, string>();
    for (const expr of expressions(node.Expressions)) {
      if (nodeKind(expr) !== 'SimpleNamedExpression') throw new Unsupported('project-rename without new = old', expr.TextStart);
      renames.set(String(expr.Name?.SimpleName).trim(), String(expr.Expression?.SimpleName ?? expr.Expression?.ToString()).trim());
    }
    const renamedAway = new Set(renames.values());
    return pickColumns(node, input as Table, (name) => {
      if (renames.has(name)) return renames.get(name) as string;
      if (renamedAway.has(name)) throw new Unsupported(`project-rename that reuses the name ${name}`, node.TextStart);
      return name;
    });
  },
};

/** serialize [name = expr, …]: rows keep their order; the optional columns are computed like extend. */
export const serializeOperator: TabularOperator = {
  kind: 'SerializeOperator',
  keyword: 'serialize',
  evaluate(node: any, input, context) {
    if (namedParameters(node.Parameters).length > 0) throw new Unsupported('serialize with parameters', node.TextStart);
    return expressions(node.Expressions).length === 0 ? (input as Table) : extendOperator.evaluate(node, input, context);
  },
};

/** as Name: names the rows for later references; the rows pass through unchanged. */
export const asOperator: TabularOperator = {
  kind: 'AsOperator',
  keyword: 'as',
  evaluate(node: any, input, context) {
    if (semanticParameters(node.Parameters).length > 0) throw new Unsupported('as with parameters', node.TextStart);
    const table = input as Table;
    context.tables.set(String(node.Name?.SimpleName ?? '').trim(), table);
    return table;
  },
};

function distinctKey(values: Value[]): string {
  return values.map((v) => (typeof v === 'bigint' ? `t${v}` : JSON.stringify(v))).join('\u0000');
}

/** distinct a, b / distinct *: the first row of each distinct combination (output order is undefined in Kusto). */
export const distinctOperator: TabularOperator = {
  kind: 'DistinctOperator',
  keyword: 'distinct',
  evaluate(node: any, input, context) {
    if (semanticParameters(node.Parameters).length > 0) throw new Unsupported('distinct with parameters', node.TextStart);
    const table = input as Table;
    const output: Column[] = resultColumns(node, table);
    const exprs = expressions(node.Expressions);
    const star = exprs.length === 1 && nodeKind(exprs[0]) === 'StarExpression';
    const data: Value[][] = star ? table.data : exprs.map((e) => computeColumn(valueOf(e), table, context));
    if (data.length !== output.length) throw new Unsupported('distinct whose output columns do not map one to one', node.TextStart);
    const seen = new Set<string>();
    const keep: number[] = [];
    for (let r = 0; r < table.rowCount; r++) {
      const k = distinctKey(data.map((c) => c[r] as Value));
      if (seen.has(k)) continue;
      seen.add(k);
      keep.push(r);
    }
    return pickRows({ columns: output, data, rowCount: table.rowCount }, keep);
  },
};

/** top N by expr [asc|desc] [nulls first|last]: sort (same defaults as sort) and take N. */
export const topOperator: TabularOperator = {
  kind: 'TopOperator',
  keyword: 'top',
  evaluate(node: any, input, context) {
    if (namedParameters(node.Parameters).length > 0) throw new Unsupported('top with parameters', node.TextStart);
    const n = evaluateScalar(node.Expression, constantScope(context));
    if (typeof n !== 'number' || !Number.isInteger(n)) throw new QueryError('top expects a whole number of rows');
    // The sort operator reads a list of ordered expressions; top has exactly one.
    const sorted = sortOperator.evaluate({ Expressions: { Count: 1, getItem: () => node.ByExpression } }, input, context);
    const count = Math.max(0, Math.min(n, sorted.rowCount));
    const table = pickRows(
      sorted,
      Array.from({ length: count }, (_, i) => i),
    );
    return { ...table, columns: resultColumns(node, sorted) };
  },
};

/**
 * project-by-names spec, …: columns named by strings, `*` patterns, dynamic arrays
 * of names or column_names_of(T), in the order given; names matching no column are
 * ignored (project-by-names docs). The binder cannot expand patterns, so the
 * columns are resolved here from the input.
 */
export const projectByNamesOperator: TabularOperator = {
  kind: 'ProjectByNamesOperator',
  keyword: 'project-by-names',
  evaluate(node: any, input, context) {
    const table = input as Table;
    const picked: number[] = [];
    const pick = (index: number) => {
      if (picked.includes(index)) throw new Unsupported('project-by-names naming a column twice', node.TextStart);
      picked.push(index);
    };
    for (const spec of expressions(node.Expressions)) {
      let value: Value;
      if (nodeKind(spec) === 'FunctionCallExpression' && String(spec.ReferencedSymbol?.Name) === 'column_names_of') {
        const [arg] = expressions(spec.ArgumentList?.Expressions);
        value = context.evaluateTabular(arg).columns.map((c) => c.name);
      } else value = evaluateScalar(spec, constantScope(context));
      if (typeof value === 'string') {
        if (value.includes('*')) {
          const pattern = new RegExp(
            `^${value
              .split('*')
              .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
              .join('.*')}$`,
          );
          table.columns.forEach((c, i) => pattern.test(c.name) && pick(i));
        } else {
          const index = table.columns.findIndex((c) => c.name === value);
          if (index >= 0) pick(index);
        }
      } else if (Array.isArray(value)) {
        for (const name of value) {
          if (typeof name !== 'string' || name.includes('*'))
            throw new Unsupported('project-by-names with an array element that is not a plain name', spec.TextStart);
          const index = table.columns.findIndex((c) => c.name === name);
          if (index >= 0) pick(index);
        }
      } else throw new Unsupported('project-by-names with a value that is not a name or an array of names', spec.TextStart);
    }
    return { columns: picked.map((i) => table.columns[i]!), data: picked.map((i) => table.data[i]!), rowCount: table.rowCount };
  },
};

/** .NET type names getschema shows, as documented (getschema docs example); others are refused. */
const DATA_TYPES: Readonly<Partial<Record<string, string>>> = {
  string: 'System.String',
  int: 'System.Int32',
  real: 'System.Double',
  datetime: 'System.DateTime',
  dynamic: 'System.Object',
};

/** getschema: one row per input column (name, ordinal, .NET type, Kusto type). */
export const getSchemaOperator: TabularOperator = {
  kind: 'GetSchemaOperator',
  keyword: 'getschema',
  evaluate(node: any, input) {
    if (node.KindParameter) throw new Unsupported('getschema kind=…', node.TextStart);
    const table = input as Table;
    const output = resultColumns(node);
    if (output.length !== 4) throw new Unsupported('getschema whose output columns are not known', node.TextStart);
    const rows = table.columns.map((c, i) => {
      const dataType = DATA_TYPES[c.type];
      if (!dataType) throw new Unsupported(`getschema of a ${c.type} column (its DataType name is not documented)`, node.TextStart);
      return [c.name, i, dataType, c.type];
    });
    return { columns: output, data: output.map((_, c) => rows.map((r) => r[c] as Value)), rowCount: rows.length };
  },
};
