import { describe, expect, it } from 'vitest';
import { kqlQueryCheck } from '../../src/checks/kql-query.js';
import { Catalog } from '../../src/kql/catalog.js';
import { brief, runCheck } from '../helpers.js';

const rule = (query: string) =>
  `id: 6f3c9a8e-2b1d-4c7e-9f10-3a5b7c9d1e2f\nname: t\nquery: |\n${query
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n')}\n`;

describe('kql-query', () => {
  it('accepts a valid query against built-in tables', () => {
    expect(runCheck(kqlQueryCheck, rule('SigninLogs\n| where ResultType != "0"\n| summarize n = count() by UserPrincipalName'))).toEqual(
      [],
    );
  });

  it('reports a misspelt column on its exact line and column', () => {
    const findings = runCheck(kqlQueryCheck, rule('SigninLogs\n| where ResultTyp != "0"'));
    expect(brief(findings)).toEqual(['LG2002@5:11']);
    expect(findings[0]!.message).toContain("'ResultTyp'");
    expect(findings[0]!.endColumn).toBe(20);
  });

  it('reports a syntax error as LG2001', () => {
    const findings = runCheck(kqlQueryCheck, rule('SigninLogs\n| where ResultType == '));
    expect(findings.map((f) => f.ruleId)).toContain('LG2001');
    expect(findings.every((f) => f.line === 5)).toBe(true);
  });

  it('reports an unknown custom table with how to declare it', () => {
    const findings = runCheck(kqlQueryCheck, rule('MyApp_CL\n| take 10'));
    expect(brief(findings)).toEqual(['LG2004@4:3']);
    expect(findings[0]!.message).toMatch(/lakeguard\.yaml/);
    expect(findings[0]!.message).toMatch(/tables:/);
  });

  it('warns, not errs, on a missing table inside a view that only union isfuzzy=true reads (multi-version parsers)', () => {
    const views = 'let V1 = view () { Missing1_CL | extend A = 1 };\nlet V2 = view () { SigninLogs | extend A = 2 };';
    const findings = runCheck(kqlQueryCheck, rule(`${views}\nunion isfuzzy=true (V1), (V2)\n| project A, UserPrincipalName`));
    expect(brief(findings)).toEqual(['LG2003@4:22']);
    expect(findings[0]!.message).toMatch(/union isfuzzy=true/);
    // Read anywhere else, the view's missing table is an error again.
    expect(brief(runCheck(kqlQueryCheck, rule(`${views}\nunion isfuzzy=true (V1), (V2);\nV1`)))).toContain('LG2004@4:22');
    expect(brief(runCheck(kqlQueryCheck, rule(`${views}\nunion (V1), (V2)`)))).toContain('LG2004@4:22');
  });

  it('suggests the closest table for a typo', () => {
    const findings = runCheck(kqlQueryCheck, rule('SiginLogs\n| take 10'));
    expect(findings[0]!.message).toContain("Did you mean 'SigninLogs'?");
  });

  it('reports an unknown workspace function', () => {
    const findings = runCheck(kqlQueryCheck, rule('_Contoso_Parser(starttime=ago(1h))\n| take 10'));
    expect(findings.map((f) => f.ruleId)).toEqual(['LG2004']);
    expect(findings[0]!.message).toMatch(/functions:/);
  });

  it('knows the ASIM parsers every workspace has built in, with typed and alias columns', () => {
    expect(
      runCheck(
        kqlQueryCheck,
        rule('_Im_NetworkSession(starttime=ago(1h), dstportnumber=443)\n| where DstIpAddr == "10.0.0.1"\n| project Dst, SrcIpAddr'),
      ),
    ).toEqual([]);
    expect(runCheck(kqlQueryCheck, rule('imProcessCreate\n| where CommandLine has "x"'))).toEqual([]);
  });

  it('leaves placeholder tables of the bundled data open instead of flagging their columns', () => {
    expect(runCheck(kqlQueryCheck, rule('AADSignInEventsBeta\n| where AccountObjectId != ""'))).toEqual([]);
  });

  it('accepts declared custom tables and functions', () => {
    const catalog = new Catalog();
    catalog.addTable({
      name: 'MyApp_CL',
      columns: [
        ['TimeGenerated', 'datetime'],
        ['User_s', 'string'],
      ],
      origin: 'test',
    });
    catalog.addFunction({
      name: '_Im_Dns',
      parameters: '(starttime:datetime=datetime(null))',
      columns: [['DnsQuery', 'string']],
      origin: 'test',
    });
    expect(
      runCheck(
        kqlQueryCheck,
        rule('MyApp_CL\n| where User_s != ""\n| join (_Im_Dns(starttime=ago(1h))) on $left.User_s == $right.DnsQuery'),
        catalog,
      ),
    ).toEqual([]);
  });

  it('types declared watchlists and leaves undeclared ones open', () => {
    const catalog = new Catalog();
    catalog.addWatchlist({ alias: 'VIPUsers', columns: [['UPN', 'string']], origin: 'test' });
    expect(runCheck(kqlQueryCheck, rule("_GetWatchlist('VIPUsers')\n| project UPN, SearchKey"), catalog)).toEqual([]);
    expect(brief(runCheck(kqlQueryCheck, rule("_GetWatchlist('VIPUsers')\n| project Nope"), catalog))).toEqual(['LG2002@5:13']);
    expect(runCheck(kqlQueryCheck, rule("_GetWatchlist('Other')\n| project Anything"), catalog)).toEqual([]);
  });

  it('refuses control commands, at the dot', () => {
    expect(brief(runCheck(kqlQueryCheck, rule('.drop table SigninLogs')))).toEqual(['LG2005@4:3']);
    expect(runCheck(kqlQueryCheck, rule('SigninLogs | take 1;\n.set-or-append T <| print 1')).map((f) => f.ruleId)).toEqual(['LG2005']);
  });

  it('does not mistake a dot in a string or comment for a command', () => {
    expect(runCheck(kqlQueryCheck, rule('SigninLogs\n// .drop table x\n| where AppDisplayName == ".show"'))).toEqual([]);
  });

  it('explains a # line as a client directive, at the #', () => {
    const findings = runCheck(kqlQueryCheck, rule('# not a comment\nSigninLogs\n| take 1'));
    expect(brief(findings)).toEqual(['LG2003@4:3']);
    expect(findings[0]!.message).toContain("use '//'");
  });

  it('treats an unknown ASIM-style name as a function to declare, without table guesses', () => {
    const findings = runCheck(kqlQueryCheck, rule('imContosoEvents\n| take 1'));
    expect(findings.map((f) => f.ruleId)).toEqual(['LG2004']);
    expect(findings[0]!.message).toMatch(/^Unknown function 'imContosoEvents'/);
  });

  it('reports a query that returns no table', () => {
    expect(runCheck(kqlQueryCheck, rule('let x = 1;')).map((f) => f.ruleId)).toContain('LG2006');
  });

  it('maps diagnostics inside a folded query', () => {
    const text = 'id: 6f3c9a8e-2b1d-4c7e-9f10-3a5b7c9d1e2f\nname: t\nquery: >\n  SigninLogs\n  | where Nope == 1\n';
    expect(brief(runCheck(kqlQueryCheck, text))).toEqual(['LG2002@5:11']);
  });
});

