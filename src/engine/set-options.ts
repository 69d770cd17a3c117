/**
 * `set OptionName [= OptionValue];` statements: request properties for the rest of the
 * query (Kusto docs, "Set statement" and "Client request properties"). Each option the
 * engine knows is one of:
 * - `ignored`: it changes how a query runs (memory, fan-out, caching, tracing, reporting),
 *   not the rows it returns, so offline it has nothing to do;
 * - `applied`: it changes the result in a documented, exact way, and the engine does it;
 * - `refused`: it changes the result in a way the engine does not reproduce.
 * An option not listed is refused by name.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { QueryError, Unsupported } from './refusal.js';
import { literal, nodeKind } from './scalar.js';
import { pickRows, type Table } from './table.js';
import type { SetOptions, SetValue } from './set-values.js';
import type { KustoType, Value } from './values.js';

export type SetOptionHandling = 'ignored' | 'applied' | 'refused';

export interface SetOption {
  /** The property name as `set` spells it (lower case). */
  name: string;
  handling: SetOptionHandling;
  /** Types the value may have; a bare `set name;` is the bool true. */
  types: readonly KustoType[];
  /** Why it is refused, or what applying it does (for messages and docs). */
  note: string;
}

const BOOL: readonly KustoType[] = ['bool'];
const LONG: readonly KustoType[] = ['long', 'int'];
const STRING: readonly KustoType[] = ['string'];
const ANY: readonly KustoType[] = ['string', 'int', 'long', 'real', 'bool', 'datetime', 'timespan', 'guid', 'dynamic', 'decimal'];

const ignored = (name: string, types: readonly KustoType[], note: string): SetOption => ({ name, handling: 'ignored', types, note });
const applied = (name: string, types: readonly KustoType[], note: string): SetOption => ({ name, handling: 'applied', types, note });
const refused = (name: string, note: string): SetOption => ({ name, handling: 'refused', types: ANY, note });

const OPTIONS: readonly SetOption[] = [
  ignored('client_max_redirect_count', LONG, 'client HTTP redirects'),
  ignored('deferpartialqueryfailures', BOOL, 'how partial failures are reported'),
  ignored('materialized_view_shuffle_query', ['dynamic'], 'a shuffle strategy hint'),
  ignored('max_memory_consumption_per_query_per_node', LONG, 'a memory limit'),
  ignored('maxmemoryconsumptionperiterator', LONG, 'a memory limit'),
  ignored('push_selection_through_aggregation', BOOL, 'a plan optimisation'),
  ignored('query_distribution_nodes_span', LONG, 'subquery merge layout'),
  ignored('query_fanout_nodes_percent', LONG, 'fan-out across nodes'),
  ignored('query_fanout_threads_percent', LONG, 'fan-out across threads'),
  ignored('query_force_row_level_security', BOOL, 'row level security (no policies offline)'),
  ignored('query_log_query_parameters', BOOL, 'query journal logging'),
  ignored('query_results_cache_max_age', ['timespan'], 'results cache (the engine computes every result)'),
  ignored('query_results_cache_per_shard', BOOL, 'results cache'),
  ignored('query_results_progressive_row_count', LONG, 'progressive result frames'),
  ignored('query_results_progressive_update_period', ['timespan'], 'progressive result frames'),
  ignored('query_weakconsistency_session_id', STRING, 'consistency across cluster nodes'),
  ignored('queryconsistency', STRING, 'consistency across cluster nodes'),
  ignored('querytrace', BOOL, 'tracing'),
  ignored('request_app_name', STRING, 'reporting'),
  ignored('request_block_row_level_security', BOOL, 'row level security (no policies offline)'),
  ignored('request_callout_disabled', BOOL, 'callouts (the engine makes none)'),
  ignored('request_description', STRING, 'reporting'),
  ignored('request_impersonation_disabled', BOOL, 'identity'),
  ignored('request_readonly', BOOL, 'write access (a query does not write)'),
  ignored('request_sandboxed_execution_disabled', BOOL, 'sandboxes (python/R plugins are refused anyway)'),
  ignored('request_user', STRING, 'reporting'),
  ignored('results_progressive_enabled', BOOL, 'progressive result frames'),
  ignored('notruncation', BOOL, 'result truncation off (the engine never truncates)'),
  applied('query_now', ['datetime'], 'the value now() and ago() count from'),
  applied('query_bin_auto_size', ['int', 'long', 'real', 'timespan'], 'the bin size of bin_auto()'),
  applied('query_bin_auto_at', ['int', 'long', 'real', 'timespan', 'datetime'], 'the fixed point of bin_auto()'),
  applied('query_take_max_records', LONG, 'the result keeps at most this many records'),
  applied('truncation_max_records', LONG, 'a result with more records is refused (Kusto truncates it with a partial failure)'),
  applied('truncationmaxrecords', LONG, 'a result with more records is refused (Kusto truncates it with a partial failure)'),
  applied('maxoutputcolumns', LONG, 'a result with more columns is refused (Kusto fails the query)'),
  applied('query_language', STRING, '`kql` and `csl` run; `sql` is refused'),
  applied('query_datascope', STRING, '`default` and `all` run; `hotcache` is refused (no cache tiers offline)'),
  applied('request_external_data_disabled', BOOL, 'a query using externaldata is refused'),
  applied('request_external_table_disabled', BOOL, 'a query using external_table() is refused'),
  applied('request_remote_entities_disabled', BOOL, 'a query using cluster() or database() is refused'),
  refused('query_datetimescope_column', 'an automatic filter on a datetime column'),
  refused('query_datetimescope_from', 'an automatic filter on a datetime column'),
  refused('query_datetimescope_to', 'an automatic filter on a datetime column'),
  refused('query_results_apply_getschema', 'returns schemas instead of rows'),
  refused('validatepermissions', 'validates permissions instead of running'),
  refused('truncation_max_size', 'a result size limit in bytes (the engine does not measure bytes as Kusto does)'),
  refused('truncationmaxsize', 'a result size limit in bytes (the engine does not measure bytes as Kusto does)'),
  refused('query_max_entities_in_union', 'a limit on union legs'),
  refused('query_cursor_after_default', 'database cursors'),
  refused('query_cursor_before_or_at_default', 'database cursors'),
  refused('query_cursor_current', 'database cursors'),
  refused('query_cursor_disabled', 'database cursors'),
  refused('query_cursor_scoped_tables', 'database cursors'),
  refused('query_python_debug', 'the python plugin'),
  refused('norequesttimeout', 'cannot be set by a set statement (Kusto docs)'),
  refused('query_results_cache_force_refresh', 'cannot be set by a set statement (Kusto docs)'),
  refused('servertimeout', 'cannot be set by a set statement (Kusto docs)'),
];

