/**
 * MITRE ATT&CK Enterprise, as bundled in `src/data/` (v18.1 and v19.2). A technique
 * is valid when it exists, not revoked, in either version: public Sentinel rules
 * use v18-era ids and tactic names.
 */
import v18 from '../../data/attack-enterprise.json' with { type: 'json' };
import v19 from '../../data/attack-enterprise-v19.2.json' with { type: 'json' };

interface AttackFile {
  attackVersion: string;
  tactics: { id: string; shortName: string; name: string; sentinelName: string }[];
  icsTactics?: { id: string; shortName: string; name: string; sentinelName: string }[];
  techniques: { id: string; name: string; tactics: string[]; deprecated: boolean; revoked: boolean }[];
}

/** What lakeguard knows about one technique id across the bundled versions. */
export interface TechniqueInfo {
  id: string;
  name: string;
  /** Sentinel tactic names the technique belongs to (union over versions). */
  tactics: ReadonlySet<string>;
  /** Revoked in v18.1 (or absent there) and in v19.2 (or absent there). */
  revokedEverywhere: boolean;
  revokedInLatest: boolean;
  /** Revoked in the ATT&CK version Sentinel uses (the older bundled one). */
  revokedInSentinelVersion: boolean;
  deprecated: boolean;
  /** A v19 technique that replaces this one, found by name. */
  replacement?: string;
}

export interface AttackCatalog {
  versions: readonly string[];
  /** The ATT&CK version Microsoft Sentinel is aligned to. */
  sentinelVersion: string;
  /** Sentinel tactic names (PascalCase). */
  tactics: ReadonlySet<string>;
  /** Legacy Sentinel tactic names that still load but should be replaced. */
  legacyTactics: ReadonlySet<string>;
  techniques: ReadonlyMap<string, TechniqueInfo>;
}

let catalog: AttackCatalog | undefined;

/** The ATT&CK catalog (built on first use). */
export function attackCatalog(): AttackCatalog {
  if (catalog) return catalog;
  const files = [v18 as unknown as AttackFile, v19 as unknown as AttackFile];
  const tactics = new Set<string>();
  const sentinelNameOf = new Map<string, string>();
  for (const file of files) {
    for (const t of [...file.tactics, ...(file.icsTactics ?? [])]) {
      tactics.add(t.sentinelName);
      sentinelNameOf.set(t.shortName, t.sentinelName);
    }
  }
  const [older, latest] = files as [AttackFile, AttackFile];
  const olderById = new Map(older.techniques.map((t) => [t.id, t]));
  const latestById = new Map(latest.techniques.map((t) => [t.id, t]));
  const newInLatest = latest.techniques.filter((t) => !olderById.has(t.id) && !t.revoked);
  const techniques = new Map<string, TechniqueInfo>();
  for (const id of new Set([...olderById.keys(), ...latestById.keys()])) {
    const a = olderById.get(id);
    const b = latestById.get(id);
    const names = new Set<string>();
    for (const t of [a, b]) for (const shortName of t?.tactics ?? []) names.add(sentinelNameOf.get(shortName) ?? shortName);
    const revokedInLatest = b ? b.revoked : false;
    const info: TechniqueInfo = {
      id,
      name: (b ?? a)?.name ?? id,
      tactics: names,
      revokedEverywhere: (a ? a.revoked : true) && (b ? b.revoked : true),
      revokedInLatest,
      revokedInSentinelVersion: a ? a.revoked : false,
      deprecated: Boolean((a && a.deprecated) || (b && b.deprecated)),
    };
    if (revokedInLatest) info.replacement = replacementFor(info.name, newInLatest);
    techniques.set(id, info);
  }
  catalog = {
    versions: files.map((f) => f.attackVersion),
    sentinelVersion: older.attackVersion,
    tactics,
    legacyTactics: new Set(['PreAttack']),
    techniques,
  };
  return catalog;
}

/** The new technique whose name is the revoked one's (exact names only: near matches mislead). */
function replacementFor(name: string, candidates: AttackFile['techniques']): string | undefined {
  const normalized = name.toLowerCase();
  return candidates.find((c) => c.name.toLowerCase() === normalized)?.id;
}
