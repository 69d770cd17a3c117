/**
 * Assembles a v2 data set from its frames, in order: DataSetHeader, DataTable
 * or TableHeader/TableFragment/TableProgress/TableCompletion, DataSetCompletion.
 * Collects every error the service reports with status 200 (in-row OneApiErrors,
 * TableCompletion and DataSetCompletion errors, QueryCompletionInformation rows
 * with Level ≤ 2) so a partial result is never taken for a complete one.
 */
import { decodeColumns, decodeRow, DecodeError } from './decode.js';
import type { ExactJson } from './exact-json.js';
import type { RawFrame } from './frame-reader.js';
import type { CompletionEvent, LakeColumn, LakeValue, RetainRows } from './types.js';

export type { RetainRows } from './types.js';

/** An error the service reported inside a 200 response. */
export interface ServiceProblem {
  where: string;
  code: string;
  message: string;
  /** The whole error as JSON text, to look for E_* markers. */
  text: string;
}

export interface AssembledTable {
  id: number;
  kind: string;
  name: string;
  columns: LakeColumn[];
  /** Rows kept (all of them unless the caller limited what to keep of primary tables). */
  rows: LakeValue[][];
  /** Rows received, kept or not. */
  rowCount: number;
  /** Column indices kept of each row, null for all. */
  keep: number[] | null;
  complete: boolean;
}

export interface AssembledDataSet {
  tables: AssembledTable[];
  problems: ServiceProblem[];
  completion: CompletionEvent[];
  cancelled: boolean;
}

function str(v: ExactJson | undefined): string {
  return typeof v === 'string' ? v : '';
}

/** One entry of a OneApiErrors array: `{"error": {code, message, "@message", ...}}`. */
export function oneApiProblem(entry: ExactJson, where: string): ServiceProblem {
  const outer = (entry && typeof entry === 'object' && !Array.isArray(entry) ? entry : {}) as Record<string, ExactJson>;
  const err = (outer.error && typeof outer.error === 'object' && !Array.isArray(outer.error) ? outer.error : outer) as Record<
    string,
    ExactJson
  >;
  const code = str(err.code) || 'Error';
  const message = str(err['@message']) || str(err.message) || 'no message';
  return { where, code, message, text: stringify(entry) };
}

function stringify(v: ExactJson): string {
  return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x)) ?? '';
}

function problemsOf(list: ExactJson | undefined, where: string): ServiceProblem[] {
  return Array.isArray(list) ? list.map((e) => oneApiProblem(e, where)) : [];
}

export class DataSetAssembler {
  private readonly tables = new Map<number, AssembledTable>();
  private readonly order: AssembledTable[] = [];
  private readonly problems: ServiceProblem[] = [];
  private sawHeader = false;
  private sawCompletion = false;
  private cancelled = false;

  constructor(private readonly retain: RetainRows = {}) {}

  // The frame whose rows are arriving ahead of its end (see `rows`), and its table.
  private streamedFrame = -1;
  private streamedTable: AssembledTable | null = null;

  /**
   * Rows of frame `index` delivered before the frame ends; `head` holds the
   * frame's fields that precede its Rows (TableId, Columns, …).
   */
  rows(head: RawFrame, rows: ExactJson[], index: number): void {
    if (this.streamedFrame !== index) {
      this.streamedFrame = index;
      this.streamedTable = this.beginRows(head, index);
    }
    if (this.streamedTable) this.appendRows(this.streamedTable, rows);
  }

  /** The order checks, then the table that a DataTable or TableFragment frame fills. */
  private beginRows(frame: RawFrame, index: number): AssembledTable | null {
    const type = str(frame.FrameType);
    if (index === 0 && type !== 'DataSetHeader') throw new DecodeError(`the first frame is ${type || 'untyped'}, not DataSetHeader`);
    if (this.sawCompletion) throw new DecodeError(`a ${type || 'untyped'} frame follows DataSetCompletion`);
    if (type === 'DataTable') return this.openTable(frame);
    if (type === 'TableFragment') {
      const table = this.tableOf(frame, type);
      if (str(frame.TableFragmentType) === 'DataReplace') {
        table.rows = [];
        table.rowCount = 0;
      }
      return table;
    }
    return null;
  }

