export const id = 986;
export const ids = [986];
export const modules = {

/***/ 44669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bl: () => (/* binding */ isSpan),
/* harmony export */   dz: () => (/* binding */ findingAt),
/* harmony export */   fx: () => (/* binding */ defineProjectCheck),
/* harmony export */   qH: () => (/* binding */ defineCheck)
/* harmony export */ });
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12226);

function defineCheck(check) {
    for (const id of check.rules)
        (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleMeta */ .ME)(id);
    return check;
}
function defineProjectCheck(check) {
    for (const id of check.rules)
        (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleMeta */ .ME)(id);
    return check;
}
/** Build a finding for a span, at the rule's default level unless given. */
function findingAt(file, ruleId, span, message, level) {
    return {
        ruleId,
        level: level ?? (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleMeta */ .ME)(ruleId).defaultLevel,
        message,
        file,
        line: span.line,
        column: span.column,
        endLine: span.endLine,
        endColumn: span.endColumn,
    };
}
function isSpan(where) {
    return !Array.isArray(where) && typeof where.line === 'number';
}


/***/ }),

/***/ 21645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O4: () => (/* binding */ DETECTION_CHECKS),
  Sh: () => (/* binding */ PROJECT_CHECKS)
});

// UNUSED EXPORTS: CHECK_OF_RULE, FUNCTION_FILE_RULES, LOADER_RULES, PIPELINE_RULES, RULES, RULE_LIST

// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
// EXTERNAL MODULE: ./src/checks/check.ts
var check = __webpack_require__(44669);
// EXTERNAL MODULE: ./src/checks/data/attack.ts
var data_attack = __webpack_require__(70536);
;// CONCATENATED MODULE: ./src/checks/attack-mapping.ts
/**
 * ATT&CK: tactics are Sentinel tactic names, techniques exist and are current, and
 * every technique sits under one of the listed tactics.
 */



