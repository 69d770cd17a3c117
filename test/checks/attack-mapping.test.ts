import { describe, expect, it } from 'vitest';
import { attackMappingCheck } from '../../src/checks/attack-mapping.js';
import { attackCatalog } from '../../src/checks/data/attack.js';
import { brief, runCheck } from '../helpers.js';

const rule = (tactics: string[], techniques: string[], extra = '') =>
  `id: 6f3c9a8e-2b1d-4c7e-9f10-3a5b7c9d1e2f\nname: t\ntactics:\n${tactics.map((t) => `  - ${t}\n`).join('')}relevantTechniques:\n${techniques.map((t) => `  - ${t}\n`).join('')}${extra}query: SigninLogs\n`;

describe('attack-mapping', () => {
  it('accepts consistent tactics and techniques', () => {
    expect(runCheck(attackMappingCheck, rule(['CredentialAccess'], ['T1110', 'T1110.001']))).toEqual([]);
  });

  it('reports an unknown tactic with a suggestion, at its line', () => {
    const findings = runCheck(attackMappingCheck, rule(['CredentialAccess', 'CredentialAcess'], ['T1110']));
    expect(brief(findings)).toEqual(['LG4001@5:5']);
    expect(findings[0]!.message).toContain("Did you mean 'CredentialAccess'?");
  });

  it('reports a technique that does not exist, and a malformed id', () => {
    const findings = runCheck(attackMappingCheck, rule(['Execution'], ['T9999', 'T12']));
    expect(brief(findings)).toEqual(['LG4002@6:5', 'LG4002@7:5']);
  });

  it('warns when a technique is under none of the tactics', () => {
    const findings = runCheck(attackMappingCheck, rule(['Exfiltration'], ['T1110']));
    expect(findings.map((f) => [f.ruleId, f.level])).toEqual([
      ['LG4004', 'warning'],
      ['LG4005', 'note'],
    ]);
    expect(findings[0]!.message).toContain('CredentialAccess');
  });

  it('does not claim a tactic is uncovered when an ICS technique (tactics not bundled) is listed', () => {
    expect(runCheck(attackMappingCheck, rule(['InitialAccess', 'PrivilegeEscalation'], ['T1190', 'T0890']))).toEqual([]);
    expect(runCheck(attackMappingCheck, rule(['InitialAccess', 'PrivilegeEscalation'], ['T1190'])).map((f) => f.ruleId)).toEqual([
      'LG4005',
    ]);
  });

  it('maps ATT&CK v19 Stealth/Defense Impairment techniques to DefenseEvasion', () => {
    expect(runCheck(attackMappingCheck, rule(['DefenseEvasion'], ['T1685', 'T1027']))).toEqual([]);
  });

  it('only notes a technique revoked in v19 (Sentinel uses v18) and names the same-named new id', () => {
    const info = attackCatalog().techniques.get('T1070.001');
    expect(info?.revokedInLatest).toBe(true);
    expect(info?.replacement).toBe('T1685.005');
    const findings = runCheck(attackMappingCheck, rule(['DefenseEvasion'], ['T1070.001']));
    expect(findings.map((f) => [f.ruleId, f.level])).toEqual([['LG4003', 'note']]);
    expect(findings[0]!.message).toContain('T1685.005');
    // No same-named successor: no guess.
    expect(attackCatalog().techniques.get('T1562')?.replacement).toBeUndefined();
  });

  it('accepts ATT&CK for ICS technique ids unchecked', () => {
    expect(runCheck(attackMappingCheck, rule(['InhibitResponseFunction'], ['T0826']))).toEqual([]);
  });

  it('errors on a technique revoked in every bundled version', () => {
    const revoked = [...attackCatalog().techniques.values()].find((t) => t.revokedEverywhere)!;
    const findings = runCheck(attackMappingCheck, rule(['Exfiltration'], [revoked.id]));
    expect(findings.map((f) => f.ruleId)).toEqual(['LG4002']);
    expect(findings[0]!.message).toMatch(/revoked/);
  });

  it('accepts the legacy PreAttack tactic with a warning', () => {
    const findings = runCheck(attackMappingCheck, rule(['PreAttack'], []));
    expect(findings.map((f) => [f.ruleId, f.level])).toEqual([['LG4001', 'warning']]);
  });

  it('checks subTechniques too', () => {
    const findings = runCheck(attackMappingCheck, rule(['CredentialAccess'], ['T1110'], 'subTechniques:\n  - T1110.009\n'));
    expect(brief(findings)).toEqual(['LG4002@8:5']);
  });
});
