/** `lakeguard backtest`: how many alerts each scheduled rule would have raised over a past range. */
import type { Command, FlagSpec } from './command.js';
import type { DetectionSettings } from './detection-settings.js';
import { DETECTION_FLAGS, detectionSettings, runAndPrint } from './detections.js';
import { FlagReader, PATHS, SIGN_IN_FLAGS } from './flags.js';

const BACKTEST_FLAGS: readonly FlagSpec[] = [
  { name: 'database', type: 'string', value: 'DB', help: 'the lake database: workspaceName-workspaceId (ADX: the database name)' },
  { name: 'endpoint', type: 'string', value: 'URL', help: 'query endpoint (default the Sentinel data lake; an ADX cluster URL works)' },
  { name: 'from', type: 'string', value: '30d|ISO', default: '30d', help: 'start of the range: a duration back from --to, or a date-time' },
  { name: 'to', type: 'string', value: 'ISO', default: 'now', help: 'end of the range (ISO 8601)' },
  { name: 'max-runs', type: 'string', value: 'N', default: '48', help: 'most evaluations per detection (an even sample beyond)' },
  { name: 'compare', type: 'string', value: 'REF', help: 'also backtest the version at this git ref of each changed detection' },
  { name: 'gate', type: 'boolean', help: 'expect.alertsPerDay breaches are errors (default: warnings)' },
  { name: 'concurrency', type: 'string', value: 'N', default: '4', help: 'queries in flight (1 to 64)' },
  {
    name: 'rate',
    type: 'string',
    value: 'N',
    default: '45',
    help: 'most queries per minute for the whole run (the data lake allows 45 per user)',
  },
];

const FLAGS: readonly FlagSpec[] = [...BACKTEST_FLAGS, ...DETECTION_FLAGS, ...SIGN_IN_FLAGS];

export const backtestCommand: Command<DetectionSettings> = {
  name: 'backtest',
  summary: 'replay each scheduled rule over a past range on the lake and count the alerts it would have raised',
  description:
    "Replays each scheduled rule's own schedule over [--from, --to] on the Sentinel data lake: an evaluation every queryFrequency " +
    'ending at --to, each over its queryPeriod, counted as Sentinel raises alerts (the trigger; one alert, or one per result with ' +
    'AlertPerResult, at most 150 per run). Beyond --max-runs an even sample runs and the estimate says so. ' +
    'expect.alertsPerDay.max makes the estimate a budget; --compare REF shows before → after for changed detections.',
  flags: FLAGS,
  positionals: [PATHS],
  inAction: true,
  settings(values, positionals, surface) {
    const reader = new FlagReader(values, surface, FLAGS);
    const settings = detectionSettings('backtest', reader, positionals, surface);
    settings.live = {
      endpoint: reader.string('endpoint'),
      database: reader.string('database'),
      gate: reader.bool('gate'),
      concurrency: reader.positiveInt('concurrency', 64),
      showResults: 'counts',
      tenantId: reader.string('tenant-id'),
      clientId: reader.string('client-id'),
      audience: reader.string('audience'),
      scope: reader.string('scope'),
      authorityHost: reader.string('authority-host'),
    };
    settings.backtest = {
      from: reader.string('from'),
      to: reader.string('to'),
      maxRuns: reader.positiveInt('max-runs', 100_000),
      compare: reader.string('compare'),
      perMinute: reader.positiveInt('rate'),
    };
    return settings;
  },
  run: runAndPrint,
};
