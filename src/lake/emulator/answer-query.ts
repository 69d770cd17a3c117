/**
 * The normal answer to a query that ran: HTTP 200 with the v2 frames, rows streamed.
 */
import type { ServerResponse } from 'node:http';
import type { ExecutedQuery } from './execute.js';
import type { Fault } from './faults.js';
import { FrameWriter, writePrimaryResult, writeProgressivePrimaryResult } from './frame-writer.js';
import {
  completionFrame,
  DATASET_HEADER,
  dataSetCompletion,
  expiredError,
  queryPropertiesFrame,
  runawayError,
  truncationError,
  type RequestIds,
} from './frames.js';
import type { QueryRequest } from './protocol.js';

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

export async function answerQuery(
  { table, elapsedMs }: ExecutedQuery,
  request: QueryRequest,
  ids: RequestIds,
  res: ServerResponse,
  headers: Record<string, string>,
  partialFailure?: Extract<Fault, { kind: 'partial-failure' }>,
): Promise<void> {
  // The engine runs synchronously, so servertimeout is checked after the fact: the
  // service reports an expired query in the result stream, without rows.
  const expired = elapsedMs > request.serverTimeoutMs;
  res.writeHead(200, { ...headers, 'content-type': JSON_CONTENT_TYPE });
  const writer = new FrameWriter(res);
  await writer.frame(request.progressive ? { ...DATASET_HEADER, IsProgressive: true, IsFragmented: true } : DATASET_HEADER);
  await writer.frame(queryPropertiesFrame());
  const extra = [...(partialFailure ? [runawayError(ids, partialFailure.message)] : []), ...(expired ? [expiredError(ids)] : [])];
  const write = request.progressive ? writeProgressivePrimaryResult : writePrimaryResult;
  const { rows, errors } = await write(
    writer,
    expired ? { ...table, rowCount: 0 } : table,
    request,
    (limit) => truncationError(ids, limit),
    extra,
  );
  await writer.frame(completionFrame(ids, errors, { rows, elapsedMs }));
  await writer.frame(dataSetCompletion(errors));
  await writer.end();
}
