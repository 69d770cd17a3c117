/**
 * An ATT&CK Navigator layer (layer format 4.5, Enterprise domain): one entry per
 * covered technique and tactic, scored by the number of enabled detections, with
 * a comment naming them.
 */
import type { CoverageSection } from '../model/result.js';

export const LAYER_FORMAT_VERSION = '4.5';
/** Navigator release that reads layer format 4.5. */
export const NAVIGATOR_VERSION = '4.9.1';

export interface NavigatorTechnique {
  techniqueID: string;
  tactic?: string;
  score: number;
  comment: string;
  enabled: boolean;
}

export interface NavigatorLayer {
  name: string;
  versions: { attack: string; navigator: string; layer: string };
  domain: 'enterprise-attack';
  description: string;
  sorting: number;
  hideDisabled: boolean;
  techniques: NavigatorTechnique[];
  gradient: { colors: string[]; minValue: number; maxValue: number };
  legendItems: { label: string; color: string }[];
  showTacticRowBackground: boolean;
  selectTechniquesAcrossTactics: boolean;
  selectSubtechniquesWithParent: boolean;
}

/** The layer for a coverage section. */
export function navigatorLayer(coverage: CoverageSection, name = 'lakeguard detection coverage'): NavigatorLayer {
  const techniques: NavigatorTechnique[] = [];
  for (const t of coverage.techniques) {
    const score = t.detections.length;
    const parts = [
      score ? `${score} enabled detection(s): ${t.detections.join(', ')}` : 'no enabled detection',
      ...(t.disabled.length ? [`disabled: ${t.disabled.join(', ')}`] : []),
    ];
    const base = { techniqueID: t.id, score, comment: parts.join('; '), enabled: score > 0 };
    if (t.tactics.length === 0) techniques.push(base);
    else for (const tactic of t.tactics) techniques.push({ techniqueID: t.id, tactic, score, comment: base.comment, enabled: base.enabled });
  }
  const maxValue = Math.max(1, ...techniques.map((t) => t.score));
  return {
    name,
    versions: { attack: coverage.attackVersion.split('.')[0] as string, navigator: NAVIGATOR_VERSION, layer: LAYER_FORMAT_VERSION },
    domain: 'enterprise-attack',
    description: `${coverage.enabled} enabled of ${coverage.detections} detection(s); score = enabled detections per technique.`,
    sorting: 3,
    hideDisabled: false,
    techniques,
    gradient: { colors: ['#ffffff', '#66b1ff', '#0a4f9e'], minValue: 0, maxValue },
    legendItems: [],
    showTacticRowBackground: false,
    selectTechniquesAcrossTactics: true,
    selectSubtechniquesWithParent: false,
  };
}