describe('dynamic-schema tables (AzureDiagnostics, *_CL)', () => {
  const waf = [
    'AzureDiagnostics',
    '| where Category == "ApplicationGatewayFirewallLog" and action_s == "Blocked"',
    '| where hostname_s has "contoso" and toint(ruleId_s) > 0',
    '| summarize Hits = count(), Worst = max(anomalyScore_d) by clientIp_s, requestUri_s, transactionId_g',
    '| where Hits > 10',
  ].join('\n');

  it('types suffixed columns the catalog lacks by their suffix, with one note per assumed column', () => {
    const findings = runCheck(kqlQueryCheck, rule(waf));
    expect(findings.every((f) => f.ruleId === 'LG2007' && f.level === 'note')).toBe(true);
    const assumed = findings.map((f) => /Column '([^']+)'/.exec(f.message)?.[1]);
    // action_s, clientIp_s and requestUri_s are in the bundled AzureDiagnostics schema: not assumed.
    expect(assumed.sort()).toEqual(['anomalyScore_d', 'hostname_s', 'ruleId_s', 'transactionId_g']);
    const hostname = findings.find((f) => f.message.includes("'hostname_s'"))!;
    expect(brief([hostname])).toEqual(['LG2007@6:11']);
    expect(hostname.message).toMatch(/assumed string from its '_s' suffix/);
    expect(findings.find((f) => f.message.includes("'anomalyScore_d'"))!.message).toMatch(/assumed real/);
  });

  it('uses the suffix type, so a type mismatch on an assumed column is still an error', () => {
    const findings = runCheck(kqlQueryCheck, rule('AzureDiagnostics\n| where hostname_s > 5'));
    expect(findings.map((f) => f.ruleId)).toEqual(['LG2002', 'LG2007']);
    expect(findings[0]!.message).toContain('string and long');
  });

  it('still fails a typo in a known column (no suffix, or a case variant of a known one)', () => {
    expect(brief(runCheck(kqlQueryCheck, rule('AzureDiagnostics\n| where ResourceTyp == "x"')))).toEqual(['LG2002@5:11']);
    const caseVariant = runCheck(kqlQueryCheck, rule('AzureDiagnostics\n| where ClientIp_s == "x"'));
    expect(caseVariant.map((f) => f.ruleId)).toEqual(['LG2002']);
  });

  it('keeps strict binding for tables with a fixed schema', () => {
    expect(runCheck(kqlQueryCheck, rule('SigninLogs\n| where hostname_s == "x"')).map((f) => f.ruleId)).toEqual(['LG2002']);
  });

  it('applies to declared legacy custom logs (*_CL) too', () => {
    const catalog = new Catalog();
    catalog.addTable({
      name: 'Legacy_CL',
      columns: [
        ['TimeGenerated', 'datetime'],
        ['Computer', 'string'],
      ],
      origin: 'test',
    });
    const findings = runCheck(
      kqlQueryCheck,
      rule('Legacy_CL\n| where Message_s has "fail" and Computer != ""\n| project TimeGenerated, Message_s'),
      catalog,
    );
    expect(brief(findings)).toEqual(['LG2007@5:11']);
    expect(runCheck(kqlQueryCheck, rule('Legacy_CL\n| where Computr != ""'), catalog).map((f) => f.ruleId)).toEqual(['LG2002']);
  });
});

