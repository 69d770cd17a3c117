/**
 * ATT&CK: tactics are Sentinel tactic names, techniques exist and are current, and
 * every technique sits under one of the listed tactics.
 */
import { didYouMean } from '../util/text.js';
import { defineCheck } from './check.js';
import { attackCatalog } from './data/attack.js';

const TECHNIQUE_ID = /^T\d{4}(\.\d{3})?$/;
/** ATT&CK for ICS techniques (T0800–T0899), used with the ICS tactics. */
const ICS_TECHNIQUE_ID = /^T08\d\d$/;
/** Keys that list technique ids: Sentinel YAML uses both. */
const TECHNIQUE_KEYS = ['relevantTechniques', 'subTechniques'] as const;

export const attackMappingCheck = defineCheck({
  name: 'attack-mapping',
  rules: ['LG4001', 'LG4002', 'LG4003', 'LG4004', 'LG4005'],
  run(ctx) {
    const attack = attackCatalog();
    const data = ctx.detection.data;
    const tactics = Array.isArray(data.tactics) ? data.tactics : [];
    const knownTactics = new Set<string>();
    tactics.forEach((tactic, index) => {
      if (typeof tactic !== 'string') return; // the schema check reports types
      if (attack.tactics.has(tactic)) {
        knownTactics.add(tactic);
      } else if (attack.legacyTactics.has(tactic)) {
        knownTactics.add(tactic);
        ctx.report(
          'LG4001',
          ['tactics', index],
          `Tactic '${tactic}' is a legacy Sentinel tactic; use the ATT&CK tactic it stood for (Reconnaissance or ResourceDevelopment).`,
          { level: 'warning' },
        );
      } else {
        ctx.report(
          'LG4001',
          ['tactics', index],
          `Unknown tactic '${tactic}'.${didYouMean(tactic, attack.tactics)} Tactics use Sentinel's PascalCase names.`,
        );
      }
    });

    const covered = new Set<string>();
    let techniqueCount = 0;
    // An ICS technique's tactics are not in the bundled data, so it may cover any listed tactic.
    let icsListed = false;
    for (const key of TECHNIQUE_KEYS) {
      const list = Array.isArray(data[key]) ? (data[key] as unknown[]) : [];
      list.forEach((raw, index) => {
        if (typeof raw !== 'string') return;
        const id = raw.trim();
        const path = [key, index];
        if (ICS_TECHNIQUE_ID.test(id)) {
          icsListed = true; // ATT&CK for ICS: accepted, not in the bundled Enterprise data
          return;
        }
        if (!TECHNIQUE_ID.test(id)) {
          ctx.report('LG4002', path, `'${raw}' is not an ATT&CK technique id (T1234 or T1234.001).`);
          return;
        }
        const info = attack.techniques.get(id);
        if (!info) {
          ctx.report('LG4002', path, `Technique ${id} does not exist in ATT&CK Enterprise ${attack.versions.join(' or ')}.`);
          return;
        }
        if (info.revokedEverywhere) {
          ctx.report('LG4002', path, `Technique ${id} (${info.name}) is revoked in ATT&CK ${attack.versions.join(' and ')}.`);
          return;
        }
        techniqueCount++;
        if (info.revokedInSentinelVersion) {
          ctx.report(
            'LG4003',
            path,
            `Technique ${id} (${info.name}) is revoked in ATT&CK ${attack.sentinelVersion}, the version Sentinel uses.`,
          );
        } else if (info.deprecated) {
          ctx.report('LG4003', path, `Technique ${id} (${info.name}) is deprecated in ATT&CK.`);
        } else if (info.revokedInLatest) {
          // Sentinel still uses ATT&CK ${attack.sentinelVersion}: only a heads-up about the newer version.
          const replacement = info.replacement
            ? ` ATT&CK ${attack.versions.at(-1)} names ${info.replacement} (${attack.techniques.get(info.replacement)?.name}) instead.`
            : '';
          ctx.report(
            'LG4003',
            path,
            `Technique ${id} (${info.name}) is revoked in ATT&CK ${attack.versions.at(-1)}; Sentinel still accepts it (ATT&CK ${attack.sentinelVersion}).${replacement}`,
            { level: 'note' },
          );
        }
        const matching = [...info.tactics].filter((t) => knownTactics.has(t));
        for (const t of matching) covered.add(t);
        if (knownTactics.size > 0 && matching.length === 0) {
          ctx.report(
            'LG4004',
            path,
            `Technique ${id} (${info.name}) belongs to ${[...info.tactics].join(', ') || 'no tactic'}, none of which is listed in tactics.`,
          );
        }
      });
    }
    if (techniqueCount === 0 || icsListed) return;
    tactics.forEach((tactic, index) => {
      if (typeof tactic === 'string' && knownTactics.has(tactic) && !covered.has(tactic) && !attack.legacyTactics.has(tactic)) {
        ctx.report('LG4005', ['tactics', index], `No listed technique belongs to tactic '${tactic}'.`);
      }
    });
  },
});
