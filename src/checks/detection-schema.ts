/**
 * The detection matches `schemas/detection.schema.json` (validated with ajv).
 * Unknown keys become warnings with a "did you mean"; every other violation is an
 * error at the offending value.
 */
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import detectionSchema from '../../schemas/detection.schema.json' with { type: 'json' };
import type { ValuePath } from '../load/source-document.js';
import { didYouMean } from '../util/text.js';
import { defineCheck } from './check.js';

// ajv is CommonJS; under NodeNext its default export sits on `.default`.
const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule) as unknown as typeof AjvModule.default;

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as typeof addFormatsModule.default;

let validator: ValidateFunction | undefined;

/** The compiled schema validator (compiled once per process). */
export function detectionValidator(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, verbose: true });
    addFormats(ajv, ['date-time']);
    validator = ajv.compile(detectionSchema as object);
  }
  return validator;
}

function pathOf(instancePath: string): (string | number)[] {
  if (!instancePath) return [];
  return instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

function describePath(path: ValuePath): string {
  return path.length === 0 ? 'the detection' : path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  // JSON quoting escapes control characters, so hostile values cannot reach a terminal raw.
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
}

/** Drop the umbrella errors (anyOf/oneOf/if) when a more precise error exists below them. */
function preciseErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const umbrella = new Set(['anyOf', 'oneOf', 'if', 'not']);
  const precise = errors.filter((e) => !umbrella.has(e.keyword));
  const kept = errors.filter((e) => !umbrella.has(e.keyword) || !precise.some((p) => p.instancePath.startsWith(e.instancePath)));
  // One finding per value and keyword is enough (anyOf branches repeat themselves).
  const seen = new Set<string>();
  return kept.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : ''}|${e.keyword === 'required' ? String(e.params.missingProperty) : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const detectionSchemaCheck = defineCheck({
  name: 'detection-schema',
  rules: ['LG1001', 'LG1002'],
  run(ctx) {
    const validate = detectionValidator();
    if (validate(ctx.detection.data)) return;
    for (const error of preciseErrors(validate.errors ?? [])) {
      const path = pathOf(error.instancePath);
      const subject = describePath(path);
      const description = typeof error.parentSchema?.description === 'string' ? ` ${error.parentSchema.description}` : '';
      switch (error.keyword) {
        case 'additionalProperties': {
          const key = String(error.params.additionalProperty);
          const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
          const where = path.length ? ` in ${subject}` : '';
          ctx.report('LG1002', [...path, key], `Unknown key '${key}'${where}; Sentinel and lakeguard ignore it.${didYouMean(key, known)}`, {
            at: 'key',
          });
          break;
        }
        case 'required':
          ctx.report('LG1001', path, `Missing required key '${String(error.params.missingProperty)}' in ${subject}.`, { at: 'key' });
          break;
        case 'type':
          ctx.report('LG1001', path, `${subject} must be ${String(error.params.type)}, not ${typeName(error.data)}.${description}`);
          break;
        case 'enum': {
          const allowed = (error.params.allowedValues as unknown[]).map(String);
          const hint = typeof error.data === 'string' ? didYouMean(error.data, allowed) : '';
          ctx.report('LG1001', path, `${subject} must be one of ${allowed.join(', ')}, not ${typeName(error.data)}.${hint}`);
          break;
        }
        case 'pattern':
        case 'format':
          ctx.report('LG1001', path, `${subject} has an invalid value ${typeName(error.data)}.${description}`);
          break;
        default:
          ctx.report('LG1001', path, `${subject} ${error.message ?? 'is invalid'}.${description}`);
      }
    }
  },
});