const TECHNIQUE_ID = /^T\d{4}(\.\d{3})?$/;
/** ATT&CK for ICS techniques (T0800–T0899), used with the ICS tactics. */
const ICS_TECHNIQUE_ID = /^T08\d\d$/;
/** Keys that list technique ids: Sentinel YAML uses both. */
const TECHNIQUE_KEYS = ['relevantTechniques', 'subTechniques'];
const attackMappingCheck = (0,check/* defineCheck */.qH)({
    name: 'attack-mapping',
    rules: ['LG4001', 'LG4002', 'LG4003', 'LG4004', 'LG4005'],
    run(ctx) {
        const attack = (0,data_attack/* attackCatalog */.G)();
        const data = ctx.detection.data;
        const tactics = Array.isArray(data.tactics) ? data.tactics : [];
        const knownTactics = new Set();
        tactics.forEach((tactic, index) => {
            if (typeof tactic !== 'string')
                return; // the schema check reports types
            if (attack.tactics.has(tactic)) {
                knownTactics.add(tactic);
            }
            else if (attack.legacyTactics.has(tactic)) {
                knownTactics.add(tactic);
                ctx.report('LG4001', ['tactics', index], `Tactic '${tactic}' is a legacy Sentinel tactic; use the ATT&CK tactic it stood for (Reconnaissance or ResourceDevelopment).`, { level: 'warning' });
            }
            else {
                ctx.report('LG4001', ['tactics', index], `Unknown tactic '${tactic}'.${(0,util_text/* didYouMean */.au)(tactic, attack.tactics)} Tactics use Sentinel's PascalCase names.`);
            }
        });
        const covered = new Set();
        let techniqueCount = 0;
        // An ICS technique's tactics are not in the bundled data, so it may cover any listed tactic.
        let icsListed = false;
        for (const key of TECHNIQUE_KEYS) {
            const list = Array.isArray(data[key]) ? data[key] : [];
            list.forEach((raw, index) => {
                if (typeof raw !== 'string')
                    return;
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
                    ctx.report('LG4003', path, `Technique ${id} (${info.name}) is revoked in ATT&CK ${attack.sentinelVersion}, the version Sentinel uses.`);
                }
                else if (info.deprecated) {
                    ctx.report('LG4003', path, `Technique ${id} (${info.name}) is deprecated in ATT&CK.`);
                }
                else if (info.revokedInLatest) {
                    // Sentinel still uses ATT&CK ${attack.sentinelVersion}: only a heads-up about the newer version.
                    const replacement = info.replacement
                        ? ` ATT&CK ${attack.versions.at(-1)} names ${info.replacement} (${attack.techniques.get(info.replacement)?.name}) instead.`
                        : '';
                    ctx.report('LG4003', path, `Technique ${id} (${info.name}) is revoked in ATT&CK ${attack.versions.at(-1)}; Sentinel still accepts it (ATT&CK ${attack.sentinelVersion}).${replacement}`, { level: 'note' });
                }
                const matching = [...info.tactics].filter((t) => knownTactics.has(t));
                for (const t of matching)
                    covered.add(t);
                if (knownTactics.size > 0 && matching.length === 0) {
                    ctx.report('LG4004', path, `Technique ${id} (${info.name}) belongs to ${[...info.tactics].join(', ') || 'no tactic'}, none of which is listed in tactics.`);
                }
            });
        }
        if (techniqueCount === 0 || icsListed)
            return;
        tactics.forEach((tactic, index) => {
            if (typeof tactic === 'string' && knownTactics.has(tactic) && !covered.has(tactic) && !attack.legacyTactics.has(tactic)) {
                ctx.report('LG4005', ['tactics', index], `No listed technique belongs to tactic '${tactic}'.`);
            }
        });
    },
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
var ajv_default = /*#__PURE__*/__webpack_require__.n(ajv);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(82815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
// EXTERNAL MODULE: ./schemas/detection.schema.json
var detection_schema = __webpack_require__(35111);
;// CONCATENATED MODULE: ./src/checks/detection-schema.ts
/**
 * The detection matches `schemas/detection.schema.json` (validated with ajv).
 * Unknown keys become warnings with a "did you mean"; every other violation is an
 * error at the offending value.
 */





// ajv is CommonJS; under NodeNext its default export sits on `.default`.
const Ajv = ((ajv_default())["default"] ?? (ajv_default()));
const addFormats = ((dist_default())["default"] ??
    (dist_default()));
let validator;
/** The compiled schema validator (compiled once per process). */
function detectionValidator() {
    if (!validator) {
        const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, verbose: true });
        addFormats(ajv, ['date-time']);
        validator = ajv.compile(detection_schema);
    }
    return validator;
}
function pathOf(instancePath) {
    if (!instancePath)
        return [];
    return instancePath
        .split('/')
        .slice(1)
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
function describePath(path) {
    return path.length === 0 ? 'the detection' : path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
function typeName(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    // JSON quoting escapes control characters, so hostile values cannot reach a terminal raw.
    if (typeof value === 'string')
        return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    return `${typeof value} ${String(value)}`;
}
/** Drop the umbrella errors (anyOf/oneOf/if) when a more precise error exists below them. */
function preciseErrors(errors) {
    const umbrella = new Set(['anyOf', 'oneOf', 'if', 'not']);
    const precise = errors.filter((e) => !umbrella.has(e.keyword));
    const kept = errors.filter((e) => !umbrella.has(e.keyword) || !precise.some((p) => p.instancePath.startsWith(e.instancePath)));
    // One finding per value and keyword is enough (anyOf branches repeat themselves).
    const seen = new Set();
    return kept.filter((e) => {
        const key = `${e.instancePath}|${e.keyword}|${e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : ''}|${e.keyword === 'required' ? String(e.params.missingProperty) : ''}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
const detectionSchemaCheck = (0,check/* defineCheck */.qH)({
    name: 'detection-schema',
    rules: ['LG1001', 'LG1002'],
    run(ctx) {
        const validate = detectionValidator();
        if (validate(ctx.detection.data))
            return;
        for (const error of preciseErrors(validate.errors ?? [])) {
            const path = pathOf(error.instancePath);
            const subject = describePath(path);
            const description = typeof error.parentSchema?.description === 'string' ? ` ${error.parentSchema.description}` : '';
            switch (error.keyword) {
                case 'additionalProperties': {
                    const key = String(error.params.additionalProperty);
                    const known = Object.keys(error.parentSchema?.properties ?? {});
                    const where = path.length ? ` in ${subject}` : '';
                    ctx.report('LG1002', [...path, key], `Unknown key '${key}'${where}; Sentinel and lakeguard ignore it.${(0,util_text/* didYouMean */.au)(key, known)}`, {
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
                    const allowed = error.params.allowedValues.map(String);
                    const hint = typeof error.data === 'string' ? (0,util_text/* didYouMean */.au)(error.data, allowed) : '';
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

;// CONCATENATED MODULE: ./src/checks/kql-query.ts
/**
 * Turns the language service's diagnostics into findings at the exact YAML
 * position, and refuses control commands.
 */


/** Codes the language service uses for names that are not tables or functions. */
const UNKNOWN_TABLE_CODES = new Set(['KS204']);
const UNKNOWN_FUNCTION_CODES = new Set(['KS211']);
/** The language service's code for an unknown `#` client directive. */
const DIRECTIVE_CODE = 'KS250';
const DECLARE_FUNCTION = "Declare workspace functions (parsers, saved functions) under 'functions:' in lakeguard.yaml: name and result columns, or 'path' to the repository's parser files (Sentinel parser YAML, CustomFunctions JSON).";
/** Names of workspace functions by convention (ASIM parsers, underscore functions). */
function looksLikeWorkspaceFunction(name) {
    return /^(_Im_|_ASim_|_|im[A-Z]|ASim[A-Z])/.test(name) && !/_CL$/.test(name);
}
const CONTROL_COMMAND = /(^|;)\s*\.[A-Za-z-]+/;
/** Blank out comments and string literals so a regex can look at code only. */
function codeOnly(text) {
    return text.replace(/\/\/[^\n]*|@?"(?:\\.|[^"\\\n])*"|@?'(?:\\.|[^'\\\n])*'|```[\s\S]*?```/g, (m) => ' '.repeat(m.length));
}
const kqlQueryCheck = (0,check/* defineCheck */.qH)({
    name: 'kql-query',
    rules: ['LG2001', 'LG2002', 'LG2003', 'LG2004', 'LG2005', 'LG2006', 'LG2007', 'LG2009'],
    run(ctx) {
        const query = ctx.query;
        if (!query)
            return;
        const code = codeOnly(query.text);
        const command = CONTROL_COMMAND.exec(code);
        if (query.analysis.kind !== 'Query' || command) {
            const offset = command ? command.index + command[0].indexOf('.') : 0;
            ctx.report('LG2005', ctx.detection.source.locateInScalar(query.path, offset, 1), 'The query is or contains a control command; detections must be read-only queries.');
            return;
        }
        let hasErrors = false;
        for (const d of query.analysis.diagnostics) {
            const span = ctx.detection.source.locateInScalar(query.path, d.start, d.length);
            const name = query.text.slice(d.start, d.start + d.length);
            if (d.severity === 'error')
                hasErrors = true;
            if (d.code === DIRECTIVE_CODE) {
                // `#` starts a client directive in KQL, not a comment; point at the `#`.
                const hash = query.text.lastIndexOf('#', d.start);
                const at = hash >= 0 && hash >= d.start - 2 ? ctx.detection.source.locateInScalar(query.path, hash, 1) : span;
                ctx.report('LG2003', at, "A line starting with '#' is a client directive, not a comment; use '//' for comments.");
            }
            else if (d.syntax) {
                ctx.report('LG2001', span, `KQL syntax: ${d.message} (${d.code})`);
            }
            else if (UNKNOWN_TABLE_CODES.has(d.code) && looksLikeWorkspaceFunction(name)) {
                ctx.report('LG2004', span, `Unknown function '${name}'. ${DECLARE_FUNCTION}`);
            }
            else if (UNKNOWN_TABLE_CODES.has(d.code)) {
                ctx.report('LG2004', span, `Unknown table '${name}'.${(0,util_text/* didYouMean */.au)(name, ctx.catalog.tableNames())} ${howToDeclare(name)}`);
            }
            else if (UNKNOWN_FUNCTION_CODES.has(d.code) && !isBuiltInLooking(name)) {
                ctx.report('LG2004', span, `Unknown function '${name}'. ${DECLARE_FUNCTION}`);
            }
            else if (d.severity === 'error') {
                ctx.report('LG2002', span, `KQL: ${d.message} (${d.code})`);
            }
            else if (d.severity === 'warning') {
                ctx.report('LG2003', span, `KQL: ${d.message} (${d.code})`);
            }
        }
        for (const a of ctx.catalog.assumedColumns(query.text)) {
            const suffix = a.name.slice(a.name.lastIndexOf('_'));
            ctx.report('LG2007', ctx.detection.source.locateInScalar(query.path, a.start, a.length), `Column '${a.name}' is not in the catalog's ${a.tables.join('/')} schema; assumed ${a.type} from its '${suffix}' suffix (dynamic-schema table). Declare the table's columns in lakeguard.yaml to check it exactly.`);
        }
        for (const problem of ctx.catalog.unusableFunctionsIn(query.text)) {
            ctx.report('LG2009', ctx.detection.source.locateInScalar(query.path, problem.start, problem.name.length), `Function '${problem.name}' (${problem.origin}) is unusable: its own query does not bind (${problem.message}). Columns read from it are not checked.`);
        }
        if (!hasErrors && query.analysis.columns === undefined) {
            ctx.report('LG2006', query.path, 'The query does not end in a tabular expression; a detection must return rows.');
        }
    },
});
function isBuiltInLooking(name) {
    return !name.startsWith('_') && !/^(ASim|Im)/.test(name) && /^[a-z0-9_]+$/.test(name);
}
function howToDeclare(name) {
    if (/_CL$/.test(name)) {
        return `Declare custom tables in lakeguard.yaml under 'tables:' (a folder of Azure-Sentinel CustomTables JSON files, or name + columns).`;
    }
    return `If it exists in your workspace, declare it in lakeguard.yaml under 'tables:' (name + columns) or 'functions:'.`;
}

;// CONCATENATED MODULE: ./src/checks/data/entities.ts
/**
 * Microsoft Sentinel entity types that analytic rules and hunting queries can map
 * with `entityMappings`, their identifiers, the Kusto column types each identifier
 * accepts, and the identifier combinations that identify an entity.
 *
 * Sources (facts only, descriptions are our own):
 * - "Microsoft Sentinel entity types reference", learn.microsoft.com/azure/sentinel/entities-reference
 *   (the "Entity types and identifiers" table, the strong/weak identifier lists and the
 *   per-type schemas with field types).
 * - "Map data fields to entities in Microsoft Sentinel", learn.microsoft.com/azure/sentinel/map-data-fields-to-entities
 *   (up to three identifiers per mapping).
 * - The EntityMappingType enum of the Microsoft.SecurityInsights/alertRules ARM API and the
 *   entity list of the Azure/Azure-Sentinel template validation (which adds IoTDevice and its
 *   mappable identifiers, absent from the docs table).
 *
 * Types: Sentinel converts mapped values to text, so every identifier accepts `string`; the
 * other types listed are the identifier's natural type in the entity schema (Guid -> guid,
 * Int -> int/long, DateTime -> datetime, Bool -> bool, list/dictionary -> dynamic). `dynamic`
 * is accepted only where the schema field is itself a list or dictionary.
 *
 * Required sets: a mapping identifies its entity when it maps every identifier of at least one
 * set. The sets are the docs' strong identifier combinations plus its weak identifiers, with the
 * parts that are internal entities (Host, ImageFile, ParentProcess, the registry Key entity,
 * DnsServerIp, HostIpAddress, IoTHub, FileHash) left out because a field mapping cannot fill
 * them. FullName (Account, Host) is the docs' backward-compatible identifier that Sentinel splits
 * into name and domain parts, so it counts on its own. An empty list means no combination of at
 * most three mapped identifiers can identify the entity (SubmissionMail needs four), so no
 * completeness check applies.
 *
 * The SentinelEntities type (identifier Entities) is mapped through the separate
 * `sentinelEntitiesMappings` key, not `entityMappings`, so it is not listed here.
 */
/** Values of FileHash.Algorithm. */
const FILEHASH_ALGORITHMS = ['MD5', 'SHA1', 'SHA256', 'SHA256AC', 'Unknown'];
/** Values of Host.OSFamily. */
const HOST_OS_FAMILIES = ['Linux', 'Windows', 'Android', 'IOS', 'Mac'];
/** Values of RegistryKey.Hive. */
const REGISTRY_HIVES = [
    'HKEY_LOCAL_MACHINE',
    'HKEY_CLASSES_ROOT',
    'HKEY_CURRENT_CONFIG',
    'HKEY_USERS',
    'HKEY_CURRENT_USER_LOCAL_SETTINGS',
    'HKEY_PERFORMANCE_DATA',
    'HKEY_PERFORMANCE_NLSTEXT',
    'HKEY_PERFORMANCE_TEXT',
    'HKEY_A',
    'HKEY_CURRENT_USER',
];
/** Values of RegistryValue.ValueType (Microsoft.Win32.RegistryValueKind names). */
const REGISTRY_VALUE_TYPES = ['String', 'Binary', 'DWord', 'Qword', 'MultiString', 'ExpandString', 'None', 'Unknown'];
/** Values of Process.ElevationToken. */
const ELEVATION_TOKENS = ['TokenElevationTypeDefault', 'TokenElevationTypeFull', 'TokenElevationTypeLimited'];
const TEXT = ['string'];
const GUID = ['guid', 'string'];
const BOOL = ['bool', 'string'];
const TIME = ['datetime', 'string'];
const INTEGER = ['int', 'long', 'string'];
const LIST = ['dynamic', 'string'];
function id(name, types, description, values) {
    return values ? { name, types, description, values } : { name, types, description };
}
const TYPES = [
    {
        name: 'Account',
        identifiers: [
            id('Name', TEXT, 'Account name without any domain part, e.g. alice.'),
            id('FullName', TEXT, 'Full account name such as alice@contoso.com or CONTOSO\\alice; Sentinel splits it into name and domain.'),
            id('NTDomain', TEXT, 'NetBIOS domain as in DOMAIN\\user, e.g. CONTOSO or NT AUTHORITY.'),
            id('DnsDomain', TEXT, 'Fully qualified DNS domain of the account, e.g. finance.contoso.com.'),
            id('UPNSuffix', TEXT, 'User principal name suffix, e.g. contoso.com.'),
            id('Sid', TEXT, 'Windows security identifier of the account.'),
            id('AadTenantId', GUID, 'Microsoft Entra tenant id.'),
            id('AadUserId', GUID, 'Microsoft Entra object id of the account.'),
            id('PUID', GUID, 'Microsoft Entra Passport user id.'),
            id('IsDomainJoined', BOOL, 'Whether the account is a domain account.'),
            id('DisplayName', TEXT, 'Display name of the account (kept for older mappings).'),
            id('ObjectGuid', GUID, 'Active Directory objectGUID of the account.'),
            id('CloudAppAccountId', TEXT, 'Account id in a cloud application (Defender for Cloud Apps).'),
        ],
        requiredSets: [
            ['FullName'],
            ['Name', 'UPNSuffix'],
            ['AadUserId'],
            ['Sid'],
            ['Name', 'NTDomain'],
            ['Name', 'DnsDomain'],
            ['PUID'],
            ['ObjectGuid'],
            ['Name'],
        ],
    },
    {
        name: 'Host',
        identifiers: [
            id('DnsDomain', TEXT, 'DNS domain of the host, the full suffix if known.'),
            id('NTDomain', TEXT, 'NT domain the host belongs to.'),
            id('HostName', TEXT, 'Host name without the domain suffix.'),
            id('FullName', TEXT, 'Fully qualified host name; Sentinel splits it into host name and domain.'),
            id('NetBiosName', TEXT, 'Pre-Windows 2000 (NetBIOS) host name.'),
            id('AzureID', TEXT, 'Azure resource id of the virtual machine.'),
            id('OMSAgentID', GUID, 'Id of the Log Analytics (OMS) agent on the host.'),
            id('OSFamily', TEXT, 'Operating system family.', HOST_OS_FAMILIES),
            id('OSVersion', TEXT, 'Free-text operating system version.'),
            id('IsDomainJoined', BOOL, 'Whether the host is joined to a domain.'),
        ],
        requiredSets: [
            ['FullName'],
            ['HostName', 'NTDomain'],
            ['HostName', 'DnsDomain'],
            ['NetBiosName', 'NTDomain'],
            ['NetBiosName', 'DnsDomain'],
            ['AzureID'],
            ['OMSAgentID'],
            ['HostName'],
            ['NetBiosName'],
        ],
    },
    {
        name: 'IP',
        identifiers: [
            id('Address', TEXT, 'IPv4 or IPv6 address as text, e.g. 203.0.113.7.'),
            id('AddressScope', TEXT, 'Host, subnet or private network that scopes a non-global address; empty for global addresses.'),
        ],
        requiredSets: [['Address']],
    },
    {
        name: 'URL',
        identifiers: [id('Url', TEXT, 'The URL; an absolute URL identifies the entity, a relative one only weakly.')],
        requiredSets: [['Url']],
    },
    {
        name: 'AzureResource',
        identifiers: [id('ResourceId', TEXT, 'Azure resource id of the resource.')],
        requiredSets: [['ResourceId']],
    },
    {
        name: 'CloudApplication',
        identifiers: [
            id('AppId', INTEGER, 'Numeric Defender for Cloud Apps application id, e.g. 11161 for Office 365.'),
            id('Name', TEXT, 'Name of the cloud application.'),
            id('InstanceName', TEXT, 'User-defined name of the application instance.'),
        ],
        // The docs also list AppId+InstanceName and Name+InstanceName; they contain these sets.
        requiredSets: [['AppId'], ['Name']],
    },
    {
        name: 'DNS',
        identifiers: [id('DomainName', TEXT, 'The DNS name that was resolved.')],
        // The docs' combinations add the DNS server and client IPs, which are internal entities.
        requiredSets: [['DomainName']],
    },
    {
        name: 'File',
        identifiers: [id('Directory', TEXT, 'Full path of the folder holding the file.'), id('Name', TEXT, 'File name without the path.')],
        // Strong: Name + Directory, and Name + FileHash (an internal entity, so Name is what a mapping can give).
        requiredSets: [['Directory', 'Name'], ['Name']],
    },
    {
        name: 'FileHash',
        identifiers: [id('Algorithm', TEXT, 'Hash algorithm.', FILEHASH_ALGORITHMS), id('Value', TEXT, 'The hash value.')],
        requiredSets: [['Algorithm', 'Value']],
    },
    {
        name: 'Malware',
        identifiers: [
            id('Name', TEXT, 'Malware name assigned by the detecting vendor, e.g. Win32/Toga!rfn.'),
            id('Category', TEXT, 'Malware category assigned by the vendor, e.g. Trojan.'),
        ],
        requiredSets: [['Name', 'Category'], ['Name']],
    },
    {
        name: 'Process',
        identifiers: [
            id('ProcessId', INTEGER, 'Process id.'),
            id('CommandLine', TEXT, 'Command line the process was started with.'),
            id('ElevationToken', TEXT, 'Elevation token of the process.', ELEVATION_TOKENS),
            id('CreationTimeUtc', TIME, 'Time the process started.'),
        ],
        // The docs' combinations also need Host/ParentProcess/ImageFile internal entities, which a
        // field mapping cannot fill; Sentinel still builds the entity from ProcessId or CommandLine
        // alone (as countless public rules map it), so those count on their own.
        requiredSets: [['ProcessId'], ['CommandLine']],
    },
    {
        name: 'RegistryKey',
        identifiers: [id('Hive', TEXT, 'Registry hive.', REGISTRY_HIVES), id('Key', TEXT, 'Registry key path under the hive.')],
        requiredSets: [['Key'], ['Hive']],
    },
    {
        name: 'RegistryValue',
        identifiers: [
            id('Name', TEXT, 'Name of the registry value.'),
            id('Value', TEXT, 'The value data as text.'),
            id('ValueType', TEXT, 'Kind of registry value.', REGISTRY_VALUE_TYPES),
        ],
        // Strong: Key (an internal RegistryKey entity) + Name; weak: Name.
        requiredSets: [['Name']],
    },
    {
        name: 'SecurityGroup',
        identifiers: [
            id('DistinguishedName', TEXT, 'Distinguished name of the group.'),
            id('SID', TEXT, 'Security identifier of the group.'),
            id('ObjectGuid', GUID, 'Active Directory objectGUID of the group.'),
        ],
        requiredSets: [['DistinguishedName'], ['SID'], ['ObjectGuid']],
    },
    {
        name: 'Mailbox',
        identifiers: [
            id('MailboxPrimaryAddress', TEXT, 'Primary e-mail address of the mailbox.'),
            id('DisplayName', TEXT, 'Display name of the mailbox.'),
            id('Upn', TEXT, 'User principal name of the mailbox owner.'),
            id('ExternalDirectoryObjectId', GUID, 'Microsoft Entra id of the mailbox object.'),
            id('RiskLevel', TEXT, 'Risk level of the mailbox: None, Low, Medium or High.'),
        ],
        requiredSets: [['MailboxPrimaryAddress']],
    },
    {
        name: 'MailCluster',
        identifiers: [
            id('NetworkMessageIds', LIST, 'Network message ids of the messages in the cluster.'),
            id('CountByDeliveryStatus', LIST, 'Message counts per delivery status.'),
            id('CountByThreatType', LIST, 'Message counts per threat type.'),
            id('CountByProtectionStatus', LIST, 'Message counts per protection status.'),
            id('Threats', LIST, 'Threats found in the messages of the cluster.'),
            id('Query', TEXT, 'The query that selects the messages of the cluster.'),
            id('QueryTime', TIME, 'Time the cluster query ran.'),
            id('MailCount', INTEGER, 'Number of messages in the cluster.'),
            id('IsVolumeAnomaly', BOOL, 'Whether the cluster is a volume anomaly.'),
            id('Source', TEXT, 'Source of the cluster, by default O365 ATP.'),
            id('ClusterSourceIdentifier', TEXT, 'Identifier of the cluster source.'),
            id('ClusterSourceType', TEXT, 'Type of the cluster source.'),
            id('ClusterQueryStartTime', TIME, 'Start of the cluster query window.'),
            id('ClusterQueryEndTime', TIME, 'End of the cluster query window.'),
            id('ClusterGroup', TEXT, 'Group of the cluster.'),
        ],
        requiredSets: [['Query'], ['Source']],
    },
    {
        name: 'MailMessage',
        identifiers: [
            id('Recipient', TEXT, 'Recipient address of this copy of the message.'),
            id('Urls', LIST, 'URLs contained in the message.'),
            id('Threats', LIST, 'Threats found in the message.'),
            id('Sender', TEXT, 'Sender e-mail address.'),
            id('P1Sender', TEXT, 'Envelope (P1) sender address.'),
            id('P1SenderDisplayName', TEXT, 'Envelope (P1) sender display name.'),
            id('P1SenderDomain', TEXT, 'Envelope (P1) sender domain.'),
            id('SenderIP', TEXT, 'IP address of the sender.'),
            id('P2Sender', TEXT, 'Header (P2) sender address.'),
            id('P2SenderDisplayName', TEXT, 'Header (P2) sender display name.'),
            id('P2SenderDomain', TEXT, 'Header (P2) sender domain.'),
            id('ReceivedDate', TIME, 'Time the message was received.'),
            id('NetworkMessageId', GUID, 'Network message id of the message.'),
            id('InternetMessageId', TEXT, 'Internet message id of the message.'),
            id('Subject', TEXT, 'Subject line of the message.'),
            id('BodyFingerprintBin1', INTEGER, 'Body fingerprint bin 1.'),
            id('BodyFingerprintBin2', INTEGER, 'Body fingerprint bin 2.'),
            id('BodyFingerprintBin3', INTEGER, 'Body fingerprint bin 3.'),
            id('BodyFingerprintBin4', INTEGER, 'Body fingerprint bin 4.'),
            id('BodyFingerprintBin5', INTEGER, 'Body fingerprint bin 5.'),
            id('AntispamDirection', TEXT, 'Direction of the message: Unknown, Inbound, Outbound or Intraorg.'),
            id('DeliveryAction', TEXT, 'Delivery action, e.g. Delivered, DeliveredAsSpam, Blocked or Replaced.'),
            id('DeliveryLocation', TEXT, 'Delivery location, e.g. Inbox, JunkFolder, Quarantine or Failed.'),
            id('Language', TEXT, 'Language of the message.'),
            id('ThreatDetectionMethods', TEXT, 'Methods that detected threats in the message.'),
        ],
        requiredSets: [['NetworkMessageId'], ['Recipient']],
    },
    {
        name: 'SubmissionMail',
        identifiers: [
            id('NetworkMessageId', GUID, 'Network message id of the submitted message.'),
            id('Timestamp', TIME, 'Time the message was received.'),
            id('Recipient', TEXT, 'Recipient of the message.'),
            id('Sender', TEXT, 'Sender of the message.'),
            id('SenderIp', TEXT, 'IP address of the sender.'),
            id('Subject', TEXT, 'Subject of the message.'),
            id('ReportType', TEXT, 'Submission type: Junk, Phish, Malware or NotJunk.'),
            id('SubmissionId', GUID, 'Id of the submission.'),
            id('SubmissionDate', TIME, 'Time of the submission.'),
            id('Submitter', TEXT, 'E-mail address of the submitter.'),
        ],
        // The only strong combination (SubmissionId + NetworkMessageId + Recipient + Submitter)
        // has four identifiers, more than one mapping may hold.
        requiredSets: [],
    },
    {
        name: 'IoTDevice',
        identifiers: [
            id('DeviceId', TEXT, 'Id of the device within its IoT Hub.'),
            id('DeviceName', TEXT, 'Friendly name of the device.'),
            id('Manufacturer', TEXT, 'Manufacturer of the device.'),
            id('Model', TEXT, 'Model of the device.'),
            id('FirmwareVersion', TEXT, 'Firmware version of the device.'),
            id('OperatingSystem', TEXT, 'Operating system of the device.'),
            id('MacAddress', TEXT, 'MAC address of the device.'),
            id('Protocols', LIST, 'Protocols the device supports.'),
            id('SerialNumber', TEXT, 'Serial number of the device.'),
            id('Source', TEXT, 'Source of the device record (Microsoft or a vendor).'),
            id('IoTSecurityAgentId', GUID, 'Id of the Defender for IoT agent on the device.'),
            id('DeviceType', TEXT, "Type of the device, e.g. 'temperature sensor'."),
        ],
        // Strong: IoTHub (an internal entity) + DeviceId; weak: DeviceId.
        requiredSets: [['DeviceId']],
    },
];
/** Entity types by their exact (case-sensitive) mapping name. */
const ENTITY_TYPES = new Map(TYPES.map((info) => [info.name, info]));

// EXTERNAL MODULE: ./src/util/records.ts
var records = __webpack_require__(79378);
;// CONCATENATED MODULE: ./src/checks/output-columns.ts




/** `{{Column}}` placeholders in an alert-override format. */
const PLACEHOLDER = /\{\{\s*([^{}]+?)\s*\}\}/g;
const OVERRIDE_FORMATS = ['alertDisplayNameFormat', 'alertDescriptionFormat'];
const OVERRIDE_COLUMNS = ['alertSeverityColumnName', 'alertTacticsColumnName'];
function outputColumns(ctx) {
    const analysis = ctx.query?.analysis;
    if (!analysis || analysis.kind !== 'Query')
        return undefined;
    const broken = analysis.diagnostics.some((d) => d.syntax || d.code === 'KS204' || d.code === 'KS211');
    const columns = analysis.columns ?? [];
    return { types: new Map(columns.map((c) => [c.name, c.type])), unreliable: broken || analysis.openResult || !analysis.columns };
}
function asArray(value) {
    return Array.isArray(value) ? value : [];
}
const outputColumnsCheck = (0,check/* defineCheck */.qH)({
    name: 'output-columns',
    rules: ['LG3001', 'LG3002', 'LG3003', 'LG3004', 'LG3005', 'LG3006', 'LG3007', 'LG3008'],
    run(ctx) {
        const data = ctx.detection.data;
        const output = outputColumns(ctx);
        /** Report a column that is not in the output; returns its type when it is. */
        const requireColumn = (ruleId, path, column, owner = '') => {
            if (typeof column !== 'string' || !output)
                return undefined;
            const type = output.types.get(column);
            if (type !== undefined || output.unreliable)
                return type;
            ctx.report(ruleId, path, `${owner}Column '${column}' is not a column of the query's output.${(0,util_text/* didYouMean */.au)(column, output.types.keys())}${columnList(output)}`);
            return undefined;
        };
        asArray(data.entityMappings).forEach((mapping, m) => {
            if (!(0,records/* isRecord */.u)(mapping))
                return;
            const entityType = mapping.entityType;
            const info = typeof entityType === 'string' ? ENTITY_TYPES.get(entityType) : undefined;
            if (typeof entityType === 'string' && !info) {
                ctx.report('LG3003', ['entityMappings', m, 'entityType'], `Unknown entity type '${entityType}'.${(0,util_text/* didYouMean */.au)(entityType, ENTITY_TYPES.keys())}`);
            }
            const seen = new Set();
            const identifiers = [];
            asArray(mapping.fieldMappings).forEach((field, f) => {
                if (!(0,records/* isRecord */.u)(field))
                    return;
                const path = ['entityMappings', m, 'fieldMappings', f];
                const identifier = field.identifier;
                const idInfo = info && typeof identifier === 'string' ? info.identifiers.find((i) => i.name === identifier) : undefined;
                if (info && typeof identifier === 'string') {
                    if (!idInfo) {
                        ctx.report('LG3004', [...path, 'identifier'], `'${identifier}' is not an identifier of entity type ${info.name}.${(0,util_text/* didYouMean */.au)(identifier, info.identifiers.map((i) => i.name))}`);
                    }
                    else if (seen.has(identifier)) {
                        ctx.report('LG3008', [...path, 'identifier'], `Identifier '${identifier}' is mapped more than once in this ${info.name} mapping.`);
                    }
                    else {
                        identifiers.push(identifier);
                    }
                    seen.add(identifier);
                }
                const type = requireColumn('LG3001', [...path, 'columnName'], field.columnName);
                // Sentinel converts mapped values to text, and a dynamic column holding one value
                // (x[0], a.b) is the common idiom in published rules, so only scalar mismatches count.
                if (idInfo && type && type !== 'unknown' && type !== 'dynamic' && !idInfo.types.includes(type)) {
                    ctx.report('LG3002', [...path, 'columnName'], `Column '${String(field.columnName)}' is ${type}, but ${info?.name}.${idInfo.name} expects ${idInfo.types.join(' or ')}.`);
                }
            });
            if (info && info.requiredSets.length > 0 && identifiers.length > 0) {
                const complete = info.requiredSets.some((set) => set.every((name) => identifiers.includes(name)));
                if (!complete) {
                    const options = info.requiredSets.map((set) => set.join(' + ')).join(', or ');
                    ctx.report('LG3005', ['entityMappings', m, 'entityType'], `This ${info.name} mapping (${identifiers.join(', ')}) does not identify the entity; map ${options}.`);
                }
            }
        });
        asArray(data.sentinelEntitiesMappings).forEach((mapping, m) => {
            if ((0,records/* isRecord */.u)(mapping))
                requireColumn('LG3001', ['sentinelEntitiesMappings', m, 'columnName'], mapping.columnName);
        });
        if ((0,records/* isRecord */.u)(data.customDetails)) {
            for (const [key, column] of Object.entries(data.customDetails)) {
                requireColumn('LG3006', ['customDetails', key], column, `Custom detail '${key}': `);
            }
        }
        const override = data.alertDetailsOverride;
        if ((0,records/* isRecord */.u)(override)) {
            for (const key of OVERRIDE_FORMATS) {
                const format = override[key];
                if (typeof format !== 'string')
                    continue;
                for (const match of format.matchAll(PLACEHOLDER)) {
                    const column = match[1];
                    if (output && !output.unreliable && !output.types.has(column)) {
                        const span = ctx.detection.source.locateInScalar(['alertDetailsOverride', key], match.index ?? 0, match[0].length);
                        ctx.report('LG3007', span, `Placeholder {{${column}}} in ${key} is not a column of the query's output.${(0,util_text/* didYouMean */.au)(column, output.types.keys())}`);
                    }
                }
            }
            for (const key of OVERRIDE_COLUMNS)
                requireColumn('LG3007', ['alertDetailsOverride', key], override[key], `${key}: `);
            asArray(override.alertDynamicProperties).forEach((property, p) => {
                if ((0,records/* isRecord */.u)(property))
                    requireColumn('LG3007', ['alertDetailsOverride', 'alertDynamicProperties', p, 'value'], property.value, 'Dynamic property: ');
            });
        }
    },
});
function columnList(output) {
    const names = [...output.types.keys()];
    if (names.length === 0)
        return '';
    const shown = names.slice(0, 12).join(', ');
    return ` Output columns: ${shown}${names.length > 12 ? `, … (${names.length} in all)` : ''}.`;
}

// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
;// CONCATENATED MODULE: ./src/checks/sentinel-limits.ts
/**
 * Microsoft Sentinel's own limits for analytic rules: query length, mapping and
 * detail counts, override formats, schedule bounds and trigger threshold.
 */



const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MAX_QUERY_LENGTH = 10_000;
const DURATION_BOUNDS = [
    { path: ['queryFrequency'], min: 5 * MINUTE, max: 14 * DAY },
    { path: ['queryPeriod'], min: 5 * MINUTE, max: 14 * DAY },
    { path: ['suppressionDuration'], min: 5 * MINUTE, max: DAY },
    { path: ['incidentConfiguration', 'groupingConfiguration', 'lookbackDuration'], min: 5 * MINUTE, max: 7 * DAY },
];
const SCHEDULE_KEYS = ['queryFrequency', 'queryPeriod', 'triggerOperator', 'triggerThreshold'];
/** True when the detection is an analytic rule rather than a hunting query. */
function isAnalyticRule(data) {
    // `kind` alone does not decide: some published hunting queries carry `kind: Scheduled`.
    return ['severity', 'queryFrequency', 'queryPeriod', 'triggerOperator', 'triggerThreshold'].some((key) => key in data);
}
function valueAt(data, path) {
    let value = data;
    for (const key of path)
        value = typeof value === 'object' && value !== null ? value[key] : undefined;
    return value;
}
const sentinelLimitsCheck = (0,check/* defineCheck */.qH)({
    name: 'sentinel-limits',
    rules: ['LG6001', 'LG6002', 'LG6003', 'LG6004', 'LG6005', 'LG6006', 'LG6007'],
    run(ctx) {
        const data = ctx.detection.data;
        if (typeof data.query === 'string' && data.query.length > MAX_QUERY_LENGTH) {
            ctx.report('LG6001', ['query'], `The query is ${data.query.length.toLocaleString('en-US')} characters; Sentinel accepts at most ${MAX_QUERY_LENGTH.toLocaleString('en-US')}.`, { at: 'key' });
        }
        if (Array.isArray(data.entityMappings)) {
            if (data.entityMappings.length === 0 || data.entityMappings.length > 10) {
                ctx.report('LG6002', ['entityMappings'], `${data.entityMappings.length} entity mappings; Sentinel allows 1 to 10 (omit the key for none).`, { at: 'key' });
            }
            data.entityMappings.forEach((mapping, m) => {
                const fields = mapping?.fieldMappings;
                if (Array.isArray(fields) && (fields.length === 0 || fields.length > 3)) {
                    ctx.report('LG6002', ['entityMappings', m, 'fieldMappings'], `${fields.length} field mappings; Sentinel allows 1 to 3 per entity.`, { at: 'key' });
                }
            });
        }
        if (typeof data.customDetails === 'object' && data.customDetails !== null && !Array.isArray(data.customDetails)) {
            const count = Object.keys(data.customDetails).length;
            if (count > 20)
                ctx.report('LG6003', ['customDetails'], `${count} custom details; Sentinel allows at most 20.`, { at: 'key' });
        }
        const override = data.alertDetailsOverride;
        if (override && typeof override === 'object') {
            for (const [key, maxLength] of [
                ['alertDisplayNameFormat', 256],
                ['alertDescriptionFormat', 5000],
            ]) {
                const format = override[key];
                if (typeof format !== 'string')
                    continue;
                const placeholders = [...format.matchAll(PLACEHOLDER)].length;
                if (placeholders > 3)
                    ctx.report('LG6004', ['alertDetailsOverride', key], `${key} uses ${placeholders} placeholders; Sentinel allows at most 3.`);
                if (format.length > maxLength)
                    ctx.report('LG6004', ['alertDetailsOverride', key], `${key} is ${format.length} characters; Sentinel allows at most ${maxLength}.`);
            }
        }
        for (const bound of DURATION_BOUNDS) {
            const raw = valueAt(data, bound.path);
            const ms = (0,duration/* parseDuration */.E)(raw);
            if (raw === undefined)
                continue;
            if (ms === undefined)
                continue; // the schema check reports malformed durations
            if (ms < bound.min || ms > bound.max) {
                ctx.report('LG6005', bound.path, `${bound.path.at(-1)} ${raw} is outside Sentinel's range ${(0,duration/* formatDuration */.a)(bound.min)} to ${(0,duration/* formatDuration */.a)(bound.max)}.`);
            }
        }
        const frequency = (0,duration/* parseDuration */.E)(data.queryFrequency);
        const period = (0,duration/* parseDuration */.E)(data.queryPeriod);
        if (frequency !== undefined && period !== undefined && period < frequency) {
            ctx.report('LG6005', ['queryPeriod'], `queryPeriod ${String(data.queryPeriod)} is shorter than queryFrequency ${String(data.queryFrequency)}: events between runs would never be queried.`);
        }
        const threshold = data.triggerThreshold;
        if (typeof threshold === 'number' && (!Number.isInteger(threshold) || threshold < 0 || threshold > 10_000)) {
            ctx.report('LG6006', ['triggerThreshold'], `triggerThreshold ${threshold} must be an integer from 0 to 10,000.`);
        }
        if (!isAnalyticRule(data))
            return;
        if (typeof data.kind === 'string' && data.kind.toLowerCase() === 'nrt') {
            for (const key of SCHEDULE_KEYS) {
                if (key in data)
                    ctx.report('LG6007', [key], `NRT rules run every minute over new data; ${key} is ignored by Sentinel. Remove it.`, {
                        level: 'warning',
                        at: 'key',
                    });
            }
        }
        else {
            const missing = SCHEDULE_KEYS.filter((key) => !(key in data));
            if (missing.length > 0) {
                const anchor = ['kind', 'severity', 'query'].find((key) => key in data);
                ctx.report('LG6007', anchor ? [anchor] : [], `This scheduled analytic rule lacks ${missing.join(', ')}.`, { at: 'key' });
            }
        }
    },
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/kql/catalog.ts + 2 modules
var catalog = __webpack_require__(73270);
// EXTERNAL MODULE: ./src/load/entity-mappings.ts
var entity_mappings = __webpack_require__(89601);
// EXTERNAL MODULE: ./src/load/fixture-paths.ts
var fixture_paths = __webpack_require__(89544);
;// CONCATENATED MODULE: ./src/checks/test-definitions.ts
/**
 * Static checks of a detection's offline tests: what can be known without
 * running them (names, fixture paths, which tables they feed, whether the
 * expected entities can ever be extracted, whether the test depends on the clock).
 * `lakeguard test` runs them; these findings show up in `validate` too.
 */







const FIXTURE_EXTENSIONS = new Set(['.jsonl', '.ndjson', '.json', '.csv']);
function checkFixturePath(context, at, value) {
    const { detection } = context;
    if ((0,fixture_paths/* isAbsoluteOrUrl */.qP)(value)) {
        context.report('LG9102', at, `Fixture path '${value}' must be relative to the detection file.`);
        return;
    }
    // The display path is relative to the repository root, so it tells whether the fixture climbs out.
    const rel = external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(detection.file), value.replace(/\\/g, '/')));
    if (rel === '..' || rel.startsWith('../')) {
        context.report('LG9102', at, `Fixture path '${value}' leads outside the repository.`);
        return;
    }
    if (!FIXTURE_EXTENSIONS.has(external_node_path_default().extname(value).toLowerCase()))
        context.report('LG9102', at, `Fixture '${value}' is not a .jsonl, .ndjson, .json or .csv file.`);
}
/** Watchlist aliases the query reads with `_GetWatchlist('alias')`, lower-cased. */
function watchlistsRead(query) {
    const out = new Set();
    for (const m of query.matchAll(/_GetWatchlist\s*\(\s*(['"])(.*?)\1\s*\)/g))
        out.add(m[2].toLowerCase());
    return out;
}
function checkDataUsed(context, at, name, query, names) {
    const alias = (0,fixture_paths/* watchlistAliasOf */.jL)(name);
    if (alias !== undefined) {
        if (!watchlistsRead(query).has(alias.toLowerCase()))
            context.report('LG9103', at, `The query does not read watchlist '${alias}'; these rows are never used.`, { at: 'key' });
        return;
    }
    const uri = (0,fixture_paths/* externalDataUriOf */.HX)(name);
    if (uri !== undefined) {
        if (!/\bexternaldata\b/i.test(query) || !query.includes(uri))
            context.report('LG9103', at, `The query reads no externaldata from '${uri}'; these rows are never used.`, { at: 'key' });
        return;
    }
    if (names.has(name))
        return;
    const tables = [...names].filter((n) => context.catalog.hasTable(n) || context.catalog.hasFunction(n));
    context.report('LG9103', at, `The query does not read '${name}'; these rows are never used.${(0,util_text/* didYouMean */.au)(name, tables)}`, { at: 'key' });
}
/** Mapped identifiers per entity type, from entityMappings. */
function mappedIdentifiers(data) {
    const out = new Map();
    for (const { entityType, fields } of (0,entity_mappings/* entityMappingsOf */._)(data)) {
        const ids = out.get(entityType) ?? new Set();
        for (const f of fields)
            ids.add(f.identifier);
        out.set(entityType, ids);
    }
    return out;
}
function checkExpectedEntities(context, index, entities, mapped) {
    if (!Array.isArray(entities))
        return;
    entities.forEach((item, i) => {
        if (!(0,records/* isRecord */.u)(item))
            return;
        for (const [type, ids] of Object.entries(item)) {
            const at = ['tests', index, 'expect', 'entities', i, type];
            const identifiers = mapped.get(type);
            if (!identifiers) {
                const hint = mapped.size ? ` It maps ${[...mapped.keys()].join(', ')}.` : ' It has no entity mappings.';
                context.report('LG9104', at, `The test expects a ${type} entity, but the rule maps no ${type}.${hint}`, { at: 'key' });
                continue;
            }
            if (!(0,records/* isRecord */.u)(ids))
                continue;
            for (const id of Object.keys(ids)) {
                if (!identifiers.has(id))
                    context.report('LG9104', [...at, id], `The rule maps no ${type}.${id}, so the test can never see it (mapped: ${[...identifiers].join(', ') || 'none'}).`, { at: 'key' });
            }
        }
    });
}
const testDefinitionsCheck = (0,check/* defineCheck */.qH)({
    name: 'test-definitions',
    rules: ['LG9101', 'LG9102', 'LG9103', 'LG9104', 'LG9105'],
    run(context) {
        const { data } = context.detection;
        if (!Array.isArray(data.tests))
            return;
        const query = typeof data.query === 'string' ? data.query : '';
        const names = (0,catalog.identifiersIn)(query);
        const timeDependent = names.has('ago') || names.has('now') || typeof data.queryPeriod === 'string';
        const mapped = mappedIdentifiers(data);
        const seen = new Map();
        data.tests.forEach((test, index) => {
            if (!(0,records/* isRecord */.u)(test))
                return;
            if (typeof test.name === 'string') {
                const first = seen.get(test.name);
                if (first !== undefined)
                    context.report('LG9101', ['tests', index, 'name'], `Another test (number ${first + 1}) is already named '${test.name}'.`);
                else
                    seen.set(test.name, index);
            }
            if ((0,records/* isRecord */.u)(test.data)) {
                for (const [table, value] of Object.entries(test.data)) {
                    const at = ['tests', index, 'data', table];
                    if (typeof value === 'string')
                        checkFixturePath(context, at, value);
                    if (query)
                        checkDataUsed(context, at, table, query, names);
                }
            }
            if ((0,records/* isRecord */.u)(test.expect))
                checkExpectedEntities(context, index, test.expect.entities, mapped);
            if (timeDependent && test.now === undefined) {
                const why = typeof data.queryPeriod === 'string' ? 'the rule has a query period' : 'the query uses now() or ago()';
                context.report('LG9105', ['tests', index, 'name'], `Set 'now' for this test: ${why}, so without it the result depends on the day the test runs.`);
            }
        });
    },
});

;// CONCATENATED MODULE: ./src/checks/unique-identity.ts
/**
 * Ids and names must be unique across every detection checked, because Sentinel
 * identifies rule templates by id and people by name.
 */

function firstSeen(detections, key, normalize) {
    const seen = new Map();
    const duplicates = [];
    for (const d of detections) {
        const value = d[key];
        if (typeof value !== 'string' || value.trim() === '')
            continue;
        const normalized = normalize(value);
        const first = seen.get(normalized);
        if (first)
            duplicates.push({ later: d, first });
        else
            seen.set(normalized, d);
    }
    return duplicates;
}
function where(d, span) {
    return `${d.file}:${span?.line ?? 1}`;
}
const uniqueIdentityCheck = (0,check/* defineProjectCheck */.fx)({
    name: 'unique-identity',
    rules: ['LG5001', 'LG5002'],
    run(detections, report) {
        // Order by file so "first" is deterministic whatever order files were read in.
        const sorted = [...detections].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
        for (const { later, first } of firstSeen(sorted, 'id', (v) => v.trim().toLowerCase())) {
            report(later.file, 'LG5001', later.idSpan ?? { line: 1, column: 1, endLine: 1, endColumn: 1 }, `Id ${later.id} is also used by ${where(first, first.idSpan)}; give this detection a new GUID.`);
        }
        for (const { later, first } of firstSeen(sorted, 'name', (v) => v.trim().toLowerCase().replace(/\s+/g, ' '))) {
            report(later.file, 'LG5002', later.nameSpan ?? { line: 1, column: 1, endLine: 1, endColumn: 1 }, `Name '${later.name}' is also used by ${where(first, first.nameSpan)}.`);
        }
    },
});

// EXTERNAL MODULE: ./src/checks/rules.ts
var rules = __webpack_require__(12226);
;// CONCATENATED MODULE: ./src/checks/index.ts
/**
 * The registry of checks. "Which checks exist?" and "which check reports rule X?"
 * are lookups here; docs and the parity test are driven from it.
 */







/** Checks run on each detection, in this order. */
const DETECTION_CHECKS = [
    detectionSchemaCheck,
    kqlQueryCheck,
    outputColumnsCheck,
    attackMappingCheck,
    sentinelLimitsCheck,
    testDefinitionsCheck,
];
/** Checks run across all detections. */
const PROJECT_CHECKS = [uniqueIdentityCheck];
/** Rule ids reported by the loader itself rather than by a check. */
const LOADER_RULES = ['LG0001', 'LG0002', 'LG0003', 'LG0004'];
/** Rule ids reported on the repository's function files (parsers) rather than on detections. */
const FUNCTION_FILE_RULES = ['LG2008'];
/** Rule ids reported by the pipeline when a check itself fails. */
const PIPELINE_RULES = ['LG0000'];
/** Which check reports a rule id (`loader` for loading rules). */
const CHECK_OF_RULE = new Map([
    ...LOADER_RULES.map((id) => [id, 'loader']),
    ...PIPELINE_RULES.map((id) => [id, 'pipeline']),
    ...FUNCTION_FILE_RULES.map((id) => [id, 'function files']),
    ...[...DETECTION_CHECKS, ...PROJECT_CHECKS].flatMap((check) => check.rules.map((id) => [id, check.name])),
]);



/***/ }),

/***/ 72755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ catalogFromConfig)
/* harmony export */ });
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73270);

function catalogFromConfig(config) {
    const catalog = new _catalog_js__WEBPACK_IMPORTED_MODULE_0__.Catalog();
    for (const table of config.tables)
        catalog.addTable(table);
    for (const fn of config.functions)
        catalog.addFunction(fn);
    for (const watchlist of config.watchlists)
        catalog.addWatchlist(watchlist);
    return catalog;
}


/***/ }),

/***/ 89601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ entityColumnsOf),
/* harmony export */   _: () => (/* binding */ entityMappingsOf)
/* harmony export */ });
/* harmony import */ var _util_records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79378);
/**
 * A detection's `entityMappings`, read once into plain shapes: the entity type and
 * its field mappings. Malformed parts are skipped here; the schema check reports them.
 */