/** The options `set` knows, by name. */
export const SET_OPTIONS: ReadonlyMap<string, SetOption> = new Map(OPTIONS.map((o) => [o.name, o]));

export type { SetOptions, SetValue } from './set-values.js';

/**
 * Read one `set` statement into `options`. `afterOther` says a let or tabular statement
 * came before it: options that change results must come first (what Kusto does with a let
 * evaluated before the option is not documented).
 */
export function readSetStatement(statement: any, options: Map<string, SetValue>, query: string, afterOther: boolean): void {
  const name = String(statement.Name?.ToString?.() ?? '').trim();
  const key = name.toLowerCase();
  const option = SET_OPTIONS.get(key);
  const at = Number(statement.TextStart);
  if (!option) throw new Unsupported(`set option ${name} (not a request property the engine knows)`, at);
  if (option.handling === 'refused') throw new Unsupported(`set ${name}: ${option.note}`, at);
  const valueNode = statement.ValueClause?.Expression;
  let value: Value = true;
  let type: KustoType = 'bool';
  if (valueNode) {
    if (nodeKind(valueNode) !== 'LiteralExpression') throw new Unsupported(`set ${name} to a value that is not a literal`, at);
    type = String(valueNode.ResultType?.Name ?? '') as KustoType;
    if (!option.types.includes(type))
      throw new QueryError(`set ${name}: a value of type ${option.types.join(' or ')} expected, got ${type}`);
    value = literal(valueNode);
  } else if (!option.types.includes('bool')) {
    throw new QueryError(`set ${name}: the option needs a value (set ${name} = ...)`);
  }
  if (option.handling === 'ignored') return;
  if (afterOther) throw new Unsupported(`set ${name} after a let or query statement (set it first)`, at);
  checkApplicable(key, name, value, query, at);
  options.set(key === 'truncationmaxrecords' ? 'truncation_max_records' : key, { value, type });
}

function checkApplicable(key: string, name: string, value: Value, query: string, at: number): void {
  const text = typeof value === 'string' ? value.toLowerCase() : '';
  if (key === 'query_language' && text !== 'kql' && text !== 'csl') throw new Unsupported(`set ${name}="${String(value)}"`, at);
  if (key === 'query_datascope' && text !== 'default' && text !== 'all') throw new Unsupported(`set ${name}="${String(value)}"`, at);
  // With these on, Kusto refuses the construct; the engine would run it on supplied rows.
  const uses = (pattern: RegExp) => value === true && pattern.test(query);
  if (key === 'request_external_data_disabled' && uses(/\bexternaldata\b/i)) throw new Unsupported(`externaldata with set ${name}`, at);
  if (key === 'request_external_table_disabled' && uses(/\bexternal_table\s*\(/i))
    throw new Unsupported(`external_table() with set ${name}`, at);
  if (key === 'request_remote_entities_disabled' && uses(/\b(cluster|database)\s*\(/i))
    throw new Unsupported(`cluster()/database() with set ${name}`, at);
  if (
    (key === 'query_take_max_records' ||
      key === 'truncation_max_records' ||
      key === 'truncationmaxrecords' ||
      key === 'maxoutputcolumns') &&
    !isCount(value)
  )
    throw new QueryError(`set ${name}: a non-negative count expected`);
}

function isCount(value: Value): boolean {
  return (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) || (typeof value === 'bigint' && value >= 0n);
}

/** A tabular statement's result under the options: query_take_max_records, truncation and column limits. */
export function applyResultOptions(table: Table, options: SetOptions): Table {
  const columnLimit = options.get('maxoutputcolumns')?.value;
  if (columnLimit !== undefined && table.columns.length > Number(columnLimit))
    throw new Unsupported(
      `a result of ${table.columns.length} columns with set maxoutputcolumns=${String(columnLimit)} (Kusto fails the query)`,
    );
  const take = options.get('query_take_max_records')?.value;
  let result = table;
  if (take !== undefined && table.rowCount > Number(take)) {
    result = pickRows(
      table,
      Array.from({ length: Number(take) }, (_, r) => r),
    );
  }
  const truncation = options.get('truncation_max_records')?.value;
  if (truncation !== undefined && result.rowCount > Number(truncation))
    throw new Unsupported(
      `a result of ${result.rowCount} records with set truncation_max_records=${String(truncation)} (Kusto truncates it with a partial failure)`,
    );
  return result;
}
