/**
 * A test over every column of a row: search's terms (`search "err"`) and `* has "x"`
 * in search and where. Only string columns are read; a non-string column whose text
 * could hold the term is refused when it would decide the row (whether and how `*`
 * reads such columns is not documented).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { BINARY_OPERATORS } from './functions/operators.js';
import { Unsupported } from './refusal.js';
import type { Column, Table } from './table.js';
import type { KustoType, Value } from './values.js';

/** The part of a scalar scope a test reads (structural: scalar.ts imports this module). */
interface RowScope {
  table?: Table;
  row: number;
}

type Test = (scope: RowScope) => Value;

/** A term's test of one string, and the characters a text must hold for it to match (undefined: any text might). */
export interface Matcher {
  test(text: string): boolean;
  needs: string | undefined;
}

/** The string operator of a binary-operator name (operators.ts), applied to a text and a fixed right side. */
export function operatorMatcher(op: string, right: string, needs: string | undefined): Matcher {
  const implementation = BINARY_OPERATORS.get(op);
  if (!implementation) throw new Unsupported(`search with operator ${op}`);
  return { test: (text) => implementation('bool', [text, right], ['string', 'string']) === true, needs };
}

/**
 * Characters any text of a non-string value could hold, lower-cased: a term needing
 * another character cannot match such a column, however Kusto reads it.
 */
const POSSIBLE_CHARACTERS: Partial<Record<KustoType, string>> = {
  int: '0123456789-',
  long: '0123456789-',
  real: '0123456789-+.e naifty',
  decimal: '0123456789-+.e',
  bool: 'truefals01',
  datetime: '0123456789-+:./ tz',
  timespan: '0123456789-:. ',
  guid: '0123456789abcdef-',
};

/** Whether a non-string, non-null value's text could match a term needing `needs`. */
function couldMatch(type: KustoType, value: Value, needs: string | undefined): boolean {
  if (needs === undefined) return true;
  let possible = POSSIBLE_CHARACTERS[type];
  if (type === 'dynamic' && typeof value === 'object' && value !== null && Object.keys(value).length === 0) possible = '[]{}';
  if (possible === undefined) return true;
  return [...needs.toLowerCase()].every((ch) => possible.includes(ch));
}

/**
 * A term over every column of the row: true when a string column matches. A
 * non-string column that could match decides the row only when no string column
 * does; then it is refused (whether and how `* has` reads such columns is not
 * documented). A string column refused by its operator (text outside ASCII for has)
 * is refused likewise unless another column matches.
 */
export function anyColumn(table: Table, matcher: Matcher, offset: number): Test {
  let columns: { column: Column; values: Value[] }[] | undefined;
  return (scope) => {
    columns ??= table.columns.map((column, c) => ({ column, values: table.data[c]! }));
    let refusal: Unsupported | undefined;
    let undecided: Column | undefined;
    for (const { column, values } of columns) {
      const value = values[scope.row] as Value;
      if (column.type === 'string') {
        try {
          if (matcher.test(value as string)) return true;
        } catch (error) {
          if (!(error instanceof Unsupported)) throw error;
          refusal ??= error;
        }
      } else if (value !== null && !undecided && couldMatch(column.type, value, matcher.needs)) undecided = column;
    }
    if (refusal) {
      refusal.offset ??= offset;
      throw refusal;
    }
    if (undecided)
      throw new Unsupported(
        `a term over every column, deciding on the ${undecided.type} column ${undecided.name} (how * reads non-string columns is not documented)`,
        offset,
      );
    return false;
  };
}

/** `* has "x"` and its kin written out: the positive string operators the page pairs with terms. */
export const STAR_OPERATORS: ReadonlySet<string> = new Set([
  'Has',
  'HasCs',
  'HasPrefix',
  'HasPrefixCs',
  'HasSuffix',
  'HasSuffixCs',
  'Contains',
  'ContainsCs',
  'MatchRegex',
]);

/**
 * `* op "x"` in an ordinary expression (`where * has "err"`): the operator over every
 * column of the row's table, as search reads it. The table is the scope's, per run.
 */
const COMPARISONS = new WeakMap<object, Test>();

export function starComparison(node: any): Test {
  let comparison = COMPARISONS.get(node);
  if (!comparison) COMPARISONS.set(node, (comparison = makeStarComparison(node)));
  return comparison;
}

function makeStarComparison(node: any): Test {
  const op = String(node.ReferencedSymbol?.Name ?? '');
  const needle = node.Right?.ConstantValue;
  const offset = Number(node.TextStart);
  if (!STAR_OPERATORS.has(op) || typeof needle !== 'string') throw new Unsupported(`* ${String(node.Operator?.Text ?? op)}`, offset);
  const matcher = operatorMatcher(op, needle, op === 'MatchRegex' ? undefined : needle);
  const tests = new WeakMap<Table, Test>();
  return (scope) => {
    const table = scope.table;
    if (!table) throw new Unsupported('* outside a row', offset);
    let test = tests.get(table);
    if (!test) tests.set(table, (test = anyColumn(table, matcher, offset)));
    return test(scope);
  };
}
