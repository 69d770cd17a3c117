#!/usr/bin/env node
/**
 * Writes the fixture events of the shipped detections' offline tests
 * (detections/fixtures/<detection>/<scenario>.jsonl). Deterministic: a seeded
 * generator and a fixed clock, so running it again gives the same bytes and the
 * committed fixtures can be checked with `--check`.
 *
 *   node scripts/generate-fixtures.mjs           write the files
 *   node scripts/generate-fixtures.mjs --check   fail if a committed file differs
 *
 * Every test of the shipped detections uses now = 2025-06-01T12:00:00Z.
 * Addresses come from the documentation ranges (RFC 5737) and private ranges;
 * names are invented.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'detections', 'fixtures');
const NOW = Date.parse('2025-06-01T12:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** mulberry32: a small seeded PRNG, so fixtures are reproducible. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (ms) => new Date(ms).toISOString();
const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const between = (rand, lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

const USERS = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy'].map((u) => ({
  upn: `${u}@contoso.com`,
  display: u[0].toUpperCase() + u.slice(1),
}));
const APPS = ['Microsoft Teams', 'Office 365 Exchange Online', 'Azure Portal', 'Microsoft Office', 'OfficeHome'];
const OFFICE_IPS = ['198.51.100.10', '198.51.100.11', '198.51.100.12', '198.51.100.13'];
const FAILURES = [
  ['50126', 'Invalid username or password or Invalid on-premise username or password.'],
  ['50053', 'The account is locked, you tried to sign in too many times with an incorrect user ID or password.'],
  ['50074', 'Strong Authentication is required.'],
];
const COUNTRY_CITY = { US: 'Seattle', GB: 'London', DE: 'Berlin', FR: 'Paris', NL: 'Amsterdam', BR: 'Sao Paulo' };

/** One interactive (SigninLogs) or non-interactive sign-in event. */
function signIn({ time, user, ip, resultType = '0', app, country = 'US', nonInteractive = false }) {
  const failure = FAILURES.find(([code]) => code === resultType);
  const details = { city: COUNTRY_CITY[country] ?? '', countryOrRegion: country, state: '' };
  return {
    TimeGenerated: iso(time),
    UserPrincipalName: user.upn,
    UserDisplayName: user.display,
    IPAddress: ip,
    ResultType: resultType,
    ResultDescription: failure ? failure[1] : '',
    AppDisplayName: app,
    ClientAppUsed: 'Browser',
    Location: country,
    // The non-interactive table keeps LocationDetails as JSON text.
    LocationDetails: nonInteractive ? JSON.stringify(details) : details,
    UserAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
  };
}

/** Ordinary office sign-ins: mostly successes, a few typos, spread over `span` before now. */
function officeNoise(rand, count, span) {
  const rows = [];
  for (let i = 0; i < count; i++) {
    const user = pick(rand, USERS);
    const typo = rand() < 0.08;
    rows.push(
      signIn({
        time: NOW - Math.floor(rand() * span),
        user,
        ip: pick(rand, OFFICE_IPS),
        resultType: typo ? '50126' : pick(rand, ['0', '0', '0', '50140']),
        app: pick(rand, APPS),
      }),
    );
  }
  return rows;
}

/** Device* events carry both TimeGenerated and Timestamp. */
const stamp = (time) => ({ TimeGenerated: iso(time), Timestamp: iso(time) });

const DEVICES = [
  { id: 'a1f0c2d3e4b5a6978812345678901234abcdef01', name: 'wks-0042.contoso.local', ip: '10.20.1.42' },
  { id: 'b2e1d3c4f5a6b7089923456789012345bcdef012', name: 'wks-0107.contoso.local', ip: '10.20.1.107' },
  { id: 'c3d2e4f5a6b7c8190034567890123456cdef0123', name: 'srv-file01.contoso.local', ip: '10.10.0.15' },
  { id: 'd4c3f5a6b7c8d9201145678901234567def01234', name: 'srv-dc01.contoso.local', ip: '10.10.0.5' },
];

