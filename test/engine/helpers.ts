/** Run KQL in the engine and get serialized rows (v2 API form) for assertions. */
import { runQuery, type QueryOptions } from '../../src/engine/evaluate.js';
import { serializeTable } from '../../src/engine/serialize.js';

export function rows(query: string, options: QueryOptions = {}): unknown[][] {
  return serializeTable(runQuery(query, options)).rows;
}

export function result(query: string, options: QueryOptions = {}) {
  return serializeTable(runQuery(query, options));
}

/** The value of `print x = <expr>`. */
export function value(expr: string, options: QueryOptions = {}): unknown {
  return rows(`print x = ${expr}`, options)[0]![0];
}