/** The mappings that name an entity type, in order. */
function entityMappingsOf(data) {
    const out = [];
    for (const mapping of Array.isArray(data.entityMappings) ? data.entityMappings : []) {
        if (!(0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(mapping) || typeof mapping.entityType !== 'string')
            continue;
        const fields = [];
        for (const field of Array.isArray(mapping.fieldMappings) ? mapping.fieldMappings : []) {
            if (!(0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(field) || typeof field.identifier !== 'string')
                continue;
            fields.push({ identifier: field.identifier, columnName: typeof field.columnName === 'string' ? field.columnName : undefined });
        }
        out.push({ entityType: mapping.entityType, fields });
    }
    return out;
}
/** Columns the entity mappings read. */
function entityColumnsOf(data) {
    return [...new Set(entityMappingsOf(data).flatMap((m) => m.fields.flatMap((f) => (f.columnName ? [f.columnName] : []))))];
}


/***/ }),

/***/ 89544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HX: () => (/* binding */ externalDataUriOf),
/* harmony export */   jL: () => (/* binding */ watchlistAliasOf),
/* harmony export */   qP: () => (/* binding */ isAbsoluteOrUrl)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Rules for the names and paths a test's `data:` uses, shared by the check that
 * validates them and the loader that reads the fixtures.
 */