describe('ASIM parsers', () => {
  it('binds the published filtering parameters of each schema', () => {
    expect(
      runCheck(kqlQueryCheck, rule("_Im_Dns(starttime=ago(1h), responsecodename='NXDOMAIN')\n| summarize count() by SrcIpAddr, DnsQuery")),
    ).toEqual([]);
    expect(
      runCheck(
        kqlQueryCheck,
        rule("_Im_Authentication(starttime=ago(1d), eventresult='Failure', username_has_any=dynamic(['admin']))\n| take 1"),
      ),
    ).toEqual([]);
    expect(runCheck(kqlQueryCheck, rule("imFileEvent(targetfilepath_has_any=dynamic(['temp']))\n| take 1"))).toEqual([]);
  });

  it('still errors on a parameter the schema does not define', () => {
    const findings = runCheck(kqlQueryCheck, rule("_Im_Dns(starttime=ago(1h), responsecode_name='NXDOMAIN')\n| take 1"));
    expect(findings.map((f) => f.ruleId)).toEqual(['LG2002']);
    // A parameter of another schema is wrong here too.
    expect(runCheck(kqlQueryCheck, rule("_Im_Dns(commandline_has_any=dynamic(['x']))\n| take 1")).map((f) => f.ruleId)).toEqual(['LG2002']);
  });

  it('gives the parameter-less _ASim_ parsers no filtering parameters', () => {
    expect(runCheck(kqlQueryCheck, rule('_ASim_Dns\n| take 1'))).toEqual([]);
    expect(runCheck(kqlQueryCheck, rule('_ASim_Dns(starttime=ago(1h))\n| take 1')).map((f) => f.ruleId)).toEqual(['LG2002']);
  });
});