function processEvent(time, device, { file, folder, commandLine, parent, parentCommandLine, account = 'bob', sha256 }) {
  return {
    ...stamp(time),
    DeviceId: device.id,
    DeviceName: device.name,
    ActionType: 'ProcessCreated',
    FileName: file,
    FolderPath: `${folder}\\${file}`,
    SHA256: sha256,
    ProcessId: 4000 + (time % 3000),
    ProcessCommandLine: commandLine,
    AccountDomain: 'contoso',
    AccountName: account,
    AccountUpn: `${account}@contoso.com`,
    InitiatingProcessAccountDomain: 'contoso',
    InitiatingProcessAccountName: account,
    InitiatingProcessFileName: parent,
    InitiatingProcessId: 1000 + (time % 1000),
    InitiatingProcessCommandLine: parentCommandLine,
  };
}

const hash = (rand) => Array.from({ length: 64 }, () => '0123456789abcdef'[Math.floor(rand() * 16)]).join('');

function ordinaryProcesses(rand, count) {
  const programs = [
    ['chrome.exe', 'C:\\Program Files\\Google\\Chrome\\Application', '"chrome.exe" --type=renderer', 'explorer.exe'],
    ['OUTLOOK.EXE', 'C:\\Program Files\\Microsoft Office\\root\\Office16', '"OUTLOOK.EXE"', 'explorer.exe'],
    ['procdumper.exe', 'C:\\Tools\\Vendor', 'procdumper.exe --collect-metrics', 'services.exe'],
    ['svchost.exe', 'C:\\Windows\\System32', 'svchost.exe -k netsvcs -p', 'services.exe'],
    ['lsass.exe', 'C:\\Windows\\System32', 'C:\\Windows\\system32\\lsass.exe', 'wininit.exe'],
    ['powershell.exe', 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0', 'powershell.exe -File C:\\Scripts\\inventory.ps1', 'cmd.exe'],
  ];
  const rows = [];
  for (let i = 0; i < count; i++) {
    const [file, folder, commandLine, parent] = pick(rand, programs);
    rows.push(
      processEvent(NOW - Math.floor(rand() * 50 * MINUTE), pick(rand, DEVICES), {
        file,
        folder,
        commandLine,
        parent,
        parentCommandLine: parent,
        account: pick(rand, ['bob', 'carol', 'dave']),
        sha256: hash(rand),
      }),
    );
  }
  return rows;
}

function networkEvent(
  time,
  device,
  { remoteIP, remotePort, remoteUrl = '', process = 'svchost.exe', account = 'system', domain = 'nt authority' },
) {
  return {
    ...stamp(time),
    DeviceId: device.id,
    DeviceName: device.name,
    ActionType: 'ConnectionSuccess',
    RemoteIP: remoteIP,
    RemotePort: remotePort,
    RemoteUrl: remoteUrl,
    LocalIP: device.ip,
    LocalPort: 49152 + (time % 16000),
    Protocol: 'Tcp',
    InitiatingProcessFileName: process,
    InitiatingProcessId: 2000 + (time % 500),
    InitiatingProcessCommandLine: process,
    InitiatingProcessAccountDomain: domain,
    InitiatingProcessAccountName: account,
  };
}

/** Browsing: sessions of 6–14 connections within a few minutes, mostly to public addresses. */
function ordinaryTraffic(rand, count, span) {
  const sites = [
    ['192.0.2.80', 'www.contoso.com'],
    ['192.0.2.81', 'login.microsoftonline.com'],
    ['203.0.113.50', 'news.example.net'],
    ['203.0.113.51', 'cdn.example.org'],
  ];
  const rows = [];
  while (rows.length < count) {
    const [ip, url] = pick(rand, sites);
    const device = pick(rand, DEVICES.slice(0, 2));
    const start = NOW - Math.floor(rand() * span);
    const size = between(rand, 6, 14);
    for (let i = 0; i < size; i++) {
      rows.push(
        networkEvent(Math.min(NOW, start + i * between(rand, 5, 20) * 1000), device, {
          remoteIP: ip,
          remotePort: 443,
          remoteUrl: url,
          process: 'chrome.exe',
          account: 'bob',
          domain: 'contoso',
        }),
      );
    }
  }
  // A little internal traffic: a few file-share connections, under any scan threshold.
  for (let i = 0; i < 6; i++) {
    rows.push(
      networkEvent(NOW - Math.floor(rand() * 50 * MINUTE), DEVICES[0], { remoteIP: DEVICES[2].ip, remotePort: 445, process: 'System' }),
    );
  }
  return rows;
}

const SCENARIOS = {
  'brute-force-signin': {
    // Twelve wrong passwords for alice from one address in the last hour, in office noise.
    'attack-SigninLogs'(rand) {
      const rows = officeNoise(rand, 60, 50 * MINUTE);
      for (let i = 0; i < 12; i++) {
        rows.push(
          signIn({
            time: NOW - (45 - i * 3) * MINUTE,
            user: USERS[0],
            ip: '203.0.113.7',
            resultType: '50126',
            app: 'OfficeHome',
            country: 'NL',
          }),
        );
      }
      return rows;
    },
    // The same attack split across interactive and non-interactive sign-ins (6 + 6).
    'split-SigninLogs'(rand) {
      const rows = officeNoise(rand, 30, 50 * MINUTE);
      for (let i = 0; i < 6; i++)
        rows.push(
          signIn({
            time: NOW - (40 - i * 5) * MINUTE,
            user: USERS[0],
            ip: '203.0.113.7',
            resultType: '50126',
            app: 'OfficeHome',
            country: 'NL',
          }),
        );
      return rows;
    },
    'split-AADNonInteractiveUserSignInLogs'() {
      const rows = [];
      for (let i = 0; i < 6; i++)
        rows.push(
          signIn({
            time: NOW - (38 - i * 5) * MINUTE,
            user: USERS[0],
            ip: '203.0.113.7',
            resultType: '50126',
            app: 'Microsoft Teams',
            country: 'NL',
            nonInteractive: true,
          }),
        );
      return rows;
    },
    // Office noise only, plus a slow attempt: 15 failures, but spread over 5 hours (under 10 per hour).
    'benign-SigninLogs'(rand) {
      const rows = officeNoise(rand, 120, 50 * MINUTE);
      for (let i = 0; i < 15; i++)
        rows.push(
          signIn({
            time: NOW - (i * 20 + 5) * MINUTE,
            user: USERS[1],
            ip: '203.0.113.9',
            resultType: '50126',
            app: 'OfficeHome',
            country: 'DE',
          }),
        );
      return rows;
    },
  },
  'failed-signin-analysis': {
    // A password spray that finally works: 120 failures then one success, from one address.
    'spray-SigninLogs'(rand) {
      const rows = officeNoise(rand, 80, 20 * HOUR);
      for (let i = 0; i < 120; i++) {
        const [code] = pick(rand, FAILURES);
        rows.push(
          signIn({
            time: NOW - 6 * HOUR + i * MINUTE,
            user: USERS[2],
            ip: '203.0.113.66',
            resultType: code,
            app: 'Azure Portal',
            country: 'BR',
          }),
        );
      }
      rows.push(
        signIn({
          time: NOW - 6 * HOUR + 121 * MINUTE,
          user: USERS[2],
          ip: '203.0.113.66',
          resultType: '0',
          app: 'Azure Portal',
          country: 'BR',
        }),
      );
      return rows;
    },
    // 150 failures from one address that never succeed: noisy, but not this rule's concern.
    'blocked-SigninLogs'(rand) {
      const rows = officeNoise(rand, 80, 20 * HOUR);
      for (let i = 0; i < 150; i++)
        rows.push(
          signIn({
            time: NOW - 8 * HOUR + i * MINUTE,
            user: USERS[3],
            ip: '203.0.113.67',
            resultType: '50126',
            app: 'Azure Portal',
            country: 'BR',
          }),
        );
      return rows;
    },
  },
  'credential-dumping-tools': {
    // mimikatz run by hand, and lsass.exe started by cmd.exe; in ordinary process noise.
    'attack-DeviceProcessEvents'(rand) {
      const rows = ordinaryProcesses(rand, 40);
      rows.push(
        processEvent(NOW - 20 * MINUTE, DEVICES[1], {
          file: 'm.exe',
          folder: 'C:\\Users\\carol\\AppData\\Local\\Temp',
          commandLine: 'm.exe "privilege::debug" "sekurlsa::logonpasswords" exit',
          parent: 'cmd.exe',
          parentCommandLine: 'cmd.exe /c m.exe',
          account: 'carol',
          sha256: hash(rand),
        }),
        processEvent(NOW - 12 * MINUTE, DEVICES[2], {
          file: 'lsass.exe',
          folder: 'C:\\Windows\\Temp',
          commandLine: 'lsass.exe',
          parent: 'cmd.exe',
          parentCommandLine: 'cmd.exe /c start lsass.exe',
          account: 'svc-backup',
          sha256: hash(rand),
        }),
      );
      return rows;
    },
    // Only ordinary processes: lsass.exe from wininit.exe, a vendor tool whose name merely contains "procdump".
    'benign-DeviceProcessEvents'(rand) {
      return ordinaryProcesses(rand, 80);
    },
  },
  'lateral-movement-internal': {
    // wks-0042 connects to 14 internal hosts' SMB and RDP ports in a few minutes.
    'scan-DeviceNetworkEvents'(rand) {
      const rows = ordinaryTraffic(rand, 60, 50 * MINUTE);
      for (let i = 0; i < 14; i++) {
        rows.push(
          networkEvent(NOW - 30 * MINUTE + i * 10_000, DEVICES[0], {
            remoteIP: '10.10.0.15',
            remotePort: [445, 3389, 135, 5985][i % 4],
            process: 'powershell.exe',
            account: 'dave',
            domain: 'contoso',
          }),
        );
      }
      return rows;
    },
    'benign-DeviceNetworkEvents'(rand) {
      return ordinaryTraffic(rand, 120, 50 * MINUTE);
    },
  },
  'beaconing-hourly': {
    // wks-0107 calls one address three times an hour for 16 hours, next to ordinary browsing.
    'beacon-DeviceNetworkEvents'(rand) {
      const rows = ordinaryTraffic(rand, 150, 20 * HOUR);
      for (let h = 1; h <= 16; h++) {
        for (let k = 0; k < 3; k++) {
          rows.push(
            networkEvent(NOW - h * HOUR + k * 17 * MINUTE + between(rand, 0, 30) * 1000, DEVICES[1], {
              remoteIP: '203.0.113.200',
              remotePort: 443,
              remoteUrl: 'updates.example-cdn.net',
              process: 'rundll32.exe',
              account: 'carol',
              domain: 'contoso',
            }),
          );
        }
      }
      return rows;
    },
    'benign-DeviceNetworkEvents'(rand) {
      return ordinaryTraffic(rand, 400, 20 * HOUR);
    },
  },
  'unusual-signin-country': {
    // erin signs in from the US for two weeks, then from Brazil today.
    'travel-SigninLogs'(rand) {
      const rows = [];
      for (let d = 2; d <= 13; d++) {
        for (const user of USERS.slice(4, 8)) {
          rows.push(
            signIn({
              time: NOW - d * DAY + between(rand, 0, 8) * HOUR,
              user,
              ip: pick(rand, OFFICE_IPS),
              app: pick(rand, APPS),
              country: 'US',
            }),
          );
        }
      }
      rows.push(signIn({ time: NOW - 3 * HOUR, user: USERS[4], ip: '203.0.113.120', app: 'OfficeHome', country: 'BR' }));
      rows.push(signIn({ time: NOW - 2 * HOUR, user: USERS[4], ip: '203.0.113.120', app: 'Microsoft Teams', country: 'BR' }));
      // A failed attempt from another country never counts: the rule reads successes only.
      rows.push(
        signIn({ time: NOW - 1 * HOUR, user: USERS[5], ip: '203.0.113.121', resultType: '50126', app: 'OfficeHome', country: 'FR' }),
      );
      return rows;
    },
    // Everybody stays home; a new user with no baseline signs in from abroad (no baseline → not flagged).
    'home-SigninLogs'(rand) {
      const rows = [];
      for (let d = 0; d <= 13; d++) {
        for (const user of USERS.slice(4, 8)) {
          rows.push(
            signIn({
              time: NOW - d * DAY - between(rand, 1, 8) * HOUR,
              user,
              ip: pick(rand, OFFICE_IPS),
              app: pick(rand, APPS),
              country: 'US',
            }),
          );
        }
      }
      rows.push(signIn({ time: NOW - 2 * HOUR, user: USERS[9], ip: '203.0.113.130', app: 'OfficeHome', country: 'GB' }));
      return rows;
    },
  },
  'usb-exfil-after-sensitive-access': {
    'exfil-DeviceFileEvents'(rand) {
      const rows = [];
      const files = ['Q2-forecast.xlsx', 'payroll-2025.csv', 'board-minutes.docx'];
      files.forEach((file, i) => {
        rows.push({
          ...stamp(NOW - 30 * MINUTE + i * MINUTE),
          DeviceId: DEVICES[0].id,
          DeviceName: DEVICES[0].name,
          ActionType: 'FileCreated',
          FileName: file,
          FolderPath: `C:\\Users\\bob\\Documents\\finance\\${file}`,
          SHA256: hash(rand),
          InitiatingProcessAccountDomain: 'contoso',
          InitiatingProcessAccountName: 'bob',
          InitiatingProcessFileName: 'explorer.exe',
          InitiatingProcessId: 3412,
          InitiatingProcessCommandLine: 'explorer.exe',
        });
      });
      // Unrelated file activity on another device.
      rows.push({
        ...stamp(NOW - 40 * MINUTE),
        DeviceId: DEVICES[1].id,
        DeviceName: DEVICES[1].name,
        ActionType: 'FileModified',
        FileName: 'notes.txt',
        FolderPath: 'C:\\Users\\carol\\AppData\\Local\\notes.txt',
        SHA256: hash(rand),
        InitiatingProcessAccountDomain: 'contoso',
        InitiatingProcessAccountName: 'carol',
        InitiatingProcessFileName: 'notepad.exe',
        InitiatingProcessId: 5120,
        InitiatingProcessCommandLine: 'notepad.exe',
      });
      return rows;
    },
    'exfil-DeviceEvents'() {
      return [
        {
          ...stamp(NOW - 26 * MINUTE),
          DeviceId: DEVICES[0].id,
          DeviceName: DEVICES[0].name,
          ActionType: 'UsbDriveMounted',
          AccountDomain: 'contoso',
          AccountName: 'bob',
        },
        {
          ...stamp(NOW - 25 * MINUTE),
          DeviceId: DEVICES[0].id,
          DeviceName: DEVICES[0].name,
          ActionType: 'PnpDeviceConnected',
          AccountDomain: 'contoso',
          AccountName: 'bob',
        },
      ];
    },
    'exfil-DeviceInfo'() {
      return DEVICES.map((d, i) => ({ ...stamp(NOW - (i + 1) * HOUR), DeviceId: d.id, DeviceName: d.name, OSPlatform: 'Windows11' }));
    },
    // A USB drive mounted 23 minutes after the sensitive files were touched: outside the 10-minute window.
    'late-DeviceEvents'() {
      return [
        {
          ...stamp(NOW - 5 * MINUTE),
          DeviceId: DEVICES[0].id,
          DeviceName: DEVICES[0].name,
          ActionType: 'UsbDriveMounted',
          AccountDomain: 'contoso',
          AccountName: 'bob',
        },
      ];
    },
  },
};

const check = process.argv.includes('--check');
let stale = 0;
let written = 0;
let seed = 1;
for (const [detection, scenarios] of Object.entries(SCENARIOS)) {
  for (const [name, build] of Object.entries(scenarios)) {
    const rows = build(random(seed++)).sort((a, b) => (a.TimeGenerated < b.TimeGenerated ? -1 : a.TimeGenerated > b.TimeGenerated ? 1 : 0));
    const text = rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
    const file = path.join(OUT, detection, `${name}.jsonl`);
    if (check) {
      let current = '';
      try {
        current = readFileSync(file, 'utf8');
      } catch {
        /* missing counts as stale */
      }
      if (current !== text) {
        console.error(`stale: ${path.relative(ROOT, file)}`);
        stale++;
      }
      continue;
    }
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    written++;
  }
}
if (check) {
  if (stale > 0) {
    console.error(`${stale} fixture file(s) differ from scripts/generate-fixtures.mjs; run it and commit the result.`);
    process.exit(1);
  }
  console.log('fixtures are current');
} else console.log(`wrote ${written} fixture files under ${path.relative(ROOT, OUT)}`);
