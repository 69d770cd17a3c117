/**
 * The service's v2 response frames and error bodies. The frame array is written
 * incrementally (`[` frame `,` frame … `]`) so large results are never held as one
 * string; rows are serialized one at a time.
 */
import { randomUUID } from 'node:crypto';
import { formatDatetime } from '../../engine/values.js';

export interface RequestIds {
  activityId: string;
  clientRequestId: string;
}

/** The `error` object of the service's JSON error body and of OneApiErrors entries. */
export interface ServiceError {
  code: string;
  message: string;
  '@type': string;
  '@message': string;
  '@context': Record<string, unknown>;
  '@permanent': boolean;
}

function context(ids: RequestIds): Record<string, unknown> {
  return {
    timestamp: new Date().toISOString(),
    serviceAlias: 'LAKEGUARD-EMULATOR',
    machineName: 'lakeguard-emulator',
    processName: 'lakeguard',
    processId: process.pid,
    clientRequestId: ids.clientRequestId,
    activityId: ids.activityId,
    subActivityId: ids.activityId,
    activityType: 'GW.Http.CallContext',
    parentActivityId: ids.activityId,
  };
}

export function serviceError(
  ids: RequestIds,
  fields: { code: string; message: string; type: string; detail: string; permanent: boolean },
): ServiceError {
  return {
    code: fields.code,
    message: fields.message,
    '@type': fields.type,
    '@message': fields.detail,
    '@context': context(ids),
    '@permanent': fields.permanent,
  };
}

/** `{"error": {...}}`: the body of an HTTP 4xx/5xx answer. */
export function errorBody(error: ServiceError): string {
  return JSON.stringify({ error });
}

/**
 * The in-row / DataSetCompletion error for result truncation (E_QUERY_RESULT_SET_TOO_LARGE).
 * Exception names, codes and permanence follow Microsoft's Kusto.Data exceptions reference.
 */
export function truncationError(ids: RequestIds, limit: string): ServiceError {
  return serviceError(ids, {
    code: 'LimitsExceeded',
    message: 'Request is invalid and cannot be executed.',
    type: 'Kusto.Data.Exceptions.KustoServicePartialQueryFailureLimitsExceededException',
    detail:
      `Query execution has exceeded the allowed limits (80DA0003): The results of this query exceed the set limit of ${limit}, ` +
      'so not all records were returned (E_QUERY_RESULT_SET_TOO_LARGE, 0x80DA0003). See https://aka.ms/kustoquerylimits for more information and possible solutions.',
    permanent: true,
  });
}

/** A runaway-query partial failure (E_RUNAWAY_QUERY). */
export function runawayError(ids: RequestIds, detail?: string): ServiceError {
  return serviceError(ids, {
    code: 'LowMemoryCondition',
    message: 'Request is invalid and cannot be executed.',
    type: 'Kusto.Data.Exceptions.KustoServicePartialQueryFailureLowMemoryConditionException',
    detail:
      detail ??
      'Query execution has exceeded the allowed limits (80DA0001): Partial query failure: Low memory condition (E_RUNAWAY_QUERY, 0x80DA0001).',
    permanent: true,
  });
}

/** A query that ran past its servertimeout (reported in-stream, as the service does). */
export function expiredError(ids: RequestIds): ServiceError {
  return serviceError(ids, {
    code: 'RequestExecutionTimeout',
    message: 'Query execution has resulted in error (0x80DA0006): Query is expired.',
    type: 'Kusto.Data.Exceptions.KustoDataStreamException',
    detail: 'Query execution has resulted in error (0x80DA0006): Query is expired.',
    permanent: false,
  });
}

const HRESULT: Readonly<Record<string, number>> = {
  '80DA0001': 0x80da0001 - 0x1_0000_0000,
  '80DA0003': 0x80da0003 - 0x1_0000_0000,
  '80DA0006': 0x80da0006 - 0x1_0000_0000,
};

export const DATASET_HEADER = {
  FrameType: 'DataSetHeader',
  IsProgressive: false,
  Version: 'v2.0',
  IsFragmented: false,
  ErrorReportingPlacement: 'EndOfTable',
};

