/**
 * Answers that replace the normal one when a test injects a fault.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { JSON_CONTENT_TYPE } from './answer-query.js';
import type { Fault } from './faults.js';
import { FrameWriter, writeOversizeResult } from './frame-writer.js';
import {
  completionFrame,
  DATASET_HEADER,
  dataSetCompletion,
  errorBody,
  queryPropertiesFrame,
  serviceError,
  type RequestIds,
} from './frames.js';

type ReplacingFault = Exclude<Fault, { kind: 'delay' | 'truncation' | 'partial-failure' }>;

const STATUS_TEXT: Readonly<Record<number, string>> = {
  500: 'Internal_ServiceError',
  502: 'BadGateway',
  503: 'ServiceUnavailable',
  504: 'RequestExecutionTimeout',
};

export async function answerFault(
  fault: ReplacingFault,
  req: IncomingMessage,
  res: ServerResponse,
  ids: RequestIds,
  headers: Record<string, string>,
): Promise<void> {
  switch (fault.kind) {
    case 'throttle': {
      const retryAfter = fault.retryAfterSeconds === undefined ? 1 : fault.retryAfterSeconds;
      const error = serviceError(ids, {
        code: 'TooManyRequests',
        message: 'The request was throttled: too many requests.',
        type: 'Kusto.Data.Exceptions.KustoRequestThrottledException',
        detail: 'The request was denied due to throttling (too many concurrent or per-minute requests).',
        permanent: false,
      });
      res.writeHead(429, {
        ...headers,
        'content-type': JSON_CONTENT_TYPE,
        ...(retryAfter !== null ? { 'retry-after': String(retryAfter) } : {}),
      });
      res.end(errorBody(error));
      return;
    }
    case 'server-error': {
      const status = fault.status ?? 503;
      const code = STATUS_TEXT[status] ?? 'Internal_ServiceError';
      const error = serviceError(ids, {
        code,
        message: `The service is temporarily unavailable (${status}).`,
        type: status === 504 ? 'Kusto.Data.Exceptions.KustoServiceTimeoutException' : 'Kusto.Data.Exceptions.KustoServiceException',
        detail: `Injected transient service failure (${code}).`,
        permanent: false,
      });
      res.writeHead(status, { ...headers, 'content-type': JSON_CONTENT_TYPE });
      res.end(errorBody(error));
      return;
    }
    case 'unauthorized':
      res.writeHead(401, { ...headers, 'www-authenticate': 'Bearer' });
      res.end();
      return;
    case 'reset':
      req.socket.destroy();
      return;
    case 'hang':
      // No answer: the socket stays open until the client gives up or close() runs.
      return;
    case 'malformed-json':
      res.writeHead(200, { ...headers, 'content-type': JSON_CONTENT_TYPE });
      res.end(`[${JSON.stringify(DATASET_HEADER)}\r\n,{"FrameType":"DataTable","TableId":1,"TableKind":PrimaryResult,"Rows":[[1,]]}\r\n]`);
      return;
    case 'cut-off': {
      res.writeHead(200, { ...headers, 'content-type': JSON_CONTENT_TYPE });
      const head =
        `[${JSON.stringify(DATASET_HEADER)}\r\n,${JSON.stringify(queryPropertiesFrame())}` +
        '\r\n,{"FrameType":"DataTable","TableId":1,"TableKind":"PrimaryResult","TableName":"PrimaryResult",' +
        '"Columns":[{"ColumnName":"x","ColumnType":"long"}],"Rows":[[1],[2],[';
      // Destroy only once the partial body is on the wire, so the client sees it cut.
      res.write(head, () => res.destroy());
      return;
    }
    case 'oversize': {
      res.writeHead(200, { ...headers, 'content-type': JSON_CONTENT_TYPE });
      const writer = new FrameWriter(res);
      await writer.frame(DATASET_HEADER);
      await writer.frame(queryPropertiesFrame());
      const rows = await writeOversizeResult(writer, fault.megabytes);
      await writer.frame(completionFrame(ids, [], { rows, elapsedMs: 0 }));
      await writer.frame(dataSetCompletion([]));
      await writer.end();
      return;
    }
  }
}