const WATCHLIST_CALL = /^_GetWatchlist\s*\(\s*(['"])(.*)\1\s*\)$/;
/** The alias of a data key written `_GetWatchlist('alias')`, else undefined. */
function watchlistAliasOf(name) {
    return WATCHLIST_CALL.exec(name.trim())?.[2];
}
const EXTERNALDATA_KEY = /^externaldata\s*\(\s*(['"])(.*)\1\s*\)$/;
/** The URI of a data key written `externaldata('uri')` (rows for that externaldata source), else undefined. */
function externalDataUriOf(name) {
    return EXTERNALDATA_KEY.exec(name.trim())?.[2];
}
/** A fixture path that is absolute (POSIX or Windows) or a URL, so never relative to the detection. */
function isAbsoluteOrUrl(value) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(value) || node_path__WEBPACK_IMPORTED_MODULE_0___default().win32.isAbsolute(value) || /^[a-z][a-z0-9+.-]*:/i.test(value);
}


/***/ }),

/***/ 86272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vH: () => (/* binding */ checkFile),
  Cf: () => (/* binding */ checkLoaded)
});

// UNUSED EXPORTS: checkDetection

// EXTERNAL MODULE: ./src/checks/index.ts + 8 modules
var checks = __webpack_require__(21645);
// EXTERNAL MODULE: ./src/checks/check.ts
var checks_check = __webpack_require__(44669);
// EXTERNAL MODULE: ./src/kql/language-service.ts + 1 modules
var language_service = __webpack_require__(80697);
;// CONCATENATED MODULE: ./src/kql/query-facts.ts

/** Analyse the query of a loaded detection (undefined when it has no string query). */
function queryFacts(detection, catalog) {
    const text = detection.data.query;
    if (typeof text !== 'string' || text.trim() === '')
        return undefined;
    return { text, path: ['query'], analysis: (0,language_service/* analyze */.ns)(text, catalog.globalsFor(text)) };
}

// EXTERNAL MODULE: ./src/load/load-detection.ts + 2 modules
var load_detection = __webpack_require__(36035);
;// CONCATENATED MODULE: ./src/pipeline/check-file.ts
/**
 * The unit of validation work: one file in, its findings and identity out.
 * Runs in the main thread or in a worker; its output is plain data (cacheable).
 */




/** Run every per-detection check on a loaded detection. */
function checkDetection(detection, catalog) {
    const findings = [];
    const query = queryFacts(detection, catalog);
    const context = {
        detection,
        query,
        catalog,
        report(ruleId, where, message, options = {}) {
            const span = (0,checks_check/* isSpan */.bl)(where) ? where : detection.source.locate(where, options.at ?? 'value');
            findings.push((0,checks_check/* findingAt */.dz)(detection.file, ruleId, span, message, options.level));
        },
    };
    for (const check of checks/* DETECTION_CHECKS */.O4) {
        try {
            check.run(context);
        }
        catch (error) {
            // A bug in one check must not hide the others' findings or stop the run.
            const detail = process.env.LAKEGUARD_DEBUG ? ` ${error?.stack ?? String(error)}` : '';
            findings.push((0,checks_check/* findingAt */.dz)(detection.file, 'LG0000', { line: 1, column: 1, endLine: 1, endColumn: 1 }, `Internal error in check '${check.name}'.${detail}`));
        }
    }
    return findings;
}
/** Load and check one file. Never throws for bad input. */
async function checkFile(absPath, file, catalog, options = {}) {
    return checkLoaded(await (0,load_detection.loadDetectionFile)(absPath, file, options), file, catalog);
}
/** The checks of a file already loaded (so a caller can read the next files while these run). */
function checkLoaded(outcome, file, catalog) {
    const report = { file, findings: [...outcome.findings] };
    const detection = outcome.detection;
    if (!detection)
        return report;
    const { id, name } = detection.data;
    if (typeof id === 'string') {
        report.id = id;
        report.idSpan = detection.source.locate(['id']);
    }
    if (typeof name === 'string') {
        report.name = name;
        report.nameSpan = detection.source.locate(['name']);
    }
    report.findings.push(...checkDetection(detection, catalog));
    return report;
}


/***/ })

};