/** The QueryProperties table; its dynamic Value column holds a JSON string. */
export function queryPropertiesFrame(): unknown {
  const visualization = {
    Visualization: null,
    Title: null,
    XColumn: null,
    Series: null,
    YColumns: null,
    AnomalyColumns: null,
    XTitle: null,
    YTitle: null,
    XAxis: null,
    YAxis: null,
    Legend: null,
    YSplit: null,
    Accumulate: false,
    IsQuerySorted: false,
    Kind: null,
    Ymin: 'NaN',
    Ymax: 'NaN',
    Xmin: null,
    Xmax: null,
  };
  return {
    FrameType: 'DataTable',
    TableId: 0,
    TableKind: 'QueryProperties',
    TableName: '@ExtendedProperties',
    Columns: [
      { ColumnName: 'TableId', ColumnType: 'int' },
      { ColumnName: 'Key', ColumnType: 'string' },
      { ColumnName: 'Value', ColumnType: 'dynamic' },
    ],
    Rows: [[1, 'Visualization', JSON.stringify(visualization)]],
  };
}

/** The QueryCompletionInformation table: an info row, or an error row per failure. */
export function completionFrame(ids: RequestIds, errors: readonly ServiceError[], stats: { rows: number; elapsedMs: number }): unknown {
  const timestamp = formatDatetime(BigInt(Date.now()) * 10_000n);
  const row = (
    level: number,
    levelName: string,
    status: number,
    statusName: string,
    event: number,
    eventName: string,
    payload: unknown,
  ) => [
    timestamp,
    ids.clientRequestId,
    ids.activityId,
    ids.activityId,
    ids.activityId,
    level,
    levelName,
    status,
    statusName,
    event,
    eventName,
    JSON.stringify(payload),
  ];
  const rows = [
    row(4, 'Info', 0, 'S_OK (0)', 4, 'QueryInfo', { Count: 1, Text: 'Query completed successfully' }),
    row(4, 'Info', 0, 'S_OK (0)', 5, 'WorkloadGroup', {
      resource_usage: { cpu: { 'total cpu': '00:00:00' } },
      dataset_statistics: [{ table_row_count: stats.rows }],
      ExecutionTime: stats.elapsedMs / 1000,
    }),
  ];
  if (errors.length > 0) rows.shift();
  for (const error of errors) {
    const hex = /\(([0-9A-F]{8})\)/i.exec(error['@message'])?.[1]?.toUpperCase();
    const status = hex ? (HRESULT[hex] ?? -1) : -1;
    const name = /\(([A-Z_]+), 0x/.exec(error['@message'])?.[1] ?? error.code;
    rows.unshift(row(2, 'Error', status, `${name} (0x${hex ?? '80004005'})`, 4, 'QueryInfo', { Count: 1, Text: error['@message'] }));
  }
  return {
    FrameType: 'DataTable',
    TableId: 2,
    TableKind: 'QueryCompletionInformation',
    TableName: 'QueryCompletionInformation',
    Columns: [
      { ColumnName: 'Timestamp', ColumnType: 'datetime' },
      { ColumnName: 'ClientRequestId', ColumnType: 'string' },
      { ColumnName: 'ActivityId', ColumnType: 'guid' },
      { ColumnName: 'SubActivityId', ColumnType: 'guid' },
      { ColumnName: 'ParentActivityId', ColumnType: 'guid' },
      { ColumnName: 'Level', ColumnType: 'int' },
      { ColumnName: 'LevelName', ColumnType: 'string' },
      { ColumnName: 'StatusCode', ColumnType: 'int' },
      { ColumnName: 'StatusCodeName', ColumnType: 'string' },
      { ColumnName: 'EventType', ColumnType: 'int' },
      { ColumnName: 'EventTypeName', ColumnType: 'string' },
      { ColumnName: 'Payload', ColumnType: 'string' },
    ],
    Rows: rows,
  };
}

export function dataSetCompletion(errors: readonly ServiceError[]): unknown {
  return {
    FrameType: 'DataSetCompletion',
    HasErrors: errors.length > 0,
    Cancelled: false,
    ...(errors.length > 0 ? { OneApiErrors: errors.map((error) => ({ error })) } : {}),
  };
}

/** The in-row error object that replaces a row array when the table failed. */
export function inRowErrors(errors: readonly ServiceError[]): string {
  return JSON.stringify({ OneApiErrors: errors.map((error) => ({ error })) });
}

export function newActivityId(): string {
  return randomUUID();
}
