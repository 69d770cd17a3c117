/**
 * Turns the language service's diagnostics into findings at the exact YAML
 * position, and refuses control commands.
 */
import { didYouMean } from '../util/text.js';
import { defineCheck } from './check.js';

/** Codes the language service uses for names that are not tables or functions. */
const UNKNOWN_TABLE_CODES = new Set(['KS204']);
const UNKNOWN_FUNCTION_CODES = new Set(['KS211']);

/** The language service's code for an unknown `#` client directive. */
const DIRECTIVE_CODE = 'KS250';

const DECLARE_FUNCTION =
  "Declare workspace functions (parsers, saved functions) under 'functions:' in lakeguard.yaml: name and result columns, or 'path' to the repository's parser files (Sentinel parser YAML, CustomFunctions JSON).";

/** Names of workspace functions by convention (ASIM parsers, underscore functions). */
function looksLikeWorkspaceFunction(name: string): boolean {
  return /^(_Im_|_ASim_|_|im[A-Z]|ASim[A-Z])/.test(name) && !/_CL$/.test(name);
}

const CONTROL_COMMAND = /(^|;)\s*\.[A-Za-z-]+/;

/** Blank out comments and string literals so a regex can look at code only. */
export function codeOnly(text: string): string {
  return text.replace(/\/\/[^\n]*|@?"(?:\\.|[^"\\\n])*"|@?'(?:\\.|[^'\\\n])*'|```[\s\S]*?```/g, (m) => ' '.repeat(m.length));
}

export const kqlQueryCheck = defineCheck({
  name: 'kql-query',
  rules: ['LG2001', 'LG2002', 'LG2003', 'LG2004', 'LG2005', 'LG2006', 'LG2007', 'LG2009'],
  run(ctx) {
    const query = ctx.query;
    if (!query) return;
    const code = codeOnly(query.text);
    const command = CONTROL_COMMAND.exec(code);
    if (query.analysis.kind !== 'Query' || command) {
      const offset = command ? command.index + command[0].indexOf('.') : 0;
      ctx.report(
        'LG2005',
        ctx.detection.source.locateInScalar(query.path, offset, 1),
        'The query is or contains a control command; detections must be read-only queries.',
      );
      return;
    }
    let hasErrors = false;
    for (const d of query.analysis.diagnostics) {
      const span = ctx.detection.source.locateInScalar(query.path, d.start, d.length);
      const name = query.text.slice(d.start, d.start + d.length);
      if (d.severity === 'error') hasErrors = true;
      if (d.code === DIRECTIVE_CODE) {
        // `#` starts a client directive in KQL, not a comment; point at the `#`.
        const hash = query.text.lastIndexOf('#', d.start);
        const at = hash >= 0 && hash >= d.start - 2 ? ctx.detection.source.locateInScalar(query.path, hash, 1) : span;
        ctx.report('LG2003', at, "A line starting with '#' is a client directive, not a comment; use '//' for comments.");
      } else if (d.syntax) {
        ctx.report('LG2001', span, `KQL syntax: ${d.message} (${d.code})`);
      } else if (UNKNOWN_TABLE_CODES.has(d.code) && looksLikeWorkspaceFunction(name)) {
        ctx.report('LG2004', span, `Unknown function '${name}'. ${DECLARE_FUNCTION}`);
      } else if (UNKNOWN_TABLE_CODES.has(d.code)) {
        ctx.report('LG2004', span, `Unknown table '${name}'.${didYouMean(name, ctx.catalog.tableNames())} ${howToDeclare(name)}`);
      } else if (UNKNOWN_FUNCTION_CODES.has(d.code) && !isBuiltInLooking(name)) {
        ctx.report('LG2004', span, `Unknown function '${name}'. ${DECLARE_FUNCTION}`);
      } else if (d.severity === 'error') {
        ctx.report('LG2002', span, `KQL: ${d.message} (${d.code})`);
      } else if (d.severity === 'warning') {
        ctx.report('LG2003', span, `KQL: ${d.message} (${d.code})`);
      }
    }
    for (const a of ctx.catalog.assumedColumns(query.text)) {
      const suffix = a.name.slice(a.name.lastIndexOf('_'));
      ctx.report(
        'LG2007',
        ctx.detection.source.locateInScalar(query.path, a.start, a.length),
        `Column '${a.name}' is not in the catalog's ${a.tables.join('/')} schema; assumed ${a.type} from its '${suffix}' suffix (dynamic-schema table). Declare the table's columns in lakeguard.yaml to check it exactly.`,
      );
    }
    for (const problem of ctx.catalog.unusableFunctionsIn(query.text)) {
      ctx.report(
        'LG2009',
        ctx.detection.source.locateInScalar(query.path, problem.start, problem.name.length),
        `Function '${problem.name}' (${problem.origin}) is unusable: its own query does not bind (${problem.message}). Columns read from it are not checked.`,
      );
    }
    if (!hasErrors && query.analysis.columns === undefined) {
      ctx.report('LG2006', query.path, 'The query does not end in a tabular expression; a detection must return rows.');
    }
  },
});

function isBuiltInLooking(name: string): boolean {
  return !name.startsWith('_') && !/^(ASim|Im)/.test(name) && /^[a-z0-9_]+$/.test(name);
}

function howToDeclare(name: string): string {
  if (/_CL$/.test(name)) {
    return `Declare custom tables in lakeguard.yaml under 'tables:' (a folder of Azure-Sentinel CustomTables JSON files, or name + columns).`;
  }
  return `If it exists in your workspace, declare it in lakeguard.yaml under 'tables:' (name + columns) or 'functions:'.`;
}
