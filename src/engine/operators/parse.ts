/**
 * parse and parse-where: the pattern becomes one RE2 regex anchored at the start
 * (parse-operator "Regex mode"): `*` skips text, a string column captures text,
 * an int/long column captures digits. Simple and relaxed modes are lazy (a column
 * ends at the first occurrence of the next delimiter); regex mode is greedy unless
 * flags has U. A row that does not match gets empty/null columns (parse) or is
 * dropped (parse-where).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { RE2JS } from 're2js';
import { QueryError, Unsupported } from '../refusal.js';
import { listOf, nodeKind, typeOf } from '../scalar.js';
import type { Column, Table } from '../table.js';
import { filterRows } from '../table.js';
import { kustoType, nullOf, type KustoType, type Value } from '../values.js';
import { compileRegex, firstMatch } from '../functions/regex.js';
import { asText, convertText } from '../functions/text.js';
import { computeColumn, namedParameters, resultColumns } from './columns.js';
import type { TabularOperator } from './operator.js';

type Element = { kind: 'star' } | { kind: 'text'; text: string } | { kind: 'column'; name: string; type: KustoType };

interface Plan {
  regex: ReturnType<typeof compileRegex>;
  /** Group index and type of each parsed column. */
  columns: { name: string; type: KustoType; group: number }[];
  relaxed: boolean;
  /** Whether the pattern ends with `*` (a match must otherwise reach the end). */
  endsWithStar: boolean;
}

function elementsOf(node: any): Element[] {
  return listOf(node.Patterns).map((p: any) => {
    const e = p.Element ?? p;
    const kind = nodeKind(e);
    if (kind === 'StarExpression') return { kind: 'star' };
    if (kind === 'LiteralExpression') {
      if (typeOf(e) !== 'string') throw new Unsupported('parse with a non-string delimiter', e.TextStart);
      return { kind: 'text', text: String(e.LiteralValue ?? '') };
    }
    if (kind === 'NameDeclaration') return { kind: 'column', name: String(e.SimpleName), type: 'string' };
    if (kind === 'NameAndTypeDeclaration')
      return { kind: 'column', name: String(e.Name.SimpleName), type: kustoType(String(e.Name.ResultType?.Name ?? 'string')) };
    throw new Unsupported(`parse pattern element ${kind}`, e.TextStart);
  });
}

function plan(node: any): Plan {
  let kind = 'simple';
  let flags = '';
  for (const { name, value } of namedParameters(node.Parameters)) {
    if (name === 'kind') kind = value.toLowerCase();
    else if (name === 'flags') flags = value;
    else throw new Unsupported(`parse ${name}=`, node.TextStart);
  }
  if (!['simple', 'regex', 'relaxed'].includes(kind)) throw new QueryError(`parse kind=${kind} is not simple, regex or relaxed`);
  if (flags && kind !== 'regex') throw new QueryError('parse flags= needs kind=regex');
  const regexMode = kind === 'regex';
  const lazy = !regexMode || flags.includes('U');
  // In regex mode (?U) swaps greediness; write the greedy form and let the flag apply.
  const any = regexMode ? '.*' : '.*?';
  const elements = elementsOf(node);
  const columns: Plan['columns'] = [];
  let source = '^';
  let groups = 0;
  elements.forEach((e, i) => {
    const next = elements[i + 1];
    if (e.kind === 'star') source += `(?:${any})`;
    else if (e.kind === 'text') {
      const piece = regexMode ? e.text : RE2JS.quote(e.text);
      groups += compileRegex(piece).groupCount();
      source += `(?:${piece})`;
    } else {
      groups++;
      columns.push({ name: e.name, type: e.type, group: groups });
      // Documented: `*` cannot follow a string column.
      if (e.type === 'string' && next?.kind === 'star') throw new QueryError('parse: * cannot follow a string column');
      if (e.type === 'int' || e.type === 'long') source += kind === 'relaxed' && next?.kind === 'text' ? `(${any})` : '(-?\\d+)';
      else if (e.type === 'string' || next?.kind === 'text') source += `(${any})`;
      else throw new Unsupported(`parse of a ${e.type} column not followed by a delimiter`, node.TextStart);
      if (e.type === 'string' && lazy && next === undefined) {
        // A trailing column takes the rest of the text (the common `with * "key=" value` idiom).
        if (regexMode) throw new Unsupported('parse kind=regex flags=U ending with a string column', node.TextStart);
        source += '$';
      }
    }
  });
  return {
    regex: compileRegex(source, flags),
    columns,
    relaxed: kind === 'relaxed',
    endsWithStar: elements[elements.length - 1]?.kind === 'star' || elements[elements.length - 1]?.kind === 'column',
  };
}

/** Parsed values of one row, or null when the row does not parse. */
function parseRow(p: Plan, text: string): Value[] | null {
  const m = firstMatch(p.regex, text);
  if (!m) return null;
  if (m.end !== text.length && !p.endsWithStar)
    throw new Unsupported('parse pattern ending with a delimiter that is followed by more text (strictness not documented)');
  const values: Value[] = [];
  for (const c of p.columns) {
    const raw = m.groups[c.group] ?? '';
    const v = convertText(raw, c.type, 'parse');
    if (v === null && c.type !== 'string' && !p.relaxed) return null;
    values.push(v);
  }
  return values;
}

function run(node: any, input: Table, context: Parameters<TabularOperator['evaluate']>[2], dropFailures: boolean): Table {
  const p = plan(node);
  const sourceType = typeOf(node.Expression);
  const texts = computeColumn(node.Expression, input, context);
  const parsed = texts.map((t) => parseRow(p, asText(t, sourceType)));
  const output: Column[] = resultColumns(node);
  const data = output.map((column) => {
    const at = p.columns.findIndex((c) => c.name === column.name);
    if (at >= 0) return parsed.map((values) => (values ? (values[at] as Value) : nullOf(column.type)));
    const from = input.columns.findIndex((c) => c.name === column.name);
    if (from < 0) throw new Unsupported(`parse output column ${column.name}`, node.TextStart);
    return input.data[from] as Value[];
  });
  const table: Table = { columns: output, data, rowCount: input.rowCount };
  return dropFailures ? filterRows(table, (r) => parsed[r] !== null) : table;
}

export const parseOperator: TabularOperator = {
  kind: 'ParseOperator',
  keyword: 'parse',
  evaluate: (node, input, context) => run(node, input as Table, context, false),
};

export const parseWhereOperator: TabularOperator = {
  kind: 'ParseWhereOperator',
  keyword: 'parse-where',
  evaluate: (node, input, context) => run(node, input as Table, context, true),
};
