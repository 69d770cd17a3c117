/**
 * Test fixtures for the lake client: canned v2 responses and a loopback
 * node:http server that records what reached it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, index: number, recorded: RecordedRequest) => void;

export interface TestServer {
  url: string;
  requests: RecordedRequest[];
  /** Sockets that carried requests (connection reuse shows as few). */
  sockets: Set<unknown>;
  maxInFlight: number;
  close(): Promise<void>;
}

export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<unknown>();
  const open = new Set<import('node:net').Socket>();
  let inFlight = 0;
  const state = { maxInFlight: 0 };
  const server = http.createServer((req, res) => {
    sockets.add(req.socket);
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const recorded = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      handler(req, res, requests.length - 1, recorded);
    });
  });
  server.on('connection', (s) => {
    open.add(s);
    s.on('close', () => open.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v2/rest/query`,
    requests,
    sockets,
    get maxInFlight() {
      return state.maxInFlight;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of open) s.destroy();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(res: http.ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}

export interface CannedTable {
  columns: [string, string][];
  /** Each row as raw JSON text, so longs beyond 2^53 stay exact on the wire. */
  rows: string[];
  name?: string;
}

const header =
  '{"FrameType":"DataSetHeader","IsProgressive":false,"Version":"v2.0","IsFragmented":false,"ErrorReportingPlacement":"EndOfTable"}';
const cols = (columns: [string, string][]) => JSON.stringify(columns.map(([ColumnName, ColumnType]) => ({ ColumnName, ColumnType })));

export function dataTableFrame(id: number, kind: string, t: CannedTable): string {
  return `{"FrameType":"DataTable","TableId":${id},"TableKind":"${kind}","TableName":"${t.name ?? kind}","Columns":${cols(t.columns)},"Rows":[${t.rows.join(',')}]}`;
}

export const queryPropertiesFrame = dataTableFrame(0, 'QueryProperties', {
  columns: [
    ['TableId', 'int'],
    ['Key', 'string'],
    ['Value', 'dynamic'],
  ],
  rows: ['[1,"Visualization","{\\"Visualization\\":null,\\"Title\\":null}"]'],
});

export function completionInfoFrame(id: number, events: { level: number; status: string; payload: string }[]): string {
  return dataTableFrame(id, 'QueryCompletionInformation', {
    columns: [
      ['Timestamp', 'datetime'],
      ['ClientRequestId', 'string'],
      ['Level', 'int'],
      ['LevelName', 'string'],
      ['StatusCode', 'int'],
      ['StatusCodeName', 'string'],
      ['EventTypeName', 'string'],
      ['Payload', 'string'],
    ],
    rows: events.map((e) =>
      JSON.stringify([
        '2025-01-01T00:00:00Z',
        'x',
        e.level,
        e.level <= 2 ? 'Error' : 'Info',
        0,
        e.status,
        e.status === 'S_OK (0)' ? 'QueryResourceConsumption' : 'QueryInfo',
        e.payload,
      ]),
    ),
  });
}

export const okCompletion = '{"FrameType":"DataSetCompletion","HasErrors":false,"Cancelled":false}';

/** A complete non-progressive response around one primary table. */
export function v2Response(t: CannedTable, extra: { completion?: string; qci?: string } = {}): string {
  const qci = extra.qci ?? completionInfoFrame(2, [{ level: 4, status: 'S_OK (0)', payload: '{"ExecutionTime":0.25}' }]);
  return `[${header},${queryPropertiesFrame},${dataTableFrame(1, 'PrimaryResult', t)},${qci},${extra.completion ?? okCompletion}]`;
}

/** A progressive/fragmented response: header, fragments, progress, completion. */
export function progressiveResponse(
  t: CannedTable,
  fragments: { type: 'DataAppend' | 'DataReplace'; rows: string[] }[],
  tableCompletion = '"RowCount":0',
): string {
  const frames = [
    '{"FrameType":"DataSetHeader","IsProgressive":true,"Version":"v2.0","IsFragmented":true}',
    `{"FrameType":"TableHeader","TableId":1,"TableKind":"PrimaryResult","TableName":"PrimaryResult","Columns":${cols(t.columns)}}`,
    ...fragments.map(
      (f, i) =>
        `{"FrameType":"TableFragment","TableFragmentType":"${f.type}","TableId":1,"Rows":[${f.rows.join(',')}]}${i === 0 ? ',{"FrameType":"TableProgress","TableId":1,"TableProgress":50.0}' : ''}`,
    ),
    `{"FrameType":"TableCompletion","TableId":1,${tableCompletion}}`,
    okCompletion,
  ];
  return `[${frames.join(',')}]`;
}

export const simpleTable: CannedTable = {
  columns: [
    ['Account', 'string'],
    ['Count', 'long'],
  ],
  rows: ['["alice",3]', '["bob",1]'],
};

export function oneApiError(code: string, message: string, permanent = true): string {
  return JSON.stringify({
    error: {
      code,
      message: 'Request is invalid and cannot be executed.',
      '@type': 'Kusto.Data.Exceptions.X',
      '@message': message,
      '@permanent': permanent,
    },
  });
}