  onFrame(frame: RawFrame, index: number): void {
    const type = str(frame.FrameType);
    if (type === 'DataTable' || type === 'TableFragment') {
      const table = this.streamedFrame === index ? this.streamedTable : this.beginRows(frame, index);
      this.appendRows(table!, frame.Rows);
      if (type === 'DataTable') table!.complete = true;
      return;
    }
    this.beginRows(frame, index);
    switch (type) {
      case 'DataSetHeader':
        if (this.sawHeader) throw new DecodeError('a second DataSetHeader');
        this.sawHeader = true;
        return;
      case 'TableHeader':
        this.openTable(frame);
        return;
      case 'TableProgress':
        this.tableOf(frame, type);
        return;
      case 'TableCompletion': {
        const table = this.tableOf(frame, type);
        this.problems.push(...problemsOf(frame.OneApiErrors, `table ${table.name}`));
        table.complete = true;
        return;
      }
      case 'DataSetCompletion':
        this.sawCompletion = true;
        this.cancelled = frame.Cancelled === true;
        this.problems.push(...problemsOf(frame.OneApiErrors, 'DataSetCompletion'));
        if (frame.HasErrors === true && !Array.isArray(frame.OneApiErrors)) {
          this.problems.push({ where: 'DataSetCompletion', code: 'HasErrors', message: 'the data set reports errors', text: '' });
        }
        return;
      default:
        // Unknown frame types are skipped, as the protocol may grow.
        return;
    }
  }

  private openTable(frame: RawFrame): AssembledTable {
    const id = typeof frame.TableId === 'number' ? frame.TableId : -1;
    const name = str(frame.TableName) || `#${id}`;
    if (this.tables.has(id)) throw new DecodeError(`table id ${id} appears twice`);
    const kind = str(frame.TableKind);
    const columns = decodeColumns(frame.Columns, name);
    const wanted = kind === 'PrimaryResult' ? this.retain.columns : undefined;
    const keep = wanted ? columns.flatMap((c, i) => (wanted.includes(c.name) ? [i] : [])) : null;
    const table: AssembledTable = { id, kind, name, columns, rows: [], rowCount: 0, keep, complete: false };
    this.tables.set(id, table);
    this.order.push(table);
    return table;
  }

  private tableOf(frame: RawFrame, type: string): AssembledTable {
    const table = typeof frame.TableId === 'number' ? this.tables.get(frame.TableId) : undefined;
    if (!table) throw new DecodeError(`${type} for a table without TableHeader`);
    return table;
  }

  private appendRows(table: AssembledTable, rows: ExactJson | undefined): void {
    if (rows === undefined || rows === null) return;
    if (!Array.isArray(rows)) throw new DecodeError(`Rows of table ${table.name} is not an array`);
    const primary = table.kind === 'PrimaryResult';
    const maxRows = primary ? (this.retain.maxRows ?? Infinity) : Infinity;
    const keep = table.keep;
    for (const row of rows) {
      if (Array.isArray(row)) {
        const decoded = decodeRow(row, table.columns, table.name, table.rowCount++, !primary);
        if (table.rows.length < maxRows) table.rows.push(keep ? keep.map((i) => decoded[i]!) : decoded);
      } else if (row && typeof row === 'object' && 'OneApiErrors' in row) {
        this.problems.push(...problemsOf(row.OneApiErrors, `a row of table ${table.name}`));
      } else {
        throw new DecodeError(`a row of table ${table.name} is neither an array nor an error`);
      }
    }
  }

  /** Call after the last frame; throws DecodeError when frames are missing. */
  finish(): AssembledDataSet {
    if (!this.sawHeader) throw new DecodeError('no DataSetHeader frame');
    const completion = this.order.filter((t) => t.kind === 'QueryCompletionInformation').flatMap((t) => completionEvents(t));
    for (const e of completion) {
      if (e.level !== null && e.level <= 2) {
        this.problems.push({
          where: 'QueryCompletionInformation',
          code: e.statusName || e.levelName || 'Error',
          message: e.payload,
          text: JSON.stringify(e),
        });
      }
    }
    if (!this.sawCompletion && this.problems.length === 0) throw new DecodeError('no DataSetCompletion frame (the response was cut off)');
    for (const t of this.order) {
      if (!t.complete && this.problems.length === 0) throw new DecodeError(`table ${t.name} has no TableCompletion`);
    }
    return { tables: this.order, problems: this.problems, completion, cancelled: this.cancelled };
  }
}

function completionEvents(table: AssembledTable): CompletionEvent[] {
  const at = (name: string) => table.columns.findIndex((c) => c.name === name);
  const [level, levelName, status, statusName, eventType, payload] = [
    'Level',
    'LevelName',
    'StatusCode',
    'StatusCodeName',
    'EventTypeName',
    'Payload',
  ].map(at);
  const get = (row: LakeValue[], i: number | undefined): LakeValue => (i === undefined || i < 0 ? null : (row[i] ?? null));
  const num = (v: LakeValue): number | null => (typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : null);
  const text = (v: LakeValue): string => (typeof v === 'string' ? v : v === null ? '' : stringify(v as ExactJson));
  return table.rows.map((row) => ({
    level: num(get(row, level)),
    levelName: text(get(row, levelName)),
    statusCode: num(get(row, status)),
    statusName: text(get(row, statusName)),
    eventType: text(get(row, eventType)),
    payload: text(get(row, payload)),
  }));
}
