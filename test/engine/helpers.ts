/** Run KQL in the engine and get serialized rows (v2 API form) for assertions. */
import { runCli } from '../../src/cli.js';
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

/** Run the CLI in-process and capture its output. */
export async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}
