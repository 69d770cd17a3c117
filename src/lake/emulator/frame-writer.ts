/**
 * Writes the frame array to the HTTP response in chunks, waiting for the socket to
 * drain so a large result streams at the client's pace instead of piling up here.
 */
import type { ServerResponse } from 'node:http';
import { serializeValue } from '../../engine/serialize.js';
import type { Table } from '../../engine/table.js';
import type { Value } from '../../engine/values.js';
import { inRowErrors, type ServiceError } from './frames.js';

const CHUNK = 64 * 1024;

export class FrameWriter {
  private buffer = '';
  private frames = 0;
  /** Bytes handed to the socket so far. */
  written = 0;

  private gone = false;

  constructor(private readonly res: ServerResponse) {
    // 'close' before the end means the client went away (res.destroyed stays false then).
    res.once('close', () => (this.gone = true));
  }

  /** True once the response ended or the client went away; writing further is pointless. */
  get closed(): boolean {
    return this.gone || this.res.destroyed || this.res.writableEnded || Boolean(this.res.socket?.destroyed);
  }

  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= CHUNK) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.buffer || this.closed) return;
    const chunk = this.buffer;
    this.buffer = '';
    this.written += Buffer.byteLength(chunk);
    if (!this.res.write(chunk)) await this.drained();
  }

  /** Resolves on 'drain' or 'close', removing both listeners either way. */
  private drained(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.res.off('drain', done);
        this.res.off('close', done);
        resolve();
      };
      this.res.on('drain', done);
      this.res.on('close', done);
    });
  }

  /** Open the array (first call) or separate frames, then write one frame. */
  async frame(frame: unknown): Promise<void> {
    await this.write(`${this.frames++ === 0 ? '[' : '\r\n,'}${JSON.stringify(frame)}`);
  }

  /** Start a frame whose body the caller then writes piecewise. */
  async openFrame(head: string): Promise<void> {
    await this.write(`${this.frames++ === 0 ? '[' : '\r\n,'}${head}`);
  }

  async end(): Promise<void> {
    await this.write('\r\n]');
    await this.flush();
    if (!this.closed) this.res.end();
  }
}

export interface RowLimits {
  maxRecords: number;
  maxBytes: number;
}

/** The serialized rows of a table within the limits; a truncation error is recorded when they cut it. */
function* limitedRows(
  table: Table,
  limits: RowLimits,
  onTruncated: (limit: string) => ServiceError,
  errors: ServiceError[],
): Generator<string> {
  let bytes = 0;
  for (let r = 0; r < table.rowCount; r++) {
    if (r >= limits.maxRecords) {
      errors.push(onTruncated(`${limits.maxRecords} records`));
      return;
    }
    const row = JSON.stringify(table.columns.map((c, i) => serializeValue(table.data[i]![r] as Value, c.type)));
    bytes += Buffer.byteLength(row);
    if (bytes > limits.maxBytes) {
      errors.push(onTruncated(`${limits.maxBytes} bytes`));
      return;
    }
    yield row;
  }
}

function columnsOf(table: Table): string {
  return JSON.stringify(table.columns.map((c) => ({ ColumnName: c.name, ColumnType: c.type })));
}

/**
 * Stream the PrimaryResult table as one DataTable frame. Rows beyond the limits are
 * not sent; the table then ends with an in-row OneApiErrors object, as the service does.
 */
export async function writePrimaryResult(
  writer: FrameWriter,
  table: Table,
  limits: RowLimits,
  onTruncated: (limit: string) => ServiceError,
  extraErrors: readonly ServiceError[] = [],
): Promise<{ rows: number; errors: ServiceError[] }> {
  await writer.openFrame(
    `{"FrameType":"DataTable","TableId":1,"TableKind":"PrimaryResult","TableName":"PrimaryResult","Columns":${columnsOf(table)},"Rows":[`,
  );
  const errors: ServiceError[] = [];
  let sent = 0;
  for (const row of limitedRows(table, limits, onTruncated, errors)) {
    if (writer.closed) break;
    await writer.write(`${sent === 0 ? '' : ','}${row}`);
    sent++;
  }
  errors.push(...extraErrors);
  if (errors.length > 0) await writer.write(`${sent === 0 ? '' : ','}${inRowErrors(errors)}`);
  await writer.write(']}');
  return { rows: sent, errors };
}

/**
 * Stream the PrimaryResult in progressive form (request property
 * results_progressive_enabled): TableHeader, TableFragment (DataAppend) frames of
 * `fragmentRows` rows with TableProgress between them, and a TableCompletion that
 * carries the errors.
 */
export async function writeProgressivePrimaryResult(
  writer: FrameWriter,
  table: Table,
  limits: RowLimits,
  onTruncated: (limit: string) => ServiceError,
  extraErrors: readonly ServiceError[] = [],
  fragmentRows = 1000,
): Promise<{ rows: number; errors: ServiceError[] }> {
  await writer.openFrame(
    `{"FrameType":"TableHeader","TableId":1,"TableKind":"PrimaryResult","TableName":"PrimaryResult","Columns":${columnsOf(table)}}`,
  );
  const errors: ServiceError[] = [];
  let sent = 0;
  let inFragment = 0;
  const closeFragment = async () => {
    await writer.write(']}');
    await writer.frame({
      FrameType: 'TableProgress',
      TableId: 1,
      TableProgress: table.rowCount === 0 ? 100 : (100 * sent) / table.rowCount,
    });
    inFragment = 0;
  };
  for (const row of limitedRows(table, limits, onTruncated, errors)) {
    if (writer.closed) break;
    if (inFragment === 0)
      await writer.openFrame(
        `{"FrameType":"TableFragment","TableFragmentType":"DataAppend","TableId":1,"FieldCount":${table.columns.length},"Rows":[`,
      );
    await writer.write(`${inFragment === 0 ? '' : ','}${row}`);
    sent++;
    if (++inFragment === fragmentRows) await closeFragment();
  }
  if (inFragment > 0) await closeFragment();
  errors.push(...extraErrors);
  await writer.frame({
    FrameType: 'TableCompletion',
    TableId: 1,
    RowCount: sent,
    ...(errors.length > 0 ? { OneApiErrors: errors.map((error) => ({ error })) } : {}),
  });
  return { rows: sent, errors };
}

/** Stream a synthetic PrimaryResult of about `megabytes` MB (the oversize fault). */
export async function writeOversizeResult(writer: FrameWriter, megabytes: number): Promise<number> {
  await writer.openFrame(
    '{"FrameType":"DataTable","TableId":1,"TableKind":"PrimaryResult","TableName":"PrimaryResult",' +
      '"Columns":[{"ColumnName":"Index","ColumnType":"long"},{"ColumnName":"Payload","ColumnType":"string"}],"Rows":[',
  );
  const payload = 'x'.repeat(1000);
  const target = Math.round(megabytes * 1024 * 1024);
  let bytes = 0;
  let rows = 0;
  while (bytes < target && !writer.closed) {
    const row = `${rows === 0 ? '' : ','}[${rows},"${payload}"]`;
    bytes += row.length;
    await writer.write(row);
    rows++;
  }
  await writer.write(']}');
  return rows;
}
