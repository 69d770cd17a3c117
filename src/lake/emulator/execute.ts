/**
 * Runs one request's query in the embedded engine over the emulator's tables, with
 * the request's now() and time scope, and maps refusals and errors onto the
 * service's error answers.
 */
import { runQuery } from '../../engine/evaluate.js';
import { QueryError, Unsupported } from '../../engine/refusal.js';
import { filterRows, type Table } from '../../engine/table.js';
import type { Catalog } from '../../kql/catalog.js';
import { serviceError, type RequestIds, type ServiceError } from './frames.js';
import { isControlCommand, isWritingCommand, type QueryRequest, type TimeScope } from './protocol.js';

export interface LakeData {
  catalog: Catalog;
  tables: ReadonlyMap<string, Table>;
  /** now() when a request sets no query_now; undefined = the wall clock. */
  now?: bigint;
  /** When set, requests for another database are refused as the service does. */
  database?: string;
}

/** An answer the service gives as an HTTP error with a JSON body. */
export class HttpFailure extends Error {
  constructor(
    readonly status: number,
    readonly error: ServiceError,
  ) {
    super(error['@message']);
  }
}

export function badRequest(ids: RequestIds, detail: string, type = 'Kusto.Data.Exceptions.KustoBadRequestException'): HttpFailure {
  return new HttpFailure(400, serviceError(ids, { code: 'General_BadRequest', message: detail, type, detail, permanent: true }));
}

/** Apply the time scope to every table that has the column (rows outside or null are dropped). */
export function scopeTables(tables: ReadonlyMap<string, Table>, scope: TimeScope | undefined): ReadonlyMap<string, Table> {
  if (!scope) return tables;
  const scoped = new Map<string, Table>();
  for (const [name, table] of tables) {
    const index = table.columns.findIndex((c) => c.name === scope.column && c.type === 'datetime');
    if (index < 0) {
      scoped.set(name, table);
      continue;
    }
    const values = table.data[index] as (bigint | null)[];
    scoped.set(
      name,
      filterRows(table, (r) => {
        const v = values[r];
        if (v === null || v === undefined) return false;
        return (scope.from === undefined || v >= scope.from) && (scope.to === undefined || v <= scope.to);
      }),
    );
  }
  return scoped;
}

/** Refuse control commands the way the service does; readonly requests may not write. */
function checkCommand(request: QueryRequest, ids: RequestIds): void {
  if (!isControlCommand(request.csl)) return;
  if (request.readonly && isWritingCommand(request.csl))
    throw new HttpFailure(
      403,
      serviceError(ids, {
        code: 'Forbidden',
        message: 'Request is forbidden: the request is read-only (request_readonly) and the command would change data or metadata.',
        type: 'Kusto.Data.Exceptions.KustoRequestDeniedException',
        detail: 'Request denied: request_readonly is set and the control command writes.',
        permanent: true,
      }),
    );
  throw badRequest(
    ids,
    'Control commands are not supported by the lakeguard emulator on the query endpoint (text starting with ".").',
    'Kusto.Data.Exceptions.KustoBadRequestException',
  );
}

function unsupportedMessage(error: Unsupported): string {
  const at = / at (\d+:\d+)$/.exec(error.message)?.[1];
  return `Not supported by the lakeguard emulator: ${error.construct}${at ? ` (at line:column ${at})` : ''}. The emulator's embedded engine refuses what it cannot compute exactly; the lake itself may accept this query.`;
}

export interface ExecutedQuery {
  table: Table;
  elapsedMs: number;
}

/** Run the query; throws HttpFailure for answers that are HTTP errors. */
export function executeQuery(data: LakeData, request: QueryRequest, ids: RequestIds): ExecutedQuery {
  checkCommand(request, ids);
  if (data.database !== undefined && request.db !== data.database)
    throw new HttpFailure(
      400,
      serviceError(ids, {
        code: 'BadRequest_DatabaseNotExist',
        message: `Database '${request.db}' was not found.`,
        type: 'Kusto.Data.Exceptions.DatabaseNotFoundException',
        detail: `Database '${request.db}' was not found (the emulator serves '${data.database}').`,
        permanent: true,
      }),
    );
  const started = performance.now();
  const now = request.now ?? data.now;
  try {
    const table = runQuery(request.csl, {
      tables: scopeTables(data.tables, request.timeScope),
      catalog: data.catalog,
      ...(now !== undefined ? { now } : {}),
    });
    return { table, elapsedMs: performance.now() - started };
  } catch (error) {
    if (error instanceof Unsupported) throw badRequest(ids, unsupportedMessage(error));
    if (error instanceof QueryError) throw badRequest(ids, `Semantic error: ${error.message}`, 'Kusto.Data.Exceptions.SemanticException');
    if (error instanceof RangeError) throw badRequest(ids, `Query too large for the lakeguard emulator to evaluate: ${error.message}`);
    throw new HttpFailure(
      500,
      serviceError(ids, {
        code: 'Internal_ServiceError',
        message: 'Internal error in the lakeguard emulator.',
        type: 'Kusto.Data.Exceptions.KustoServiceException',
        detail: `Internal error in the lakeguard emulator: ${String((error as Error)?.message ?? error)}`,
        permanent: true,
      }),
    );
  }
}
