/** `lakeguard run`: the static checks, then each detection on the Sentinel data lake (hunt or gate). */
import type { Command } from './command.js';
import type { DetectionSettings } from './detection-settings.js';
import { DETECTION_FLAGS, detectionSettings, runAndPrint } from './detections.js';
import { FlagReader, PATHS, SIGN_IN_FLAGS } from './flags.js';
import type { FlagSpec } from './command.js';

const LIVE_FLAGS: readonly FlagSpec[] = [
  { name: 'database', type: 'string', value: 'DB', help: 'the lake database: workspaceName-workspaceId (ADX: the database name)' },
  { name: 'endpoint', type: 'string', value: 'URL', help: 'query endpoint (default the Sentinel data lake; an ADX cluster URL works)' },
  { name: 'gate', type: 'boolean', help: 'fail on any breach of limits or expectations (release gate); default: hunt' },
  { name: 'concurrency', type: 'string', value: 'N', default: '4', help: 'queries in flight (1 to 64)' },
  { name: 'lookback', type: 'string', value: 'D', help: 'window for every detection instead of its queryPeriod (e.g. 1d)' },
  {
    name: 'show-results',
    type: 'string',
    value: 'counts|entities|rows',
    default: 'counts',
    help: 'what reports reveal',
  },
  { name: 'timeout', type: 'string', value: 'D', default: '4m', help: 'query timeout of detections without limits.timeout' },
  {
    name: 'write-table',
    type: 'boolean',
    help: 'send one record per detection to a custom table (Azure Monitor Logs Ingestion API; lake.ingestion in lakeguard.yaml)',
  },
  {
    name: 'ingestion-endpoint',
    type: 'string',
    value: 'URL',
    help: "data collection endpoint (or the rule's logs ingestion endpoint) of --write-table",
  },
  { name: 'dcr', type: 'string', value: 'IMMUTABLE_ID', help: 'immutable id of the data collection rule (dcr-…) of --write-table' },
  { name: 'stream', type: 'string', value: 'NAME', help: 'stream of that rule, e.g. Custom-LakeguardHunts_CL' },
  {
    name: 'now',
    type: 'string',
    value: 'ISO',
    help: "the run's now (default the clock), e.g. to rehearse against the emulator's fixtures",
    input: false,
  },
];

const FLAGS: readonly FlagSpec[] = [...LIVE_FLAGS, ...DETECTION_FLAGS, ...SIGN_IN_FLAGS];

export const runCommand: Command<DetectionSettings> = {
  name: 'run',
  summary: 'run each detection on the Sentinel data lake (hunt, or release gate with --gate)',
  description:
    "Runs the static checks, then each sound detection's query on the Sentinel data lake over its queryPeriod (or --lookback), " +
    'judged against its trigger, limits and expectations. A hunt reports breaches as warnings; a gate fails on them. ' +
    "Defaults come from lakeguard.yaml's lake: section.",
  flags: FLAGS,
  positionals: [PATHS],
  inAction: true,
  settings(values, positionals, surface) {
    const reader = new FlagReader(values, surface, FLAGS);
    const settings = detectionSettings('run', reader, positionals, surface);
    settings.live = {
      endpoint: reader.string('endpoint'),
      database: reader.string('database'),
      gate: reader.bool('gate'),
      concurrency: reader.positiveInt('concurrency', 64),
      lookback: reader.string('lookback'),
      now: reader.string('now'),
      timeout: reader.string('timeout'),
      showResults: reader.choice('show-results', ['counts', 'entities', 'rows'] as const, 'counts'),
      writeTable: reader.bool('write-table'),
      ingestionEndpoint: reader.string('ingestion-endpoint'),
      dcr: reader.string('dcr'),
      stream: reader.string('stream'),
      tenantId: reader.string('tenant-id'),
      clientId: reader.string('client-id'),
      audience: reader.string('audience'),
      scope: reader.string('scope'),
      authorityHost: reader.string('authority-host'),
    };
    return settings;
  },
  run: runAndPrint,
};
