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

/***/ 76673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O4: () => (/* binding */ DETECTION_CHECKS),
  Sh: () => (/* binding */ PROJECT_CHECKS)
});

// UNUSED EXPORTS: CHECK_OF_RULE, LOADER_RULES, PIPELINE_RULES, RULES, RULE_LIST

// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
// EXTERNAL MODULE: ./src/checks/check.ts
var check = __webpack_require__(44669);
;// CONCATENATED MODULE: ./src/data/attack-enterprise.json
const attack_enterprise_namespaceObject = /*#__PURE__*/JSON.parse('{"source":"mitre/cti@421deacb77191b38bdd1bf63268954e93da91365 enterprise-attack/attack-pattern + x-mitre-tactic (commit \'ATT&CK v18.1 Enterprise\', 2025-11-13) - Enterprise ATT&CK v18.1","attackVersion":"18.1","tactics":[{"id":"TA0043","shortName":"reconnaissance","name":"Reconnaissance","sentinelName":"Reconnaissance"},{"id":"TA0042","shortName":"resource-development","name":"Resource Development","sentinelName":"ResourceDevelopment"},{"id":"TA0001","shortName":"initial-access","name":"Initial Access","sentinelName":"InitialAccess"},{"id":"TA0002","shortName":"execution","name":"Execution","sentinelName":"Execution"},{"id":"TA0003","shortName":"persistence","name":"Persistence","sentinelName":"Persistence"},{"id":"TA0004","shortName":"privilege-escalation","name":"Privilege Escalation","sentinelName":"PrivilegeEscalation"},{"id":"TA0005","shortName":"defense-evasion","name":"Defense Evasion","sentinelName":"DefenseEvasion"},{"id":"TA0006","shortName":"credential-access","name":"Credential Access","sentinelName":"CredentialAccess"},{"id":"TA0007","shortName":"discovery","name":"Discovery","sentinelName":"Discovery"},{"id":"TA0008","shortName":"lateral-movement","name":"Lateral Movement","sentinelName":"LateralMovement"},{"id":"TA0009","shortName":"collection","name":"Collection","sentinelName":"Collection"},{"id":"TA0011","shortName":"command-and-control","name":"Command and Control","sentinelName":"CommandAndControl"},{"id":"TA0010","shortName":"exfiltration","name":"Exfiltration","sentinelName":"Exfiltration"},{"id":"TA0040","shortName":"impact","name":"Impact","sentinelName":"Impact"}],"icsTactics":[{"id":"TA0106","shortName":"impair-process-control","name":"Impair Process Control","sentinelName":"ImpairProcessControl"},{"id":"TA0107","shortName":"inhibit-response-function","name":"Inhibit Response Function","sentinelName":"InhibitResponseFunction"}],"techniques":[{"id":"T1001","name":"Data Obfuscation","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1001.001","name":"Junk Data","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1001.002","name":"Steganography","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1001.003","name":"Protocol or Service Impersonation","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1002","name":"Data Compressed","tactics":["exfiltration"],"deprecated":false,"revoked":true},{"id":"T1003","name":"OS Credential Dumping","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1003.001","name":"LSASS Memory","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1003.002","name":"Security Account Manager","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1003.003","name":"NTDS","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1003.004","name":"LSA Secrets","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1003.005","name":"Cached Domain Credentials","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1003.006","name":"DCSync","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1003.007","name":"Proc Filesystem","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1003.008","name":"/etc/passwd and /etc/shadow","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1004","name":"Winlogon Helper DLL","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1005","name":"Data from Local System","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1006","name":"Direct Volume Access","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1007","name":"System Service Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1008","name":"Fallback Channels","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1009","name":"Binary Padding","tactics":["defense-evasion"],"deprecated":false,"revoked":true},{"id":"T1010","name":"Application Window Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1011","name":"Exfiltration Over Other Network Medium","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1011.001","name":"Exfiltration Over Bluetooth","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1012","name":"Query Registry","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1013","name":"Port Monitors","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1014","name":"Rootkit","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1015","name":"Accessibility Features","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1016","name":"System Network Configuration Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1016.001","name":"Internet Connection Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1016.002","name":"Wi-Fi Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1017","name":"Application Deployment Software","tactics":["lateral-movement"],"deprecated":false,"revoked":true},{"id":"T1018","name":"Remote System Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1019","name":"System Firmware","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1020","name":"Automated Exfiltration","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1020.001","name":"Traffic Duplication","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1021","name":"Remote Services","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1021.001","name":"Remote Desktop Protocol","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1021.002","name":"SMB/Windows Admin Shares","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1021.003","name":"Distributed Component Object Model","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1021.004","name":"SSH","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1021.005","name":"VNC","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1021.006","name":"Windows Remote Management","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1021.007","name":"Cloud Services","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1021.008","name":"Direct Cloud VM Connections","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1022","name":"Data Encrypted","tactics":["exfiltration"],"deprecated":false,"revoked":true},{"id":"T1023","name":"Shortcut Modification","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1024","name":"Custom Cryptographic Protocol","tactics":["command-and-control"],"deprecated":false,"revoked":true},{"id":"T1025","name":"Data from Removable Media","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1026","name":"Multiband Communication","tactics":["command-and-control"],"deprecated":true,"revoked":false},{"id":"T1027","name":"Obfuscated Files or Information","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1027.001","name":"Binary Padding","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1027.002","name":"Software Packing","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1027.003","name":"Steganography","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1027.004","name":"Compile After Delivery","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1027.005","name":"Indicator Removal from Tools","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1027.006","name":"HTML Smuggling","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1027.007","name":"Dynamic API Resolution","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1027.008","name":"Stripped Payloads","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1027.009","name":"Embedded Payloads","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1027.010","name":"Command Obfuscation","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1027.011","name":"Fileless Storage","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1027.012","name":"LNK Icon Smuggling","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1027.013","name":"Encrypted/Encoded File","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1027.014","name":"Polymorphic Code","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1027.015","name":"Compression","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1027.016","name":"Junk Code Insertion","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1027.017","name":"SVG Smuggling","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1028","name":"Windows Remote Management","tactics":["execution","lateral-movement"],"deprecated":false,"revoked":true},{"id":"T1029","name":"Scheduled Transfer","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1030","name":"Data Transfer Size Limits","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1031","name":"Modify Existing Service","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1032","name":"Standard Cryptographic Protocol","tactics":["command-and-control"],"deprecated":false,"revoked":true},{"id":"T1033","name":"System Owner/User Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1034","name":"Path Interception","tactics":["persistence","privilege-escalation"],"deprecated":true,"revoked":false},{"id":"T1035","name":"Service Execution","tactics":["execution"],"deprecated":false,"revoked":true},{"id":"T1036","name":"Masquerading","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1036.001","name":"Invalid Code Signature","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1036.002","name":"Right-to-Left Override","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1036.003","name":"Rename Legitimate Utilities","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1036.004","name":"Masquerade Task or Service","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1036.005","name":"Match Legitimate Resource Name or Location","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1036.006","name":"Space after Filename","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1036.007","name":"Double File Extension","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1036.008","name":"Masquerade File Type","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1036.009","name":"Break Process Trees","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1036.010","name":"Masquerade Account Name","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1036.011","name":"Overwrite Process Arguments","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1036.012","name":"Browser Fingerprint","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1037","name":"Boot or Logon Initialization Scripts","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1037.001","name":"Logon Script (Windows)","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1037.002","name":"Login Hook","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1037.003","name":"Network Logon Script","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1037.004","name":"RC Scripts","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1037.005","name":"Startup Items","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1038","name":"DLL Search Order Hijacking","tactics":["persistence","privilege-escalation","defense-evasion"],"deprecated":false,"revoked":true},{"id":"T1039","name":"Data from Network Shared Drive","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1040","name":"Network Sniffing","tactics":["credential-access","discovery"],"deprecated":false,"revoked":false},{"id":"T1041","name":"Exfiltration Over C2 Channel","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1042","name":"Change Default File Association","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1043","name":"Commonly Used Port","tactics":["command-and-control"],"deprecated":true,"revoked":false},{"id":"T1044","name":"File System Permissions Weakness","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1045","name":"Software Packing","tactics":["defense-evasion"],"deprecated":false,"revoked":true},{"id":"T1046","name":"Network Service Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1047","name":"Windows Management Instrumentation","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1048","name":"Exfiltration Over Alternative Protocol","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1048.001","name":"Exfiltration Over Symmetric Encrypted Non-C2 Protocol","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1048.002","name":"Exfiltration Over Asymmetric Encrypted Non-C2 Protocol","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1048.003","name":"Exfiltration Over Unencrypted Non-C2 Protocol","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1049","name":"System Network Connections Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1050","name":"New Service","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1051","name":"Shared Webroot","tactics":["lateral-movement"],"deprecated":true,"revoked":false},{"id":"T1052","name":"Exfiltration Over Physical Medium","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1052.001","name":"Exfiltration over USB","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1053","name":"Scheduled Task/Job","tactics":["execution","persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1053.001","name":"At (Linux)","tactics":["execution","persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1053.002","name":"At","tactics":["execution","persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1053.003","name":"Cron","tactics":["execution","persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1053.004","name":"Launchd","tactics":["execution","persistence","privilege-escalation"],"deprecated":true,"revoked":false},{"id":"T1053.005","name":"Scheduled Task","tactics":["execution","persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1053.006","name":"Systemd Timers","tactics":["execution","persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1053.007","name":"Container Orchestration Job","tactics":["execution","persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1054","name":"Indicator Blocking","tactics":["defense-evasion"],"deprecated":false,"revoked":true},{"id":"T1055","name":"Process Injection","tactics":["defense-evasion","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1055.001","name":"Dynamic-link Library Injection","tactics":["defense-evasion","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1055.002","name":"Portable Executable Injection","tactics":["defense-evasion","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1055.003","name":"Thread Execution Hijacking","tactics":["defense-evasion","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1055.004","name":"Asynchronous Procedure Call","tactics":["defense-evasion","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1055.005","name":"Thread Local Storage","tactics":["defense-evasion","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1055.008","name":"Ptrace System Calls","tactics":["defense-evasion","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1055.009","name":"Proc Memory","tactics":["defense-evasion","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1055.011","name":"Extra Window Memory Injection","tactics":["defense-evasion","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1055.012","name":"Process Hollowing","tactics":["defense-evasion","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1055.013","name":"Process Doppelgänging","tactics":["defense-evasion","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1055.014","name":"VDSO Hijacking","tactics":["defense-evasion","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1055.015","name":"ListPlanting","tactics":["defense-evasion","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1056","name":"Input Capture","tactics":["collection","credential-access"],"deprecated":false,"revoked":false},{"id":"T1056.001","name":"Keylogging","tactics":["collection","credential-access"],"deprecated":false,"revoked":false},{"id":"T1056.002","name":"GUI Input Capture","tactics":["collection","credential-access"],"deprecated":false,"revoked":false},{"id":"T1056.003","name":"Web Portal Capture","tactics":["collection","credential-access"],"deprecated":false,"revoked":false},{"id":"T1056.004","name":"Credential API Hooking","tactics":["collection","credential-access"],"deprecated":false,"revoked":false},{"id":"T1057","name":"Process Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1058","name":"Service Registry Permissions Weakness","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1059","name":"Command and Scripting Interpreter","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1059.001","name":"PowerShell","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1059.002","name":"AppleScript","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1059.003","name":"Windows Command Shell","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1059.004","name":"Unix Shell","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1059.005","name":"Visual Basic","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1059.006","name":"Python","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1059.007","name":"JavaScript","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1059.008","name":"Network Device CLI","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1059.009","name":"Cloud API","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1059.010","name":"AutoHotKey & AutoIT","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1059.011","name":"Lua","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1059.012","name":"Hypervisor CLI","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1059.013","name":"Container CLI/API","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1060","name":"Registry Run Keys / Startup Folder","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1061","name":"Graphical User Interface","tactics":["execution"],"deprecated":true,"revoked":false},{"id":"T1062","name":"Hypervisor","tactics":["persistence"],"deprecated":true,"revoked":false},{"id":"T1063","name":"Security Software Discovery","tactics":["discovery"],"deprecated":false,"revoked":true},{"id":"T1064","name":"Scripting","tactics":["defense-evasion","execution"],"deprecated":true,"revoked":false},{"id":"T1065","name":"Uncommonly Used Port","tactics":["command-and-control"],"deprecated":false,"revoked":true},{"id":"T1066","name":"Indicator Removal from Tools","tactics":["defense-evasion"],"deprecated":false,"revoked":true},{"id":"T1067","name":"Bootkit","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1068","name":"Exploitation for Privilege Escalation","tactics":["privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1069","name":"Permission Groups Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1069.001","name":"Local Groups","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1069.002","name":"Domain Groups","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1069.003","name":"Cloud Groups","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1070","name":"Indicator Removal","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1070.001","name":"Clear Windows Event Logs","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1070.002","name":"Clear Linux or Mac System Logs","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1070.003","name":"Clear Command History","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1070.004","name":"File Deletion","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1070.005","name":"Network Share Connection Removal","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1070.006","name":"Timestomp","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1070.007","name":"Clear Network Connection History and Configurations","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1070.008","name":"Clear Mailbox Data","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1070.009","name":"Clear Persistence","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1070.010","name":"Relocate Malware","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1071","name":"Application Layer Protocol","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1071.001","name":"Web Protocols","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1071.002","name":"File Transfer Protocols","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1071.003","name":"Mail Protocols","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1071.004","name":"DNS","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1071.005","name":"Publish/Subscribe Protocols","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1072","name":"Software Deployment Tools","tactics":["execution","lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1073","name":"DLL Side-Loading","tactics":["defense-evasion"],"deprecated":false,"revoked":true},{"id":"T1074","name":"Data Staged","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1074.001","name":"Local Data Staging","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1074.002","name":"Remote Data Staging","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1075","name":"Pass the Hash","tactics":["lateral-movement"],"deprecated":false,"revoked":true},{"id":"T1076","name":"Remote Desktop Protocol","tactics":["lateral-movement"],"deprecated":false,"revoked":true},{"id":"T1077","name":"Windows Admin Shares","tactics":["lateral-movement"],"deprecated":false,"revoked":true},{"id":"T1078","name":"Valid Accounts","tactics":["defense-evasion","persistence","privilege-escalation","initial-access"],"deprecated":false,"revoked":false},{"id":"T1078.001","name":"Default Accounts","tactics":["defense-evasion","persistence","privilege-escalation","initial-access"],"deprecated":false,"revoked":false},{"id":"T1078.002","name":"Domain Accounts","tactics":["defense-evasion","persistence","privilege-escalation","initial-access"],"deprecated":false,"revoked":false},{"id":"T1078.003","name":"Local Accounts","tactics":["defense-evasion","persistence","privilege-escalation","initial-access"],"deprecated":false,"revoked":false},{"id":"T1078.004","name":"Cloud Accounts","tactics":["defense-evasion","persistence","privilege-escalation","initial-access"],"deprecated":false,"revoked":false},{"id":"T1079","name":"Multilayer Encryption","tactics":["command-and-control"],"deprecated":false,"revoked":true},{"id":"T1080","name":"Taint Shared Content","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1081","name":"Credentials in Files","tactics":["credential-access"],"deprecated":false,"revoked":true},{"id":"T1082","name":"System Information Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1083","name":"File and Directory Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1084","name":"Windows Management Instrumentation Event Subscription","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1085","name":"Rundll32","tactics":["defense-evasion","execution"],"deprecated":false,"revoked":true},{"id":"T1086","name":"PowerShell","tactics":["execution"],"deprecated":false,"revoked":true},{"id":"T1087","name":"Account Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1087.001","name":"Local Account","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1087.002","name":"Domain Account","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1087.003","name":"Email Account","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1087.004","name":"Cloud Account","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1088","name":"Bypass User Account Control","tactics":["defense-evasion","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1089","name":"Disabling Security Tools","tactics":["defense-evasion"],"deprecated":false,"revoked":true},{"id":"T1090","name":"Proxy","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1090.001","name":"Internal Proxy","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1090.002","name":"External Proxy","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1090.003","name":"Multi-hop Proxy","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1090.004","name":"Domain Fronting","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1091","name":"Replication Through Removable Media","tactics":["lateral-movement","initial-access"],"deprecated":false,"revoked":false},{"id":"T1092","name":"Communication Through Removable Media","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1093","name":"Process Hollowing","tactics":["defense-evasion"],"deprecated":false,"revoked":true},{"id":"T1094","name":"Custom Command and Control Protocol","tactics":["command-and-control"],"deprecated":false,"revoked":true},{"id":"T1095","name":"Non-Application Layer Protocol","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1096","name":"NTFS File Attributes","tactics":["defense-evasion"],"deprecated":false,"revoked":true},{"id":"T1097","name":"Pass the Ticket","tactics":["lateral-movement"],"deprecated":false,"revoked":true},{"id":"T1098","name":"Account Manipulation","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1098.001","name":"Additional Cloud Credentials","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1098.002","name":"Additional Email Delegate Permissions","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1098.003","name":"Additional Cloud Roles","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1098.004","name":"SSH Authorized Keys","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1098.005","name":"Device Registration","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1098.006","name":"Additional Container Cluster Roles","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1098.007","name":"Additional Local or Domain Groups","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1099","name":"Timestomp","tactics":["defense-evasion"],"deprecated":false,"revoked":true},{"id":"T1100","name":"Web Shell","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1101","name":"Security Support Provider","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1102","name":"Web Service","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1102.001","name":"Dead Drop Resolver","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1102.002","name":"Bidirectional Communication","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1102.003","name":"One-Way Communication","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1103","name":"AppInit DLLs","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1104","name":"Multi-Stage Channels","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1105","name":"Ingress Tool Transfer","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1106","name":"Native API","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1107","name":"File Deletion","tactics":["defense-evasion"],"deprecated":false,"revoked":true},{"id":"T1108","name":"Redundant Access","tactics":["defense-evasion","persistence"],"deprecated":true,"revoked":false},{"id":"T1109","name":"Component Firmware","tactics":["defense-evasion","persistence"],"deprecated":false,"revoked":true},{"id":"T1110","name":"Brute Force","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1110.001","name":"Password Guessing","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1110.002","name":"Password Cracking","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1110.003","name":"Password Spraying","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1110.004","name":"Credential Stuffing","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1111","name":"Multi-Factor Authentication Interception","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1112","name":"Modify Registry","tactics":["defense-evasion","persistence"],"deprecated":false,"revoked":false},{"id":"T1113","name":"Screen Capture","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1114","name":"Email Collection","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1114.001","name":"Local Email Collection","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1114.002","name":"Remote Email Collection","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1114.003","name":"Email Forwarding Rule","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1115","name":"Clipboard Data","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1116","name":"Code Signing","tactics":["defense-evasion"],"deprecated":false,"revoked":true},{"id":"T1117","name":"Regsvr32","tactics":["defense-evasion","execution"],"deprecated":false,"revoked":true},{"id":"T1118","name":"InstallUtil","tactics":["defense-evasion","execution"],"deprecated":false,"revoked":true},{"id":"T1119","name":"Automated Collection","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1120","name":"Peripheral Device Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1121","name":"Regsvcs/Regasm","tactics":["defense-evasion","execution"],"deprecated":false,"revoked":true},{"id":"T1122","name":"Component Object Model Hijacking","tactics":["defense-evasion","persistence"],"deprecated":false,"revoked":true},{"id":"T1123","name":"Audio Capture","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1124","name":"System Time Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1125","name":"Video Capture","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1126","name":"Network Share Connection Removal","tactics":["defense-evasion"],"deprecated":false,"revoked":true},{"id":"T1127","name":"Trusted Developer Utilities Proxy Execution","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1127.001","name":"MSBuild","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1127.002","name":"ClickOnce","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1127.003","name":"JamPlus","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1128","name":"Netsh Helper DLL","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1129","name":"Shared Modules","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1130","name":"Install Root Certificate","tactics":["defense-evasion"],"deprecated":false,"revoked":true},{"id":"T1131","name":"Authentication Package","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1132","name":"Data Encoding","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1132.001","name":"Standard Encoding","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1132.002","name":"Non-Standard Encoding","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1133","name":"External Remote Services","tactics":["persistence","initial-access"],"deprecated":false,"revoked":false},{"id":"T1134","name":"Access Token Manipulation","tactics":["defense-evasion","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1134.001","name":"Token Impersonation/Theft","tactics":["defense-evasion","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1134.002","name":"Create Process with Token","tactics":["defense-evasion","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1134.003","name":"Make and Impersonate Token","tactics":["defense-evasion","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1134.004","name":"Parent PID Spoofing","tactics":["defense-evasion","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1134.005","name":"SID-History Injection","tactics":["defense-evasion","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1135","name":"Network Share Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1136","name":"Create Account","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1136.001","name":"Local Account","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1136.002","name":"Domain Account","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1136.003","name":"Cloud Account","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1137","name":"Office Application Startup","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1137.001","name":"Office Template Macros","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1137.002","name":"Office Test","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1137.003","name":"Outlook Forms","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1137.004","name":"Outlook Home Page","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1137.005","name":"Outlook Rules","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1137.006","name":"Add-ins","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1138","name":"Application Shimming","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1139","name":"Bash History","tactics":["credential-access"],"deprecated":false,"revoked":true},{"id":"T1140","name":"Deobfuscate/Decode Files or Information","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1141","name":"Input Prompt","tactics":["credential-access"],"deprecated":false,"revoked":true},{"id":"T1142","name":"Keychain","tactics":["credential-access"],"deprecated":false,"revoked":true},{"id":"T1143","name":"Hidden Window","tactics":["defense-evasion"],"deprecated":false,"revoked":true},{"id":"T1144","name":"Gatekeeper Bypass","tactics":["defense-evasion"],"deprecated":false,"revoked":true},{"id":"T1145","name":"Private Keys","tactics":["credential-access"],"deprecated":false,"revoked":true},{"id":"T1146","name":"Clear Command History","tactics":["defense-evasion"],"deprecated":false,"revoked":true},{"id":"T1147","name":"Hidden Users","tactics":["defense-evasion"],"deprecated":false,"revoked":true},{"id":"T1148","name":"HISTCONTROL","tactics":["defense-evasion"],"deprecated":false,"revoked":true},{"id":"T1149","name":"LC_MAIN Hijacking","tactics":["defense-evasion"],"deprecated":true,"revoked":false},{"id":"T1150","name":"Plist Modification","tactics":["defense-evasion","persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1151","name":"Space after Filename","tactics":["defense-evasion","execution"],"deprecated":false,"revoked":true},{"id":"T1152","name":"Launchctl","tactics":["defense-evasion","execution","persistence"],"deprecated":false,"revoked":true},{"id":"T1153","name":"Source","tactics":["execution"],"deprecated":true,"revoked":false},{"id":"T1154","name":"Trap","tactics":["execution","persistence"],"deprecated":false,"revoked":true},{"id":"T1155","name":"AppleScript","tactics":["execution"],"deprecated":false,"revoked":true},{"id":"T1156","name":"Malicious Shell Modification","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1157","name":"Dylib Hijacking","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1158","name":"Hidden Files and Directories","tactics":["defense-evasion","persistence"],"deprecated":false,"revoked":true},{"id":"T1159","name":"Launch Agent","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1160","name":"Launch Daemon","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1161","name":"LC_LOAD_DYLIB Addition","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1162","name":"Login Item","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1163","name":"Rc.common","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1164","name":"Re-opened Applications","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1165","name":"Startup Items","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1166","name":"Setuid and Setgid","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":true},{"id":"T1167","name":"Securityd Memory","tactics":["credential-access"],"deprecated":false,"revoked":true},{"id":"T1168","name":"Local Job Scheduling","tactics":["persistence","execution"],"deprecated":false,"revoked":true},{"id":"T1169","name":"Sudo","tactics":["privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1170","name":"Mshta","tactics":["defense-evasion","execution"],"deprecated":false,"revoked":true},{"id":"T1171","name":"LLMNR/NBT-NS Poisoning and Relay","tactics":["credential-access"],"deprecated":false,"revoked":true},{"id":"T1172","name":"Domain Fronting","tactics":["command-and-control"],"deprecated":false,"revoked":true},{"id":"T1173","name":"Dynamic Data Exchange","tactics":["execution"],"deprecated":false,"revoked":true},{"id":"T1174","name":"Password Filter DLL","tactics":["credential-access"],"deprecated":false,"revoked":true},{"id":"T1175","name":"Component Object Model and Distributed COM","tactics":["lateral-movement","execution"],"deprecated":true,"revoked":false},{"id":"T1176","name":"Software Extensions","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1176.001","name":"Browser Extensions","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1176.002","name":"IDE Extensions","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1177","name":"LSASS Driver","tactics":["execution","persistence"],"deprecated":false,"revoked":true},{"id":"T1178","name":"SID-History Injection","tactics":["privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1179","name":"Hooking","tactics":["persistence","privilege-escalation","credential-access"],"deprecated":false,"revoked":true},{"id":"T1180","name":"Screensaver","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1181","name":"Extra Window Memory Injection","tactics":["defense-evasion","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1182","name":"AppCert DLLs","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1183","name":"Image File Execution Options Injection","tactics":["privilege-escalation","persistence","defense-evasion"],"deprecated":false,"revoked":true},{"id":"T1184","name":"SSH Hijacking","tactics":["lateral-movement"],"deprecated":false,"revoked":true},{"id":"T1185","name":"Browser Session Hijacking","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1186","name":"Process Doppelgänging","tactics":["defense-evasion"],"deprecated":false,"revoked":true},{"id":"T1187","name":"Forced Authentication","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1188","name":"Multi-hop Proxy","tactics":["command-and-control"],"deprecated":false,"revoked":true},{"id":"T1189","name":"Drive-by Compromise","tactics":["initial-access"],"deprecated":false,"revoked":false},{"id":"T1190","name":"Exploit Public-Facing Application","tactics":["initial-access"],"deprecated":false,"revoked":false},{"id":"T1191","name":"CMSTP","tactics":["defense-evasion","execution"],"deprecated":false,"revoked":true},{"id":"T1192","name":"Spearphishing Link","tactics":["initial-access"],"deprecated":false,"revoked":true},{"id":"T1193","name":"Spearphishing Attachment","tactics":["initial-access"],"deprecated":false,"revoked":true},{"id":"T1194","name":"Spearphishing via Service","tactics":["initial-access"],"deprecated":false,"revoked":true},{"id":"T1195","name":"Supply Chain Compromise","tactics":["initial-access"],"deprecated":false,"revoked":false},{"id":"T1195.001","name":"Compromise Software Dependencies and Development Tools","tactics":["initial-access"],"deprecated":false,"revoked":false},{"id":"T1195.002","name":"Compromise Software Supply Chain","tactics":["initial-access"],"deprecated":false,"revoked":false},{"id":"T1195.003","name":"Compromise Hardware Supply Chain","tactics":["initial-access"],"deprecated":false,"revoked":false},{"id":"T1196","name":"Control Panel Items","tactics":["defense-evasion","execution"],"deprecated":false,"revoked":true},{"id":"T1197","name":"BITS Jobs","tactics":["defense-evasion","persistence"],"deprecated":false,"revoked":false},{"id":"T1198","name":"SIP and Trust Provider Hijacking","tactics":["defense-evasion","persistence"],"deprecated":false,"revoked":true},{"id":"T1199","name":"Trusted Relationship","tactics":["initial-access"],"deprecated":false,"revoked":false},{"id":"T1200","name":"Hardware Additions","tactics":["initial-access"],"deprecated":false,"revoked":false},{"id":"T1201","name":"Password Policy Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1202","name":"Indirect Command Execution","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1203","name":"Exploitation for Client Execution","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1204","name":"User Execution","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1204.001","name":"Malicious Link","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1204.002","name":"Malicious File","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1204.003","name":"Malicious Image","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1204.004","name":"Malicious Copy and Paste","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1204.005","name":"Malicious Library","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1205","name":"Traffic Signaling","tactics":["defense-evasion","persistence","command-and-control"],"deprecated":false,"revoked":false},{"id":"T1205.001","name":"Port Knocking","tactics":["defense-evasion","persistence","command-and-control"],"deprecated":false,"revoked":false},{"id":"T1205.002","name":"Socket Filters","tactics":["defense-evasion","persistence","command-and-control"],"deprecated":false,"revoked":false},{"id":"T1206","name":"Sudo Caching","tactics":["privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1207","name":"Rogue Domain Controller","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1208","name":"Kerberoasting","tactics":["credential-access"],"deprecated":false,"revoked":true},{"id":"T1209","name":"Time Providers","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1210","name":"Exploitation of Remote Services","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1211","name":"Exploitation for Defense Evasion","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1212","name":"Exploitation for Credential Access","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1213","name":"Data from Information Repositories","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1213.001","name":"Confluence","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1213.002","name":"Sharepoint","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1213.003","name":"Code Repositories","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1213.004","name":"Customer Relationship Management Software","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1213.005","name":"Messaging Applications","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1213.006","name":"Databases","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1214","name":"Credentials in Registry","tactics":["credential-access"],"deprecated":false,"revoked":true},{"id":"T1215","name":"Kernel Modules and Extensions","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1216","name":"System Script Proxy Execution","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1216.001","name":"PubPrn","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1216.002","name":"SyncAppvPublishingServer","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1217","name":"Browser Information Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1218","name":"System Binary Proxy Execution","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1218.001","name":"Compiled HTML File","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1218.002","name":"Control Panel","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1218.003","name":"CMSTP","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1218.004","name":"InstallUtil","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1218.005","name":"Mshta","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1218.007","name":"Msiexec","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1218.008","name":"Odbcconf","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1218.009","name":"Regsvcs/Regasm","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1218.010","name":"Regsvr32","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1218.011","name":"Rundll32","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1218.012","name":"Verclsid","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1218.013","name":"Mavinject","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1218.014","name":"MMC","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1218.015","name":"Electron Applications","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1219","name":"Remote Access Tools","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1219.001","name":"IDE Tunneling","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1219.002","name":"Remote Desktop Software","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1219.003","name":"Remote Access Hardware","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1220","name":"XSL Script Processing","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1221","name":"Template Injection","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1222","name":"File and Directory Permissions Modification","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1222.001","name":"Windows File and Directory Permissions Modification","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1222.002","name":"Linux and Mac File and Directory Permissions Modification","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1223","name":"Compiled HTML File","tactics":["defense-evasion","execution"],"deprecated":false,"revoked":true},{"id":"T1480","name":"Execution Guardrails","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1480.001","name":"Environmental Keying","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1480.002","name":"Mutual Exclusion","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1482","name":"Domain Trust Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1483","name":"Domain Generation Algorithms","tactics":["command-and-control"],"deprecated":false,"revoked":true},{"id":"T1484","name":"Domain or Tenant Policy Modification","tactics":["defense-evasion","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1484.001","name":"Group Policy Modification","tactics":["defense-evasion","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1484.002","name":"Trust Modification","tactics":["defense-evasion","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1485","name":"Data Destruction","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1485.001","name":"Lifecycle-Triggered Deletion","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1486","name":"Data Encrypted for Impact","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1487","name":"Disk Structure Wipe","tactics":["impact"],"deprecated":false,"revoked":true},{"id":"T1488","name":"Disk Content Wipe","tactics":["impact"],"deprecated":false,"revoked":true},{"id":"T1489","name":"Service Stop","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1490","name":"Inhibit System Recovery","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1491","name":"Defacement","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1491.001","name":"Internal Defacement","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1491.002","name":"External Defacement","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1492","name":"Stored Data Manipulation","tactics":["impact"],"deprecated":false,"revoked":true},{"id":"T1493","name":"Transmitted Data Manipulation","tactics":["impact"],"deprecated":false,"revoked":true},{"id":"T1494","name":"Runtime Data Manipulation","tactics":["impact"],"deprecated":false,"revoked":true},{"id":"T1495","name":"Firmware Corruption","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1496","name":"Resource Hijacking","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1496.001","name":"Compute Hijacking","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1496.002","name":"Bandwidth Hijacking","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1496.003","name":"SMS Pumping","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1496.004","name":"Cloud Service Hijacking","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1497","name":"Virtualization/Sandbox Evasion","tactics":["defense-evasion","discovery"],"deprecated":false,"revoked":false},{"id":"T1497.001","name":"System Checks","tactics":["defense-evasion","discovery"],"deprecated":false,"revoked":false},{"id":"T1497.002","name":"User Activity Based Checks","tactics":["defense-evasion","discovery"],"deprecated":false,"revoked":false},{"id":"T1497.003","name":"Time Based Checks","tactics":["defense-evasion","discovery"],"deprecated":false,"revoked":false},{"id":"T1498","name":"Network Denial of Service","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1498.001","name":"Direct Network Flood","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1498.002","name":"Reflection Amplification","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1499","name":"Endpoint Denial of Service","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1499.001","name":"OS Exhaustion Flood","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1499.002","name":"Service Exhaustion Flood","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1499.003","name":"Application Exhaustion Flood","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1499.004","name":"Application or System Exploitation","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1500","name":"Compile After Delivery","tactics":["defense-evasion"],"deprecated":false,"revoked":true},{"id":"T1501","name":"Systemd Service","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1502","name":"Parent PID Spoofing","tactics":["defense-evasion","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1503","name":"Credentials from Web Browsers","tactics":["credential-access"],"deprecated":false,"revoked":true},{"id":"T1504","name":"PowerShell Profile","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1505","name":"Server Software Component","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1505.001","name":"SQL Stored Procedures","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1505.002","name":"Transport Agent","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1505.003","name":"Web Shell","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1505.004","name":"IIS Components","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1505.005","name":"Terminal Services DLL","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1505.006","name":"vSphere Installation Bundles","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1506","name":"Web Session Cookie","tactics":["defense-evasion","lateral-movement"],"deprecated":false,"revoked":true},{"id":"T1514","name":"Elevated Execution with Prompt","tactics":["privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1518","name":"Software Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1518.001","name":"Security Software Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1518.002","name":"Backup Software Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1519","name":"Emond","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1522","name":"Cloud Instance Metadata API","tactics":["credential-access"],"deprecated":false,"revoked":true},{"id":"T1525","name":"Implant Internal Image","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1526","name":"Cloud Service Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1527","name":"Application Access Token","tactics":["defense-evasion","lateral-movement"],"deprecated":false,"revoked":true},{"id":"T1528","name":"Steal Application Access Token","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1529","name":"System Shutdown/Reboot","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1530","name":"Data from Cloud Storage","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1531","name":"Account Access Removal","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1534","name":"Internal Spearphishing","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1535","name":"Unused/Unsupported Cloud Regions","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1536","name":"Revert Cloud Instance","tactics":["defense-evasion"],"deprecated":false,"revoked":true},{"id":"T1537","name":"Transfer Data to Cloud Account","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1538","name":"Cloud Service Dashboard","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1539","name":"Steal Web Session Cookie","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1542","name":"Pre-OS Boot","tactics":["defense-evasion","persistence"],"deprecated":false,"revoked":false},{"id":"T1542.001","name":"System Firmware","tactics":["persistence","defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1542.002","name":"Component Firmware","tactics":["persistence","defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1542.003","name":"Bootkit","tactics":["persistence","defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1542.004","name":"ROMMONkit","tactics":["defense-evasion","persistence"],"deprecated":false,"revoked":false},{"id":"T1542.005","name":"TFTP Boot","tactics":["defense-evasion","persistence"],"deprecated":false,"revoked":false},{"id":"T1543","name":"Create or Modify System Process","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1543.001","name":"Launch Agent","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1543.002","name":"Systemd Service","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1543.003","name":"Windows Service","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1543.004","name":"Launch Daemon","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1543.005","name":"Container Service","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1546","name":"Event Triggered Execution","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.001","name":"Change Default File Association","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.002","name":"Screensaver","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.003","name":"Windows Management Instrumentation Event Subscription","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.004","name":"Unix Shell Configuration Modification","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.005","name":"Trap","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.006","name":"LC_LOAD_DYLIB Addition","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.007","name":"Netsh Helper DLL","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.008","name":"Accessibility Features","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.009","name":"AppCert DLLs","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.010","name":"AppInit DLLs","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.011","name":"Application Shimming","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.012","name":"Image File Execution Options Injection","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.013","name":"PowerShell Profile","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.014","name":"Emond","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.015","name":"Component Object Model Hijacking","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.016","name":"Installer Packages","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.017","name":"Udev Rules","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1546.018","name":"Python Startup Hooks","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1547","name":"Boot or Logon Autostart Execution","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1547.001","name":"Registry Run Keys / Startup Folder","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1547.002","name":"Authentication Package","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1547.003","name":"Time Providers","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1547.004","name":"Winlogon Helper DLL","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1547.005","name":"Security Support Provider","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1547.006","name":"Kernel Modules and Extensions","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1547.007","name":"Re-opened Applications","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1547.008","name":"LSASS Driver","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1547.009","name":"Shortcut Modification","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1547.010","name":"Port Monitors","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1547.011","name":"Plist Modification","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1547.012","name":"Print Processors","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1547.013","name":"XDG Autostart Entries","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1547.014","name":"Active Setup","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1547.015","name":"Login Items","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1548","name":"Abuse Elevation Control Mechanism","tactics":["privilege-escalation","defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1548.001","name":"Setuid and Setgid","tactics":["privilege-escalation","defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1548.002","name":"Bypass User Account Control","tactics":["privilege-escalation","defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1548.003","name":"Sudo and Sudo Caching","tactics":["privilege-escalation","defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1548.004","name":"Elevated Execution with Prompt","tactics":["privilege-escalation","defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1548.005","name":"Temporary Elevated Cloud Access","tactics":["privilege-escalation","defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1548.006","name":"TCC Manipulation","tactics":["defense-evasion","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1550","name":"Use Alternate Authentication Material","tactics":["defense-evasion","lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1550.001","name":"Application Access Token","tactics":["defense-evasion","lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1550.002","name":"Pass the Hash","tactics":["defense-evasion","lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1550.003","name":"Pass the Ticket","tactics":["defense-evasion","lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1550.004","name":"Web Session Cookie","tactics":["defense-evasion","lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1552","name":"Unsecured Credentials","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1552.001","name":"Credentials In Files","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1552.002","name":"Credentials in Registry","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1552.003","name":"Shell History","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1552.004","name":"Private Keys","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1552.005","name":"Cloud Instance Metadata API","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1552.006","name":"Group Policy Preferences","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1552.007","name":"Container API","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1552.008","name":"Chat Messages","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1553","name":"Subvert Trust Controls","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1553.001","name":"Gatekeeper Bypass","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1553.002","name":"Code Signing","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1553.003","name":"SIP and Trust Provider Hijacking","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1553.004","name":"Install Root Certificate","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1553.005","name":"Mark-of-the-Web Bypass","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1553.006","name":"Code Signing Policy Modification","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1554","name":"Compromise Host Software Binary","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1555","name":"Credentials from Password Stores","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1555.001","name":"Keychain","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1555.002","name":"Securityd Memory","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1555.003","name":"Credentials from Web Browsers","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1555.004","name":"Windows Credential Manager","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1555.005","name":"Password Managers","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1555.006","name":"Cloud Secrets Management Stores","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1556","name":"Modify Authentication Process","tactics":["credential-access","defense-evasion","persistence"],"deprecated":false,"revoked":false},{"id":"T1556.001","name":"Domain Controller Authentication","tactics":["credential-access","defense-evasion","persistence"],"deprecated":false,"revoked":false},{"id":"T1556.002","name":"Password Filter DLL","tactics":["credential-access","defense-evasion","persistence"],"deprecated":false,"revoked":false},{"id":"T1556.003","name":"Pluggable Authentication Modules","tactics":["credential-access","defense-evasion","persistence"],"deprecated":false,"revoked":false},{"id":"T1556.004","name":"Network Device Authentication","tactics":["credential-access","defense-evasion","persistence"],"deprecated":false,"revoked":false},{"id":"T1556.005","name":"Reversible Encryption","tactics":["credential-access","defense-evasion","persistence"],"deprecated":false,"revoked":false},{"id":"T1556.006","name":"Multi-Factor Authentication","tactics":["credential-access","defense-evasion","persistence"],"deprecated":false,"revoked":false},{"id":"T1556.007","name":"Hybrid Identity","tactics":["credential-access","defense-evasion","persistence"],"deprecated":false,"revoked":false},{"id":"T1556.008","name":"Network Provider DLL","tactics":["credential-access","defense-evasion","persistence"],"deprecated":false,"revoked":false},{"id":"T1556.009","name":"Conditional Access Policies","tactics":["credential-access","defense-evasion","persistence"],"deprecated":false,"revoked":false},{"id":"T1557","name":"Adversary-in-the-Middle","tactics":["credential-access","collection"],"deprecated":false,"revoked":false},{"id":"T1557.001","name":"LLMNR/NBT-NS Poisoning and SMB Relay","tactics":["credential-access","collection"],"deprecated":false,"revoked":false},{"id":"T1557.002","name":"ARP Cache Poisoning","tactics":["credential-access","collection"],"deprecated":false,"revoked":false},{"id":"T1557.003","name":"DHCP Spoofing","tactics":["credential-access","collection"],"deprecated":false,"revoked":false},{"id":"T1557.004","name":"Evil Twin","tactics":["credential-access","collection"],"deprecated":false,"revoked":false},{"id":"T1558","name":"Steal or Forge Kerberos Tickets","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1558.001","name":"Golden Ticket","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1558.002","name":"Silver Ticket","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1558.003","name":"Kerberoasting","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1558.004","name":"AS-REP Roasting","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1558.005","name":"Ccache Files","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1559","name":"Inter-Process Communication","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1559.001","name":"Component Object Model","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1559.002","name":"Dynamic Data Exchange","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1559.003","name":"XPC Services","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1560","name":"Archive Collected Data","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1560.001","name":"Archive via Utility","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1560.002","name":"Archive via Library","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1560.003","name":"Archive via Custom Method","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1561","name":"Disk Wipe","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1561.001","name":"Disk Content Wipe","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1561.002","name":"Disk Structure Wipe","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1562","name":"Impair Defenses","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1562.001","name":"Disable or Modify Tools","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1562.002","name":"Disable Windows Event Logging","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1562.003","name":"Impair Command History Logging","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1562.004","name":"Disable or Modify System Firewall","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1562.006","name":"Indicator Blocking","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1562.007","name":"Disable or Modify Cloud Firewall","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1562.008","name":"Disable or Modify Cloud Logs","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1562.009","name":"Safe Mode Boot","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1562.010","name":"Downgrade Attack","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1562.011","name":"Spoof Security Alerting","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1562.012","name":"Disable or Modify Linux Audit System","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1562.013","name":"Disable or Modify Network Device Firewall","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1563","name":"Remote Service Session Hijacking","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1563.001","name":"SSH Hijacking","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1563.002","name":"RDP Hijacking","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1564","name":"Hide Artifacts","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1564.001","name":"Hidden Files and Directories","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1564.002","name":"Hidden Users","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1564.003","name":"Hidden Window","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1564.004","name":"NTFS File Attributes","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1564.005","name":"Hidden File System","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1564.006","name":"Run Virtual Instance","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1564.007","name":"VBA Stomping","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1564.008","name":"Email Hiding Rules","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1564.009","name":"Resource Forking","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1564.010","name":"Process Argument Spoofing","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1564.011","name":"Ignore Process Interrupts","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1564.012","name":"File/Path Exclusions","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1564.013","name":"Bind Mounts","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1564.014","name":"Extended Attributes","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1565","name":"Data Manipulation","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1565.001","name":"Stored Data Manipulation","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1565.002","name":"Transmitted Data Manipulation","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1565.003","name":"Runtime Data Manipulation","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1566","name":"Phishing","tactics":["initial-access"],"deprecated":false,"revoked":false},{"id":"T1566.001","name":"Spearphishing Attachment","tactics":["initial-access"],"deprecated":false,"revoked":false},{"id":"T1566.002","name":"Spearphishing Link","tactics":["initial-access"],"deprecated":false,"revoked":false},{"id":"T1566.003","name":"Spearphishing via Service","tactics":["initial-access"],"deprecated":false,"revoked":false},{"id":"T1566.004","name":"Spearphishing Voice","tactics":["initial-access"],"deprecated":false,"revoked":false},{"id":"T1567","name":"Exfiltration Over Web Service","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1567.001","name":"Exfiltration to Code Repository","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1567.002","name":"Exfiltration to Cloud Storage","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1567.003","name":"Exfiltration to Text Storage Sites","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1567.004","name":"Exfiltration Over Webhook","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1568","name":"Dynamic Resolution","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1568.001","name":"Fast Flux DNS","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1568.002","name":"Domain Generation Algorithms","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1568.003","name":"DNS Calculation","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1569","name":"System Services","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1569.001","name":"Launchctl","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1569.002","name":"Service Execution","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1569.003","name":"Systemctl","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1570","name":"Lateral Tool Transfer","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1571","name":"Non-Standard Port","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1572","name":"Protocol Tunneling","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1573","name":"Encrypted Channel","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1573.001","name":"Symmetric Cryptography","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1573.002","name":"Asymmetric Cryptography","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1574","name":"Hijack Execution Flow","tactics":["persistence","privilege-escalation","defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1574.001","name":"DLL","tactics":["persistence","privilege-escalation","defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1574.002","name":"DLL Side-Loading","tactics":["persistence","privilege-escalation","defense-evasion"],"deprecated":false,"revoked":true},{"id":"T1574.004","name":"Dylib Hijacking","tactics":["persistence","privilege-escalation","defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1574.005","name":"Executable Installer File Permissions Weakness","tactics":["persistence","privilege-escalation","defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1574.006","name":"Dynamic Linker Hijacking","tactics":["persistence","privilege-escalation","defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1574.007","name":"Path Interception by PATH Environment Variable","tactics":["persistence","privilege-escalation","defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1574.008","name":"Path Interception by Search Order Hijacking","tactics":["persistence","privilege-escalation","defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1574.009","name":"Path Interception by Unquoted Path","tactics":["persistence","privilege-escalation","defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1574.010","name":"Services File Permissions Weakness","tactics":["persistence","privilege-escalation","defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1574.011","name":"Services Registry Permissions Weakness","tactics":["persistence","privilege-escalation","defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1574.012","name":"COR_PROFILER","tactics":["persistence","privilege-escalation","defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1574.013","name":"KernelCallbackTable","tactics":["persistence","privilege-escalation","defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1574.014","name":"AppDomainManager","tactics":["persistence","privilege-escalation","defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1578","name":"Modify Cloud Compute Infrastructure","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1578.001","name":"Create Snapshot","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1578.002","name":"Create Cloud Instance","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1578.003","name":"Delete Cloud Instance","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1578.004","name":"Revert Cloud Instance","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1578.005","name":"Modify Cloud Compute Configurations","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1580","name":"Cloud Infrastructure Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1583","name":"Acquire Infrastructure","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1583.001","name":"Domains","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1583.002","name":"DNS Server","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1583.003","name":"Virtual Private Server","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1583.004","name":"Server","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1583.005","name":"Botnet","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1583.006","name":"Web Services","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1583.007","name":"Serverless","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1583.008","name":"Malvertising","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1584","name":"Compromise Infrastructure","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1584.001","name":"Domains","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1584.002","name":"DNS Server","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1584.003","name":"Virtual Private Server","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1584.004","name":"Server","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1584.005","name":"Botnet","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1584.006","name":"Web Services","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1584.007","name":"Serverless","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1584.008","name":"Network Devices","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1585","name":"Establish Accounts","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1585.001","name":"Social Media Accounts","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1585.002","name":"Email Accounts","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1585.003","name":"Cloud Accounts","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1586","name":"Compromise Accounts","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1586.001","name":"Social Media Accounts","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1586.002","name":"Email Accounts","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1586.003","name":"Cloud Accounts","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1587","name":"Develop Capabilities","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1587.001","name":"Malware","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1587.002","name":"Code Signing Certificates","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1587.003","name":"Digital Certificates","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1587.004","name":"Exploits","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1588","name":"Obtain Capabilities","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1588.001","name":"Malware","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1588.002","name":"Tool","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1588.003","name":"Code Signing Certificates","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1588.004","name":"Digital Certificates","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1588.005","name":"Exploits","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1588.006","name":"Vulnerabilities","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1588.007","name":"Artificial Intelligence","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1589","name":"Gather Victim Identity Information","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1589.001","name":"Credentials","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1589.002","name":"Email Addresses","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1589.003","name":"Employee Names","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1590","name":"Gather Victim Network Information","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1590.001","name":"Domain Properties","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1590.002","name":"DNS","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1590.003","name":"Network Trust Dependencies","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1590.004","name":"Network Topology","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1590.005","name":"IP Addresses","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1590.006","name":"Network Security Appliances","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1591","name":"Gather Victim Org Information","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1591.001","name":"Determine Physical Locations","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1591.002","name":"Business Relationships","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1591.003","name":"Identify Business Tempo","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1591.004","name":"Identify Roles","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1592","name":"Gather Victim Host Information","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1592.001","name":"Hardware","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1592.002","name":"Software","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1592.003","name":"Firmware","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1592.004","name":"Client Configurations","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1593","name":"Search Open Websites/Domains","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1593.001","name":"Social Media","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1593.002","name":"Search Engines","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1593.003","name":"Code Repositories","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1594","name":"Search Victim-Owned Websites","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1595","name":"Active Scanning","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1595.001","name":"Scanning IP Blocks","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1595.002","name":"Vulnerability Scanning","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1595.003","name":"Wordlist Scanning","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1596","name":"Search Open Technical Databases","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1596.001","name":"DNS/Passive DNS","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1596.002","name":"WHOIS","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1596.003","name":"Digital Certificates","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1596.004","name":"CDNs","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1596.005","name":"Scan Databases","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1597","name":"Search Closed Sources","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1597.001","name":"Threat Intel Vendors","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1597.002","name":"Purchase Technical Data","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1598","name":"Phishing for Information","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1598.001","name":"Spearphishing Service","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1598.002","name":"Spearphishing Attachment","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1598.003","name":"Spearphishing Link","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1598.004","name":"Spearphishing Voice","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1599","name":"Network Boundary Bridging","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1599.001","name":"Network Address Translation Traversal","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1600","name":"Weaken Encryption","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1600.001","name":"Reduce Key Space","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1600.002","name":"Disable Crypto Hardware","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1601","name":"Modify System Image","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1601.001","name":"Patch System Image","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1601.002","name":"Downgrade System Image","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1602","name":"Data from Configuration Repository","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1602.001","name":"SNMP (MIB Dump)","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1602.002","name":"Network Device Configuration Dump","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1606","name":"Forge Web Credentials","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1606.001","name":"Web Cookies","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1606.002","name":"SAML Tokens","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1608","name":"Stage Capabilities","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1608.001","name":"Upload Malware","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1608.002","name":"Upload Tool","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1608.003","name":"Install Digital Certificate","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1608.004","name":"Drive-by Target","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1608.005","name":"Link Target","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1608.006","name":"SEO Poisoning","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1609","name":"Container Administration Command","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1610","name":"Deploy Container","tactics":["defense-evasion","execution"],"deprecated":false,"revoked":false},{"id":"T1611","name":"Escape to Host","tactics":["privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1612","name":"Build Image on Host","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1613","name":"Container and Resource Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1614","name":"System Location Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1614.001","name":"System Language Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1615","name":"Group Policy Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1619","name":"Cloud Storage Object Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1620","name":"Reflective Code Loading","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1621","name":"Multi-Factor Authentication Request Generation","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1622","name":"Debugger Evasion","tactics":["defense-evasion","discovery"],"deprecated":false,"revoked":false},{"id":"T1647","name":"Plist File Modification","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1648","name":"Serverless Execution","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1649","name":"Steal or Forge Authentication Certificates","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1650","name":"Acquire Access","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1651","name":"Cloud Administration Command","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1652","name":"Device Driver Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1653","name":"Power Settings","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1654","name":"Log Enumeration","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1656","name":"Impersonation","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1657","name":"Financial Theft","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1659","name":"Content Injection","tactics":["initial-access","command-and-control"],"deprecated":false,"revoked":false},{"id":"T1665","name":"Hide Infrastructure","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1666","name":"Modify Cloud Resource Hierarchy","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1667","name":"Email Bombing","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1668","name":"Exclusive Control","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1669","name":"Wi-Fi Networks","tactics":["initial-access"],"deprecated":false,"revoked":false},{"id":"T1671","name":"Cloud Application Integration","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1672","name":"Email Spoofing","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1673","name":"Virtual Machine Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1674","name":"Input Injection","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1675","name":"ESXi Administration Command","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1677","name":"Poisoned Pipeline Execution","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1678","name":"Delay Execution","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1679","name":"Selective Exclusion","tactics":["defense-evasion"],"deprecated":false,"revoked":false},{"id":"T1680","name":"Local Storage Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1681","name":"Search Threat Vendor Data","tactics":["reconnaissance"],"deprecated":false,"revoked":false}]}');
;// CONCATENATED MODULE: ./src/data/attack-enterprise-v19.2.json
const attack_enterprise_v19_2_namespaceObject = /*#__PURE__*/JSON.parse('{"source":"mitre-attack/attack-stix-data enterprise-attack/enterprise-attack-19.2.json @6cda5ad8462c79e14fbb872f4e09059b18e0cfc4 (sha256 dc1639caa5501d720e280cf1cbd8fbe009884a0c9b3e6e9ed9d0c25166c3d8f4) - Enterprise ATT&CK v19.2","attackVersion":"19.2","provenance":{"readFrom":"Shubhmane9503/sigma-ai-abuse-detections@96b0689953ff0ae378eab9a07091b82c2e8fef27 mappings/attack-v19.2/enterprise-attack-19.2.min.json (third-party field extract of the pinned upstream bundle; x_extract_of names the URL+sha256 above)","crossCheckedAgainst":["center-for-threat-informed-defense/attack-flow@295d20d27cefce0a2d309b6c24781545e45f547d src/attack_flow_builder/src/assets/configuration/AttackFlowTemplates/MitreAttack.ts (ATT&CK v19.0 enums: 697 active Enterprise techniques/sub-techniques, names + tactic links) - identical for every active entry","mitre/cti@421deacb77191b38bdd1bf63268954e93da91365 enterprise-attack/attack-pattern (ATT&CK v18.1) - names/flags identical for all revoked/deprecated entries"]},"notes":["ATT&CK v19 retired Defense Evasion: TA0005 is now \'Stealth\' (shortName stealth) and TA0112 \'Defense Impairment\' (defense-impairment) is new. Microsoft Sentinel\'s tactic enum has no Stealth/DefenseImpairment value, so both carry sentinelName DefenseEvasion (many-to-one).","Revoked/deprecated objects keep the tactics MITRE still lists on them (already rewritten from defense-evasion to stealth etc. in v19)."],"tactics":[{"id":"TA0043","shortName":"reconnaissance","name":"Reconnaissance","sentinelName":"Reconnaissance"},{"id":"TA0042","shortName":"resource-development","name":"Resource Development","sentinelName":"ResourceDevelopment"},{"id":"TA0001","shortName":"initial-access","name":"Initial Access","sentinelName":"InitialAccess"},{"id":"TA0002","shortName":"execution","name":"Execution","sentinelName":"Execution"},{"id":"TA0003","shortName":"persistence","name":"Persistence","sentinelName":"Persistence"},{"id":"TA0004","shortName":"privilege-escalation","name":"Privilege Escalation","sentinelName":"PrivilegeEscalation"},{"id":"TA0005","shortName":"stealth","name":"Stealth","sentinelName":"DefenseEvasion"},{"id":"TA0112","shortName":"defense-impairment","name":"Defense Impairment","sentinelName":"DefenseEvasion"},{"id":"TA0006","shortName":"credential-access","name":"Credential Access","sentinelName":"CredentialAccess"},{"id":"TA0007","shortName":"discovery","name":"Discovery","sentinelName":"Discovery"},{"id":"TA0008","shortName":"lateral-movement","name":"Lateral Movement","sentinelName":"LateralMovement"},{"id":"TA0009","shortName":"collection","name":"Collection","sentinelName":"Collection"},{"id":"TA0011","shortName":"command-and-control","name":"Command and Control","sentinelName":"CommandAndControl"},{"id":"TA0010","shortName":"exfiltration","name":"Exfiltration","sentinelName":"Exfiltration"},{"id":"TA0040","shortName":"impact","name":"Impact","sentinelName":"Impact"}],"icsTactics":[{"id":"TA0106","shortName":"impair-process-control","name":"Impair Process Control","sentinelName":"ImpairProcessControl"},{"id":"TA0107","shortName":"inhibit-response-function","name":"Inhibit Response Function","sentinelName":"InhibitResponseFunction"}],"techniques":[{"id":"T1001","name":"Data Obfuscation","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1001.001","name":"Junk Data","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1001.002","name":"Steganography","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1001.003","name":"Protocol or Service Impersonation","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1002","name":"Data Compressed","tactics":["exfiltration"],"deprecated":false,"revoked":true},{"id":"T1003","name":"OS Credential Dumping","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1003.001","name":"LSASS Memory","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1003.002","name":"Security Account Manager","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1003.003","name":"NTDS","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1003.004","name":"LSA Secrets","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1003.005","name":"Cached Domain Credentials","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1003.006","name":"DCSync","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1003.007","name":"Proc Filesystem","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1003.008","name":"/etc/passwd and /etc/shadow","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1004","name":"Winlogon Helper DLL","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1005","name":"Data from Local System","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1006","name":"Direct Volume Access","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1007","name":"System Service Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1008","name":"Fallback Channels","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1009","name":"Binary Padding","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1010","name":"Application Window Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1011","name":"Exfiltration Over Other Network Medium","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1011.001","name":"Exfiltration Over Bluetooth","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1012","name":"Query Registry","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1013","name":"Port Monitors","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1014","name":"Rootkit","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1015","name":"Accessibility Features","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1016","name":"System Network Configuration Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1016.001","name":"Internet Connection Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1016.002","name":"Wi-Fi Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1017","name":"Application Deployment Software","tactics":["lateral-movement"],"deprecated":false,"revoked":true},{"id":"T1018","name":"Remote System Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1019","name":"System Firmware","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1020","name":"Automated Exfiltration","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1020.001","name":"Traffic Duplication","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1021","name":"Remote Services","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1021.001","name":"Remote Desktop Protocol","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1021.002","name":"SMB/Windows Admin Shares","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1021.003","name":"Distributed Component Object Model","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1021.004","name":"SSH","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1021.005","name":"VNC","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1021.006","name":"Windows Remote Management","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1021.007","name":"Cloud Services","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1021.008","name":"Direct Cloud VM Connections","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1022","name":"Data Encrypted","tactics":["exfiltration"],"deprecated":false,"revoked":true},{"id":"T1023","name":"Shortcut Modification","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1024","name":"Custom Cryptographic Protocol","tactics":["command-and-control"],"deprecated":false,"revoked":true},{"id":"T1025","name":"Data from Removable Media","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1026","name":"Multiband Communication","tactics":["command-and-control"],"deprecated":true,"revoked":false},{"id":"T1027","name":"Obfuscated Files or Information","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1027.001","name":"Binary Padding","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1027.002","name":"Software Packing","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1027.003","name":"Steganography","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1027.004","name":"Compile After Delivery","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1027.005","name":"Indicator Removal from Tools","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1027.006","name":"HTML Smuggling","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1027.007","name":"Dynamic API Resolution","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1027.008","name":"Stripped Payloads","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1027.009","name":"Embedded Payloads","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1027.010","name":"Command Obfuscation","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1027.011","name":"Fileless Storage","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1027.012","name":"LNK Icon Smuggling","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1027.013","name":"Encrypted/Encoded File","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1027.014","name":"Polymorphic Code","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1027.015","name":"Compression","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1027.016","name":"Junk Code Insertion","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1027.017","name":"SVG Smuggling","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1027.018","name":"Invisible Unicode","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1028","name":"Windows Remote Management","tactics":["execution","lateral-movement"],"deprecated":false,"revoked":true},{"id":"T1029","name":"Scheduled Transfer","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1030","name":"Data Transfer Size Limits","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1031","name":"Modify Existing Service","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1032","name":"Standard Cryptographic Protocol","tactics":["command-and-control"],"deprecated":false,"revoked":true},{"id":"T1033","name":"System Owner/User Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1034","name":"Path Interception","tactics":["persistence","privilege-escalation"],"deprecated":true,"revoked":false},{"id":"T1035","name":"Service Execution","tactics":["execution"],"deprecated":false,"revoked":true},{"id":"T1036","name":"Masquerading","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1036.001","name":"Invalid Code Signature","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1036.002","name":"Right-to-Left Override","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1036.003","name":"Rename Legitimate Utilities","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1036.004","name":"Masquerade Task or Service","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1036.005","name":"Match Legitimate Resource Name or Location","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1036.006","name":"Space after Filename","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1036.007","name":"Double File Extension","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1036.008","name":"Masquerade File Type","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1036.009","name":"Break Process Trees","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1036.010","name":"Masquerade Account Name","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1036.011","name":"Overwrite Process Arguments","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1036.012","name":"Browser Fingerprint","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1037","name":"Boot or Logon Initialization Scripts","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1037.001","name":"Logon Script (Windows)","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1037.002","name":"Login Hook","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1037.003","name":"Network Logon Script","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1037.004","name":"RC Scripts","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1037.005","name":"Startup Items","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1038","name":"DLL Search Order Hijacking","tactics":["persistence","privilege-escalation","stealth"],"deprecated":false,"revoked":true},{"id":"T1039","name":"Data from Network Shared Drive","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1040","name":"Network Sniffing","tactics":["credential-access","discovery"],"deprecated":false,"revoked":false},{"id":"T1041","name":"Exfiltration Over C2 Channel","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1042","name":"Change Default File Association","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1043","name":"Commonly Used Port","tactics":["command-and-control"],"deprecated":true,"revoked":false},{"id":"T1044","name":"File System Permissions Weakness","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1045","name":"Software Packing","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1046","name":"Network Service Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1047","name":"Windows Management Instrumentation","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1048","name":"Exfiltration Over Alternative Protocol","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1048.001","name":"Exfiltration Over Symmetric Encrypted Non-C2 Protocol","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1048.002","name":"Exfiltration Over Asymmetric Encrypted Non-C2 Protocol","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1048.003","name":"Exfiltration Over Unencrypted Non-C2 Protocol","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1049","name":"System Network Connections Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1050","name":"New Service","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1051","name":"Shared Webroot","tactics":["lateral-movement"],"deprecated":true,"revoked":false},{"id":"T1052","name":"Exfiltration Over Physical Medium","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1052.001","name":"Exfiltration over USB","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1053","name":"Scheduled Task/Job","tactics":["execution","persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1053.001","name":"At (Linux)","tactics":["execution","persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1053.002","name":"At","tactics":["execution","persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1053.003","name":"Cron","tactics":["execution","persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1053.004","name":"Launchd","tactics":["execution","persistence","privilege-escalation"],"deprecated":true,"revoked":false},{"id":"T1053.005","name":"Scheduled Task","tactics":["execution","persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1053.006","name":"Systemd Timers","tactics":["execution","persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1053.007","name":"Container Orchestration Job","tactics":["execution","persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1054","name":"Indicator Blocking","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1055","name":"Process Injection","tactics":["stealth","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1055.001","name":"Dynamic-link Library Injection","tactics":["stealth","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1055.002","name":"Portable Executable Injection","tactics":["stealth","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1055.003","name":"Thread Execution Hijacking","tactics":["stealth","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1055.004","name":"Asynchronous Procedure Call","tactics":["stealth","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1055.005","name":"Thread Local Storage","tactics":["stealth","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1055.008","name":"Ptrace System Calls","tactics":["stealth","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1055.009","name":"Proc Memory","tactics":["stealth","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1055.011","name":"Extra Window Memory Injection","tactics":["stealth","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1055.012","name":"Process Hollowing","tactics":["stealth","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1055.013","name":"Process Doppelgänging","tactics":["stealth","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1055.014","name":"VDSO Hijacking","tactics":["stealth","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1055.015","name":"ListPlanting","tactics":["stealth","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1056","name":"Input Capture","tactics":["collection","credential-access"],"deprecated":false,"revoked":false},{"id":"T1056.001","name":"Keylogging","tactics":["collection","credential-access"],"deprecated":false,"revoked":false},{"id":"T1056.002","name":"GUI Input Capture","tactics":["collection","credential-access"],"deprecated":false,"revoked":false},{"id":"T1056.003","name":"Web Portal Capture","tactics":["collection","credential-access"],"deprecated":false,"revoked":false},{"id":"T1056.004","name":"Credential API Hooking","tactics":["collection","credential-access"],"deprecated":false,"revoked":false},{"id":"T1057","name":"Process Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1058","name":"Service Registry Permissions Weakness","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1059","name":"Command and Scripting Interpreter","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1059.001","name":"PowerShell","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1059.002","name":"AppleScript","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1059.003","name":"Windows Command Shell","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1059.004","name":"Unix Shell","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1059.005","name":"Visual Basic","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1059.006","name":"Python","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1059.007","name":"JavaScript","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1059.008","name":"Network Device CLI","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1059.009","name":"Cloud API","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1059.010","name":"AutoHotKey & AutoIT","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1059.011","name":"Lua","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1059.012","name":"Hypervisor CLI","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1059.013","name":"Container CLI/API","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1060","name":"Registry Run Keys / Startup Folder","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1061","name":"Graphical User Interface","tactics":["execution"],"deprecated":true,"revoked":false},{"id":"T1062","name":"Hypervisor","tactics":["persistence"],"deprecated":true,"revoked":false},{"id":"T1063","name":"Security Software Discovery","tactics":["discovery"],"deprecated":false,"revoked":true},{"id":"T1064","name":"Scripting","tactics":["stealth","execution"],"deprecated":true,"revoked":false},{"id":"T1065","name":"Uncommonly Used Port","tactics":["command-and-control"],"deprecated":false,"revoked":true},{"id":"T1066","name":"Indicator Removal from Tools","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1067","name":"Bootkit","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1068","name":"Exploitation for Privilege Escalation","tactics":["privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1069","name":"Permission Groups Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1069.001","name":"Local Groups","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1069.002","name":"Domain Groups","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1069.003","name":"Cloud Groups","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1070","name":"Indicator Removal","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1070.001","name":"Clear Windows Event Logs","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1070.002","name":"Clear Linux or Mac System Logs","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1070.003","name":"Clear Command History","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1070.004","name":"File Deletion","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1070.005","name":"Network Share Connection Removal","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1070.006","name":"Timestomp","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1070.007","name":"Clear Network Connection History and Configurations","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1070.008","name":"Clear Mailbox Data","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1070.009","name":"Clear Persistence","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1070.010","name":"Relocate Malware","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1071","name":"Application Layer Protocol","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1071.001","name":"Web Protocols","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1071.002","name":"File Transfer Protocols","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1071.003","name":"Mail Protocols","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1071.004","name":"DNS","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1071.005","name":"Publish/Subscribe Protocols","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1072","name":"Software Deployment Tools","tactics":["execution","lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1073","name":"DLL Side-Loading","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1074","name":"Data Staged","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1074.001","name":"Local Data Staging","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1074.002","name":"Remote Data Staging","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1075","name":"Pass the Hash","tactics":["lateral-movement"],"deprecated":false,"revoked":true},{"id":"T1076","name":"Remote Desktop Protocol","tactics":["lateral-movement"],"deprecated":false,"revoked":true},{"id":"T1077","name":"Windows Admin Shares","tactics":["lateral-movement"],"deprecated":false,"revoked":true},{"id":"T1078","name":"Valid Accounts","tactics":["stealth","persistence","privilege-escalation","initial-access"],"deprecated":false,"revoked":false},{"id":"T1078.001","name":"Default Accounts","tactics":["stealth","persistence","privilege-escalation","initial-access"],"deprecated":false,"revoked":false},{"id":"T1078.002","name":"Domain Accounts","tactics":["stealth","persistence","privilege-escalation","initial-access"],"deprecated":false,"revoked":false},{"id":"T1078.003","name":"Local Accounts","tactics":["stealth","persistence","privilege-escalation","initial-access"],"deprecated":false,"revoked":false},{"id":"T1078.004","name":"Cloud Accounts","tactics":["stealth","persistence","privilege-escalation","initial-access"],"deprecated":false,"revoked":false},{"id":"T1079","name":"Multilayer Encryption","tactics":["command-and-control"],"deprecated":false,"revoked":true},{"id":"T1080","name":"Taint Shared Content","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1081","name":"Credentials in Files","tactics":["credential-access"],"deprecated":false,"revoked":true},{"id":"T1082","name":"System Information Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1083","name":"File and Directory Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1084","name":"Windows Management Instrumentation Event Subscription","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1085","name":"Rundll32","tactics":["stealth","execution"],"deprecated":false,"revoked":true},{"id":"T1086","name":"PowerShell","tactics":["execution"],"deprecated":false,"revoked":true},{"id":"T1087","name":"Account Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1087.001","name":"Local Account","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1087.002","name":"Domain Account","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1087.003","name":"Email Account","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1087.004","name":"Cloud Account","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1088","name":"Bypass User Account Control","tactics":["stealth","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1089","name":"Disabling Security Tools","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1090","name":"Proxy","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1090.001","name":"Internal Proxy","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1090.002","name":"External Proxy","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1090.003","name":"Multi-hop Proxy","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1090.004","name":"Domain Fronting","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1091","name":"Replication Through Removable Media","tactics":["lateral-movement","initial-access"],"deprecated":false,"revoked":false},{"id":"T1092","name":"Communication Through Removable Media","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1093","name":"Process Hollowing","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1094","name":"Custom Command and Control Protocol","tactics":["command-and-control"],"deprecated":false,"revoked":true},{"id":"T1095","name":"Non-Application Layer Protocol","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1096","name":"NTFS File Attributes","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1097","name":"Pass the Ticket","tactics":["lateral-movement"],"deprecated":false,"revoked":true},{"id":"T1098","name":"Account Manipulation","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1098.001","name":"Additional Cloud Credentials","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1098.002","name":"Additional Email Delegate Permissions","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1098.003","name":"Additional Cloud Roles","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1098.004","name":"SSH Authorized Keys","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1098.005","name":"Device Registration","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1098.006","name":"Additional Container Cluster Roles","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1098.007","name":"Additional Local or Domain Groups","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1099","name":"Timestomp","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1100","name":"Web Shell","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1101","name":"Security Support Provider","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1102","name":"Web Service","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1102.001","name":"Dead Drop Resolver","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1102.002","name":"Bidirectional Communication","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1102.003","name":"One-Way Communication","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1103","name":"AppInit DLLs","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1104","name":"Multi-Stage Channels","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1105","name":"Ingress Tool Transfer","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1106","name":"Native API","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1107","name":"File Deletion","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1108","name":"Redundant Access","tactics":["stealth","persistence"],"deprecated":true,"revoked":false},{"id":"T1109","name":"Component Firmware","tactics":["stealth","persistence"],"deprecated":false,"revoked":true},{"id":"T1110","name":"Brute Force","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1110.001","name":"Password Guessing","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1110.002","name":"Password Cracking","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1110.003","name":"Password Spraying","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1110.004","name":"Credential Stuffing","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1111","name":"Multi-Factor Authentication Interception","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1112","name":"Modify Registry","tactics":["defense-impairment","persistence"],"deprecated":false,"revoked":false},{"id":"T1113","name":"Screen Capture","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1114","name":"Email Collection","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1114.001","name":"Local Email Collection","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1114.002","name":"Remote Email Collection","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1114.003","name":"Email Forwarding Rule","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1115","name":"Clipboard Data","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1116","name":"Code Signing","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1117","name":"Regsvr32","tactics":["stealth","execution"],"deprecated":false,"revoked":true},{"id":"T1118","name":"InstallUtil","tactics":["stealth","execution"],"deprecated":false,"revoked":true},{"id":"T1119","name":"Automated Collection","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1120","name":"Peripheral Device Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1121","name":"Regsvcs/Regasm","tactics":["stealth","execution"],"deprecated":false,"revoked":true},{"id":"T1122","name":"Component Object Model Hijacking","tactics":["stealth","persistence"],"deprecated":false,"revoked":true},{"id":"T1123","name":"Audio Capture","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1124","name":"System Time Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1125","name":"Video Capture","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1126","name":"Network Share Connection Removal","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1127","name":"Trusted Developer Utilities Proxy Execution","tactics":["stealth","execution"],"deprecated":false,"revoked":false},{"id":"T1127.001","name":"MSBuild","tactics":["stealth","execution"],"deprecated":false,"revoked":false},{"id":"T1127.002","name":"ClickOnce","tactics":["stealth","execution"],"deprecated":false,"revoked":false},{"id":"T1127.003","name":"JamPlus","tactics":["stealth","execution"],"deprecated":false,"revoked":false},{"id":"T1128","name":"Netsh Helper DLL","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1129","name":"Shared Modules","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1130","name":"Install Root Certificate","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1131","name":"Authentication Package","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1132","name":"Data Encoding","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1132.001","name":"Standard Encoding","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1132.002","name":"Non-Standard Encoding","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1133","name":"External Remote Services","tactics":["persistence","initial-access"],"deprecated":false,"revoked":false},{"id":"T1134","name":"Access Token Manipulation","tactics":["stealth","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1134.001","name":"Token Impersonation/Theft","tactics":["stealth","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1134.002","name":"Create Process with Token","tactics":["stealth","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1134.003","name":"Make and Impersonate Token","tactics":["stealth","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1134.004","name":"Parent PID Spoofing","tactics":["stealth","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1134.005","name":"SID-History Injection","tactics":["stealth","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1135","name":"Network Share Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1136","name":"Create Account","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1136.001","name":"Local Account","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1136.002","name":"Domain Account","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1136.003","name":"Cloud Account","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1137","name":"Office Application Startup","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1137.001","name":"Office Template Macros","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1137.002","name":"Office Test","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1137.003","name":"Outlook Forms","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1137.004","name":"Outlook Home Page","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1137.005","name":"Outlook Rules","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1137.006","name":"Add-ins","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1138","name":"Application Shimming","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1139","name":"Bash History","tactics":["credential-access"],"deprecated":false,"revoked":true},{"id":"T1140","name":"Deobfuscate/Decode Files or Information","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1141","name":"Input Prompt","tactics":["credential-access"],"deprecated":false,"revoked":true},{"id":"T1142","name":"Keychain","tactics":["credential-access"],"deprecated":false,"revoked":true},{"id":"T1143","name":"Hidden Window","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1144","name":"Gatekeeper Bypass","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1145","name":"Private Keys","tactics":["credential-access"],"deprecated":false,"revoked":true},{"id":"T1146","name":"Clear Command History","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1147","name":"Hidden Users","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1148","name":"HISTCONTROL","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1149","name":"LC_MAIN Hijacking","tactics":["stealth"],"deprecated":true,"revoked":false},{"id":"T1150","name":"Plist Modification","tactics":["stealth","persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1151","name":"Space after Filename","tactics":["stealth","execution"],"deprecated":false,"revoked":true},{"id":"T1152","name":"Launchctl","tactics":["stealth","execution","persistence"],"deprecated":false,"revoked":true},{"id":"T1153","name":"Source","tactics":["execution"],"deprecated":true,"revoked":false},{"id":"T1154","name":"Trap","tactics":["execution","persistence"],"deprecated":false,"revoked":true},{"id":"T1155","name":"AppleScript","tactics":["execution"],"deprecated":false,"revoked":true},{"id":"T1156","name":"Malicious Shell Modification","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1157","name":"Dylib Hijacking","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1158","name":"Hidden Files and Directories","tactics":["stealth","persistence"],"deprecated":false,"revoked":true},{"id":"T1159","name":"Launch Agent","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1160","name":"Launch Daemon","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1161","name":"LC_LOAD_DYLIB Addition","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1162","name":"Login Item","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1163","name":"Rc.common","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1164","name":"Re-opened Applications","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1165","name":"Startup Items","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1166","name":"Setuid and Setgid","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":true},{"id":"T1167","name":"Securityd Memory","tactics":["credential-access"],"deprecated":false,"revoked":true},{"id":"T1168","name":"Local Job Scheduling","tactics":["persistence","execution"],"deprecated":false,"revoked":true},{"id":"T1169","name":"Sudo","tactics":["privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1170","name":"Mshta","tactics":["stealth","execution"],"deprecated":false,"revoked":true},{"id":"T1171","name":"LLMNR/NBT-NS Poisoning and Relay","tactics":["credential-access"],"deprecated":false,"revoked":true},{"id":"T1172","name":"Domain Fronting","tactics":["command-and-control"],"deprecated":false,"revoked":true},{"id":"T1173","name":"Dynamic Data Exchange","tactics":["execution"],"deprecated":false,"revoked":true},{"id":"T1174","name":"Password Filter DLL","tactics":["credential-access"],"deprecated":false,"revoked":true},{"id":"T1175","name":"Component Object Model and Distributed COM","tactics":["lateral-movement","execution"],"deprecated":true,"revoked":false},{"id":"T1176","name":"Software Extensions","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1176.001","name":"Browser Extensions","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1176.002","name":"IDE Extensions","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1177","name":"LSASS Driver","tactics":["execution","persistence"],"deprecated":false,"revoked":true},{"id":"T1178","name":"SID-History Injection","tactics":["privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1179","name":"Hooking","tactics":["persistence","privilege-escalation","credential-access"],"deprecated":false,"revoked":true},{"id":"T1180","name":"Screensaver","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1181","name":"Extra Window Memory Injection","tactics":["stealth","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1182","name":"AppCert DLLs","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1183","name":"Image File Execution Options Injection","tactics":["privilege-escalation","persistence","stealth"],"deprecated":false,"revoked":true},{"id":"T1184","name":"SSH Hijacking","tactics":["lateral-movement"],"deprecated":false,"revoked":true},{"id":"T1185","name":"Browser Session Hijacking","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1186","name":"Process Doppelgänging","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1187","name":"Forced Authentication","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1188","name":"Multi-hop Proxy","tactics":["command-and-control"],"deprecated":false,"revoked":true},{"id":"T1189","name":"Drive-by Compromise","tactics":["initial-access"],"deprecated":false,"revoked":false},{"id":"T1190","name":"Exploit Public-Facing Application","tactics":["initial-access"],"deprecated":false,"revoked":false},{"id":"T1191","name":"CMSTP","tactics":["stealth","execution"],"deprecated":false,"revoked":true},{"id":"T1192","name":"Spearphishing Link","tactics":["initial-access"],"deprecated":false,"revoked":true},{"id":"T1193","name":"Spearphishing Attachment","tactics":["initial-access"],"deprecated":false,"revoked":true},{"id":"T1194","name":"Spearphishing via Service","tactics":["initial-access"],"deprecated":false,"revoked":true},{"id":"T1195","name":"Supply Chain Compromise","tactics":["initial-access"],"deprecated":false,"revoked":false},{"id":"T1195.001","name":"Compromise Software Dependencies and Development Tools","tactics":["initial-access"],"deprecated":false,"revoked":false},{"id":"T1195.002","name":"Compromise Software Supply Chain","tactics":["initial-access"],"deprecated":false,"revoked":false},{"id":"T1195.003","name":"Compromise Hardware Supply Chain","tactics":["initial-access"],"deprecated":false,"revoked":false},{"id":"T1196","name":"Control Panel Items","tactics":["stealth","execution"],"deprecated":false,"revoked":true},{"id":"T1197","name":"BITS Jobs","tactics":["stealth","persistence","execution"],"deprecated":false,"revoked":false},{"id":"T1198","name":"SIP and Trust Provider Hijacking","tactics":["stealth","persistence"],"deprecated":false,"revoked":true},{"id":"T1199","name":"Trusted Relationship","tactics":["initial-access"],"deprecated":false,"revoked":false},{"id":"T1200","name":"Hardware Additions","tactics":["initial-access"],"deprecated":false,"revoked":false},{"id":"T1201","name":"Password Policy Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1202","name":"Indirect Command Execution","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1203","name":"Exploitation for Client Execution","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1204","name":"User Execution","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1204.001","name":"Malicious Link","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1204.002","name":"Malicious File","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1204.003","name":"Malicious Image","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1204.004","name":"Malicious Copy and Paste","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1204.005","name":"Malicious Library","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1205","name":"Traffic Signaling","tactics":["stealth","persistence","command-and-control"],"deprecated":false,"revoked":false},{"id":"T1205.001","name":"Port Knocking","tactics":["stealth","persistence","command-and-control"],"deprecated":false,"revoked":false},{"id":"T1205.002","name":"Socket Filters","tactics":["stealth","persistence","command-and-control"],"deprecated":false,"revoked":false},{"id":"T1206","name":"Sudo Caching","tactics":["privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1207","name":"Rogue Domain Controller","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1208","name":"Kerberoasting","tactics":["credential-access"],"deprecated":false,"revoked":true},{"id":"T1209","name":"Time Providers","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1210","name":"Exploitation of Remote Services","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1211","name":"Exploitation for Stealth","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1212","name":"Exploitation for Credential Access","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1213","name":"Data from Information Repositories","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1213.001","name":"Confluence","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1213.002","name":"Sharepoint","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1213.003","name":"Code Repositories","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1213.004","name":"Customer Relationship Management Software","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1213.005","name":"Messaging Applications","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1213.006","name":"Databases","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1214","name":"Credentials in Registry","tactics":["credential-access"],"deprecated":false,"revoked":true},{"id":"T1215","name":"Kernel Modules and Extensions","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1216","name":"System Script Proxy Execution","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1216.001","name":"PubPrn","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1216.002","name":"SyncAppvPublishingServer","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1217","name":"Browser Information Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1218","name":"System Binary Proxy Execution","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1218.001","name":"Compiled HTML File","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1218.002","name":"Control Panel","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1218.003","name":"CMSTP","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1218.004","name":"InstallUtil","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1218.005","name":"Mshta","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1218.007","name":"Msiexec","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1218.008","name":"Odbcconf","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1218.009","name":"Regsvcs/Regasm","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1218.010","name":"Regsvr32","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1218.011","name":"Rundll32","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1218.012","name":"Verclsid","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1218.013","name":"Mavinject","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1218.014","name":"MMC","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1218.015","name":"Electron Applications","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1219","name":"Remote Access Tools","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1219.001","name":"IDE Tunneling","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1219.002","name":"Remote Desktop Software","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1219.003","name":"Remote Access Hardware","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1220","name":"XSL Script Processing","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1221","name":"Template Injection","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1222","name":"File and Directory Permissions Modification","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1222.001","name":"Windows Permissions","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1222.002","name":"Linux and Mac Permissions","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1223","name":"Compiled HTML File","tactics":["stealth","execution"],"deprecated":false,"revoked":true},{"id":"T1480","name":"Execution Guardrails","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1480.001","name":"Environmental Keying","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1480.002","name":"Mutual Exclusion","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1482","name":"Domain Trust Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1483","name":"Domain Generation Algorithms","tactics":["command-and-control"],"deprecated":false,"revoked":true},{"id":"T1484","name":"Domain or Tenant Policy Modification","tactics":["defense-impairment","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1484.001","name":"Group Policy Modification","tactics":["defense-impairment","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1484.002","name":"Trust Modification","tactics":["defense-impairment","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1485","name":"Data Destruction","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1485.001","name":"Lifecycle-Triggered Deletion","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1486","name":"Data Encrypted for Impact","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1487","name":"Disk Structure Wipe","tactics":["impact"],"deprecated":false,"revoked":true},{"id":"T1488","name":"Disk Content Wipe","tactics":["impact"],"deprecated":false,"revoked":true},{"id":"T1489","name":"Service Stop","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1490","name":"Inhibit System Recovery","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1491","name":"Defacement","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1491.001","name":"Internal Defacement","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1491.002","name":"External Defacement","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1492","name":"Stored Data Manipulation","tactics":["impact"],"deprecated":false,"revoked":true},{"id":"T1493","name":"Transmitted Data Manipulation","tactics":["impact"],"deprecated":false,"revoked":true},{"id":"T1494","name":"Runtime Data Manipulation","tactics":["impact"],"deprecated":false,"revoked":true},{"id":"T1495","name":"Firmware Corruption","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1496","name":"Resource Hijacking","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1496.001","name":"Compute Hijacking","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1496.002","name":"Bandwidth Hijacking","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1496.003","name":"SMS Pumping","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1496.004","name":"Cloud Service Hijacking","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1497","name":"Virtualization/Sandbox Evasion","tactics":["stealth","discovery"],"deprecated":false,"revoked":false},{"id":"T1497.001","name":"System Checks","tactics":["stealth","discovery"],"deprecated":false,"revoked":false},{"id":"T1497.002","name":"User Activity Based Checks","tactics":["stealth","discovery"],"deprecated":false,"revoked":false},{"id":"T1497.003","name":"Time Based Checks","tactics":["stealth","discovery"],"deprecated":false,"revoked":false},{"id":"T1498","name":"Network Denial of Service","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1498.001","name":"Direct Network Flood","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1498.002","name":"Reflection Amplification","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1499","name":"Endpoint Denial of Service","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1499.001","name":"OS Exhaustion Flood","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1499.002","name":"Service Exhaustion Flood","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1499.003","name":"Application Exhaustion Flood","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1499.004","name":"Application or System Exploitation","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1500","name":"Compile After Delivery","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1501","name":"Systemd Service","tactics":["persistence"],"deprecated":false,"revoked":true},{"id":"T1502","name":"Parent PID Spoofing","tactics":["stealth","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1503","name":"Credentials from Web Browsers","tactics":["credential-access"],"deprecated":false,"revoked":true},{"id":"T1504","name":"PowerShell Profile","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1505","name":"Server Software Component","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1505.001","name":"SQL Stored Procedures","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1505.002","name":"Transport Agent","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1505.003","name":"Web Shell","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1505.004","name":"IIS Components","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1505.005","name":"Terminal Services DLL","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1505.006","name":"vSphere Installation Bundles","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1506","name":"Web Session Cookie","tactics":["stealth","lateral-movement"],"deprecated":false,"revoked":true},{"id":"T1514","name":"Elevated Execution with Prompt","tactics":["privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1518","name":"Software Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1518.001","name":"Security Software Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1518.002","name":"Backup Software Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1519","name":"Emond","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1522","name":"Cloud Instance Metadata API","tactics":["credential-access"],"deprecated":false,"revoked":true},{"id":"T1525","name":"Implant Internal Image","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1526","name":"Cloud Service Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1527","name":"Application Access Token","tactics":["stealth","lateral-movement"],"deprecated":false,"revoked":true},{"id":"T1528","name":"Steal Application Access Token","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1529","name":"System Shutdown/Reboot","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1530","name":"Data from Cloud Storage","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1531","name":"Account Access Removal","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1534","name":"Internal Spearphishing","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1535","name":"Unused/Unsupported Cloud Regions","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1536","name":"Revert Cloud Instance","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1537","name":"Transfer Data to Cloud Account","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1538","name":"Cloud Service Dashboard","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1539","name":"Steal Web Session Cookie","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1542","name":"Pre-OS Boot","tactics":["stealth","persistence"],"deprecated":false,"revoked":false},{"id":"T1542.001","name":"System Firmware","tactics":["stealth","persistence"],"deprecated":false,"revoked":false},{"id":"T1542.002","name":"Component Firmware","tactics":["stealth","persistence"],"deprecated":false,"revoked":false},{"id":"T1542.003","name":"Bootkit","tactics":["stealth","persistence"],"deprecated":false,"revoked":false},{"id":"T1542.004","name":"ROMMONkit","tactics":["stealth","persistence"],"deprecated":false,"revoked":false},{"id":"T1542.005","name":"TFTP Boot","tactics":["stealth","persistence"],"deprecated":false,"revoked":false},{"id":"T1543","name":"Create or Modify System Process","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1543.001","name":"Launch Agent","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1543.002","name":"Systemd Service","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1543.003","name":"Windows Service","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1543.004","name":"Launch Daemon","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1543.005","name":"Container Service","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1546","name":"Event Triggered Execution","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.001","name":"Change Default File Association","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.002","name":"Screensaver","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.003","name":"Windows Management Instrumentation Event Subscription","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.004","name":"Unix Shell Configuration Modification","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.005","name":"Trap","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.006","name":"LC_LOAD_DYLIB Addition","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.007","name":"Netsh Helper DLL","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.008","name":"Accessibility Features","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.009","name":"AppCert DLLs","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.010","name":"AppInit DLLs","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.011","name":"Application Shimming","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.012","name":"Image File Execution Options Injection","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.013","name":"PowerShell Profile","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.014","name":"Emond","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.015","name":"Component Object Model Hijacking","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.016","name":"Installer Packages","tactics":["privilege-escalation","persistence"],"deprecated":false,"revoked":false},{"id":"T1546.017","name":"Udev Rules","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1546.018","name":"Python Startup Hooks","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1547","name":"Boot or Logon Autostart Execution","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1547.001","name":"Registry Run Keys / Startup Folder","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1547.002","name":"Authentication Package","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1547.003","name":"Time Providers","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1547.004","name":"Winlogon Helper DLL","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1547.005","name":"Security Support Provider","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1547.006","name":"Kernel Modules and Extensions","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1547.007","name":"Re-opened Applications","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1547.008","name":"LSASS Driver","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1547.009","name":"Shortcut Modification","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1547.010","name":"Port Monitors","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1547.011","name":"Plist Modification","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":true},{"id":"T1547.012","name":"Print Processors","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1547.013","name":"XDG Autostart Entries","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1547.014","name":"Active Setup","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1547.015","name":"Login Items","tactics":["persistence","privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1548","name":"Abuse Elevation Control Mechanism","tactics":["privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1548.001","name":"Setuid and Setgid","tactics":["privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1548.002","name":"Bypass User Account Control","tactics":["privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1548.003","name":"Sudo and Sudo Caching","tactics":["privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1548.004","name":"Elevated Execution with Prompt","tactics":["privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1548.005","name":"Temporary Elevated Cloud Access","tactics":["privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1548.006","name":"TCC Manipulation","tactics":["privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1550","name":"Use Alternate Authentication Material","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1550.001","name":"Application Access Token","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1550.002","name":"Pass the Hash","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1550.003","name":"Pass the Ticket","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1550.004","name":"Web Session Cookie","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1552","name":"Unsecured Credentials","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1552.001","name":"Credentials In Files","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1552.002","name":"Credentials in Registry","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1552.003","name":"Shell History","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1552.004","name":"Private Keys","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1552.005","name":"Cloud Instance Metadata API","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1552.006","name":"Group Policy Preferences","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1552.007","name":"Container API","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1552.008","name":"Chat Messages","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1553","name":"Subvert Trust Controls","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1553.001","name":"Gatekeeper Bypass","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1553.002","name":"Code Signing","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1553.003","name":"SIP and Trust Provider Hijacking","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1553.004","name":"Install Root Certificate","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1553.005","name":"Mark-of-the-Web Bypass","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1553.006","name":"Code Signing Policy Modification","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1554","name":"Compromise Host Software Binary","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1555","name":"Credentials from Password Stores","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1555.001","name":"Keychain","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1555.002","name":"Securityd Memory","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1555.003","name":"Credentials from Web Browsers","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1555.004","name":"Windows Credential Manager","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1555.005","name":"Password Managers","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1555.006","name":"Cloud Secrets Management Stores","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1556","name":"Modify Authentication Process","tactics":["defense-impairment","persistence","credential-access"],"deprecated":false,"revoked":false},{"id":"T1556.001","name":"Domain Controller Authentication","tactics":["defense-impairment","persistence","credential-access"],"deprecated":false,"revoked":false},{"id":"T1556.002","name":"Password Filter DLL","tactics":["defense-impairment","persistence","credential-access"],"deprecated":false,"revoked":false},{"id":"T1556.003","name":"Pluggable Authentication Modules","tactics":["defense-impairment","persistence","credential-access"],"deprecated":false,"revoked":false},{"id":"T1556.004","name":"Network Device Authentication","tactics":["defense-impairment","persistence","credential-access"],"deprecated":false,"revoked":false},{"id":"T1556.005","name":"Reversible Encryption","tactics":["defense-impairment","persistence","credential-access"],"deprecated":false,"revoked":false},{"id":"T1556.006","name":"Multi-Factor Authentication","tactics":["defense-impairment","persistence","credential-access"],"deprecated":false,"revoked":false},{"id":"T1556.007","name":"Hybrid Identity","tactics":["defense-impairment","persistence","credential-access"],"deprecated":false,"revoked":false},{"id":"T1556.008","name":"Network Provider DLL","tactics":["defense-impairment","persistence","credential-access"],"deprecated":false,"revoked":false},{"id":"T1556.009","name":"Conditional Access Policies","tactics":["defense-impairment","persistence","credential-access"],"deprecated":false,"revoked":false},{"id":"T1557","name":"Adversary-in-the-Middle","tactics":["credential-access","collection"],"deprecated":false,"revoked":false},{"id":"T1557.001","name":"Name Resolution Poisoning and SMB Relay","tactics":["credential-access","collection"],"deprecated":false,"revoked":false},{"id":"T1557.002","name":"ARP Cache Poisoning","tactics":["credential-access","collection"],"deprecated":false,"revoked":false},{"id":"T1557.003","name":"DHCP Spoofing","tactics":["credential-access","collection"],"deprecated":false,"revoked":false},{"id":"T1557.004","name":"Evil Twin","tactics":["credential-access","collection"],"deprecated":false,"revoked":false},{"id":"T1558","name":"Steal or Forge Kerberos Tickets","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1558.001","name":"Golden Ticket","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1558.002","name":"Silver Ticket","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1558.003","name":"Kerberoasting","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1558.004","name":"AS-REP Roasting","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1558.005","name":"Ccache Files","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1559","name":"Inter-Process Communication","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1559.001","name":"Component Object Model","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1559.002","name":"Dynamic Data Exchange","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1559.003","name":"XPC Services","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1560","name":"Archive Collected Data","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1560.001","name":"Archive via Utility","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1560.002","name":"Archive via Library","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1560.003","name":"Archive via Custom Method","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1561","name":"Disk Wipe","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1561.001","name":"Disk Content Wipe","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1561.002","name":"Disk Structure Wipe","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1562","name":"Impair Defenses","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1562.001","name":"Disable or Modify Tools","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1562.002","name":"Disable Windows Event Logging","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1562.003","name":"Impair Command History Logging","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1562.004","name":"Disable or Modify System Firewall","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1562.006","name":"Indicator Blocking","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1562.007","name":"Disable or Modify Cloud Firewall","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1562.008","name":"Disable or Modify Cloud Logs","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1562.009","name":"Safe Mode Boot","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1562.010","name":"Downgrade Attack","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1562.011","name":"Spoof Security Alerting","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1562.012","name":"Disable or Modify Linux Audit System","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1562.013","name":"Disable or Modify Network Device Firewall","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1563","name":"Remote Service Session Hijacking","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1563.001","name":"SSH Hijacking","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1563.002","name":"RDP Hijacking","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1564","name":"Hide Artifacts","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1564.001","name":"Hidden Files and Directories","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1564.002","name":"Hidden Users","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1564.003","name":"Hidden Window","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1564.004","name":"NTFS File Attributes","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1564.005","name":"Hidden File System","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1564.006","name":"Run Virtual Instance","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1564.007","name":"VBA Stomping","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1564.008","name":"Email Hiding Rules","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1564.009","name":"Resource Forking","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1564.010","name":"Process Argument Spoofing","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1564.011","name":"Ignore Process Interrupts","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1564.012","name":"File/Path Exclusions","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1564.013","name":"Bind Mounts","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1564.014","name":"Extended Attributes","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1565","name":"Data Manipulation","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1565.001","name":"Stored Data Manipulation","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1565.002","name":"Transmitted Data Manipulation","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1565.003","name":"Runtime Data Manipulation","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1566","name":"Phishing","tactics":["initial-access"],"deprecated":false,"revoked":false},{"id":"T1566.001","name":"Spearphishing Attachment","tactics":["initial-access"],"deprecated":false,"revoked":false},{"id":"T1566.002","name":"Spearphishing Link","tactics":["initial-access"],"deprecated":false,"revoked":false},{"id":"T1566.003","name":"Spearphishing via Service","tactics":["initial-access"],"deprecated":false,"revoked":false},{"id":"T1566.004","name":"Spearphishing Voice","tactics":["initial-access"],"deprecated":false,"revoked":false},{"id":"T1567","name":"Exfiltration Over Web Service","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1567.001","name":"Exfiltration to Code Repository","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1567.002","name":"Exfiltration to Cloud Storage","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1567.003","name":"Exfiltration to Text Storage Sites","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1567.004","name":"Exfiltration Over Webhook","tactics":["exfiltration"],"deprecated":false,"revoked":false},{"id":"T1568","name":"Dynamic Resolution","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1568.001","name":"Fast Flux DNS","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1568.002","name":"Domain Generation Algorithms","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1568.003","name":"DNS Calculation","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1569","name":"System Services","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1569.001","name":"Launchctl","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1569.002","name":"Service Execution","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1569.003","name":"Systemctl","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1570","name":"Lateral Tool Transfer","tactics":["lateral-movement"],"deprecated":false,"revoked":false},{"id":"T1571","name":"Non-Standard Port","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1572","name":"Protocol Tunneling","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1573","name":"Encrypted Channel","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1573.001","name":"Symmetric Cryptography","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1573.002","name":"Asymmetric Cryptography","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1574","name":"Hijack Execution Flow","tactics":["stealth","execution"],"deprecated":false,"revoked":false},{"id":"T1574.001","name":"DLL","tactics":["stealth","execution"],"deprecated":false,"revoked":false},{"id":"T1574.002","name":"DLL Side-Loading","tactics":["stealth","execution"],"deprecated":false,"revoked":true},{"id":"T1574.004","name":"Dylib Hijacking","tactics":["stealth","execution"],"deprecated":false,"revoked":false},{"id":"T1574.005","name":"Executable Installer File Permissions Weakness","tactics":["stealth","execution"],"deprecated":false,"revoked":false},{"id":"T1574.006","name":"Dynamic Linker Hijacking","tactics":["stealth","execution"],"deprecated":false,"revoked":false},{"id":"T1574.007","name":"Path Interception by PATH Environment Variable","tactics":["stealth","execution"],"deprecated":false,"revoked":false},{"id":"T1574.008","name":"Path Interception by Search Order Hijacking","tactics":["stealth","execution"],"deprecated":false,"revoked":false},{"id":"T1574.009","name":"Path Interception by Unquoted Path","tactics":["stealth","execution"],"deprecated":false,"revoked":false},{"id":"T1574.010","name":"Services File Permissions Weakness","tactics":["stealth","execution"],"deprecated":false,"revoked":false},{"id":"T1574.011","name":"Services Registry Permissions Weakness","tactics":["stealth","execution"],"deprecated":false,"revoked":false},{"id":"T1574.012","name":"COR_PROFILER","tactics":["stealth","execution"],"deprecated":false,"revoked":false},{"id":"T1574.013","name":"KernelCallbackTable","tactics":["stealth","execution"],"deprecated":false,"revoked":false},{"id":"T1574.014","name":"AppDomainManager","tactics":["stealth","execution"],"deprecated":false,"revoked":false},{"id":"T1578","name":"Modify Cloud Compute Infrastructure","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1578.001","name":"Create Snapshot","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1578.002","name":"Create Cloud Instance","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1578.003","name":"Delete Cloud Instance","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1578.004","name":"Revert Cloud Instance","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1578.005","name":"Modify Cloud Compute Configurations","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1580","name":"Cloud Infrastructure Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1583","name":"Acquire Infrastructure","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1583.001","name":"Domains","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1583.002","name":"DNS Server","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1583.003","name":"Virtual Private Server","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1583.004","name":"Server","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1583.005","name":"Botnet","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1583.006","name":"Web Services","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1583.007","name":"Serverless","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1583.008","name":"Malvertising","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1584","name":"Compromise Infrastructure","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1584.001","name":"Domains","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1584.002","name":"DNS Server","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1584.003","name":"Virtual Private Server","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1584.004","name":"Server","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1584.005","name":"Botnet","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1584.006","name":"Web Services","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1584.007","name":"Serverless","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1584.008","name":"Network Devices","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1585","name":"Establish Accounts","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1585.001","name":"Social Media Accounts","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1585.002","name":"Email Accounts","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1585.003","name":"Cloud Accounts","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1586","name":"Compromise Accounts","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1586.001","name":"Social Media Accounts","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1586.002","name":"Email Accounts","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1586.003","name":"Cloud Accounts","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1587","name":"Develop Capabilities","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1587.001","name":"Malware","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1587.002","name":"Code Signing Certificates","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1587.003","name":"Digital Certificates","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1587.004","name":"Exploits","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1588","name":"Obtain Capabilities","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1588.001","name":"Malware","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1588.002","name":"Tool","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1588.003","name":"Code Signing Certificates","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1588.004","name":"Digital Certificates","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1588.005","name":"Exploits","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1588.006","name":"Vulnerabilities","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1588.007","name":"Artificial Intelligence","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1589","name":"Gather Victim Identity Information","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1589.001","name":"Credentials","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1589.002","name":"Email Addresses","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1589.003","name":"Employee Names","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1590","name":"Gather Victim Network Information","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1590.001","name":"Domain Properties","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1590.002","name":"DNS","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1590.003","name":"Network Trust Dependencies","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1590.004","name":"Network Topology","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1590.005","name":"IP Addresses","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1590.006","name":"Network Security Appliances","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1591","name":"Gather Victim Org Information","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1591.001","name":"Determine Physical Locations","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1591.002","name":"Business Relationships","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1591.003","name":"Identify Business Tempo","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1591.004","name":"Identify Roles","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1592","name":"Gather Victim Host Information","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1592.001","name":"Hardware","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1592.002","name":"Software","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1592.003","name":"Firmware","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1592.004","name":"Client Configurations","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1593","name":"Search Open Websites/Domains","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1593.001","name":"Social Media","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1593.002","name":"Search Engines","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1593.003","name":"Code Repositories","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1594","name":"Search Victim-Owned Websites","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1595","name":"Active Scanning","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1595.001","name":"Scanning IP Blocks","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1595.002","name":"Vulnerability Scanning","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1595.003","name":"Wordlist Scanning","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1596","name":"Search Open Technical Databases","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1596.001","name":"DNS/Passive DNS","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1596.002","name":"WHOIS","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1596.003","name":"Digital Certificates","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1596.004","name":"CDNs","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1596.005","name":"Scan Databases","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1597","name":"Search Closed Sources","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1597.001","name":"Threat Intel Vendors","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1597.002","name":"Purchase Technical Data","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1598","name":"Phishing for Information","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1598.001","name":"Spearphishing Service","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1598.002","name":"Spearphishing Attachment","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1598.003","name":"Spearphishing Link","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1598.004","name":"Spearphishing Voice","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1599","name":"Network Boundary Bridging","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1599.001","name":"Network Address Translation Traversal","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1600","name":"Weaken Encryption","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1600.001","name":"Reduce Key Space","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1600.002","name":"Disable Crypto Hardware","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1601","name":"Modify System Image","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1601.001","name":"Patch System Image","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1601.002","name":"Downgrade System Image","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1602","name":"Data from Configuration Repository","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1602.001","name":"SNMP (MIB Dump)","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1602.002","name":"Network Device Configuration Dump","tactics":["collection"],"deprecated":false,"revoked":false},{"id":"T1606","name":"Forge Web Credentials","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1606.001","name":"Web Cookies","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1606.002","name":"SAML Tokens","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1608","name":"Stage Capabilities","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1608.001","name":"Upload Malware","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1608.002","name":"Upload Tool","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1608.003","name":"Install Digital Certificate","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1608.004","name":"Drive-by Target","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1608.005","name":"Link Target","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1608.006","name":"SEO Poisoning","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1609","name":"Container Administration Command","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1610","name":"Deploy Container","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1611","name":"Escape to Host","tactics":["privilege-escalation"],"deprecated":false,"revoked":false},{"id":"T1612","name":"Build Image on Host","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1613","name":"Container and Resource Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1614","name":"System Location Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1614.001","name":"System Language Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1615","name":"Group Policy Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1619","name":"Cloud Storage Object Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1620","name":"Reflective Code Loading","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1621","name":"Multi-Factor Authentication Request Generation","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1622","name":"Debugger Evasion","tactics":["stealth","discovery"],"deprecated":false,"revoked":false},{"id":"T1647","name":"Plist File Modification","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1648","name":"Serverless Execution","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1649","name":"Steal or Forge Authentication Certificates","tactics":["credential-access"],"deprecated":false,"revoked":false},{"id":"T1650","name":"Acquire Access","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1651","name":"Cloud Administration Command","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1652","name":"Device Driver Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1653","name":"Power Settings","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1654","name":"Log Enumeration","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1656","name":"Impersonation","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1657","name":"Financial Theft","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1659","name":"Content Injection","tactics":["initial-access","command-and-control"],"deprecated":false,"revoked":false},{"id":"T1665","name":"Hide Infrastructure","tactics":["command-and-control"],"deprecated":false,"revoked":false},{"id":"T1666","name":"Modify Cloud Resource Hierarchy","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1667","name":"Email Bombing","tactics":["impact"],"deprecated":false,"revoked":false},{"id":"T1668","name":"Exclusive Control","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1669","name":"Wi-Fi Networks","tactics":["initial-access"],"deprecated":false,"revoked":false},{"id":"T1671","name":"Cloud Application Integration","tactics":["persistence"],"deprecated":false,"revoked":false},{"id":"T1672","name":"Email Spoofing","tactics":["stealth"],"deprecated":false,"revoked":true},{"id":"T1673","name":"Virtual Machine Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1674","name":"Input Injection","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1675","name":"ESXi Administration Command","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1677","name":"Poisoned Pipeline Execution","tactics":["execution"],"deprecated":false,"revoked":false},{"id":"T1678","name":"Delay Execution","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1679","name":"Selective Exclusion","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1680","name":"Local Storage Discovery","tactics":["discovery"],"deprecated":false,"revoked":false},{"id":"T1681","name":"Search Threat Vendor Data","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1682","name":"Query Public AI Services","tactics":["reconnaissance"],"deprecated":false,"revoked":false},{"id":"T1683","name":"Generate Content","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1683.001","name":"Written Content","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1683.002","name":"Audio-Visual Content","tactics":["resource-development"],"deprecated":false,"revoked":false},{"id":"T1684","name":"Social Engineering","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1684.001","name":"Impersonation","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1684.002","name":"Email Spoofing","tactics":["stealth"],"deprecated":false,"revoked":false},{"id":"T1685","name":"Disable or Modify Tools","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1685.001","name":"Disable or Modify Windows Event Log","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1685.002","name":"Disable or Modify Cloud Log","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1685.003","name":"Modify or Spoof Tool UI","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1685.004","name":"Disable or Modify Linux Audit System Log","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1685.005","name":"Clear Windows Event Logs","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1685.006","name":"Clear Linux or Mac System Logs","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1686","name":"Disable or Modify System Firewall","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1686.001","name":"Cloud Firewall","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1686.002","name":"Network Device Firewall","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1686.003","name":"Windows Host Firewall","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1687","name":"Exploitation for Defense Impairment","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1688","name":"Safe Mode Boot","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1689","name":"Downgrade Attack","tactics":["defense-impairment"],"deprecated":false,"revoked":false},{"id":"T1690","name":"Prevent Command History Logging","tactics":["defense-impairment"],"deprecated":false,"revoked":false}]}');
;// CONCATENATED MODULE: ./src/checks/data/attack.ts
/**
 * MITRE ATT&CK Enterprise, as bundled in `src/data/` (v18.1 and v19.2). A technique
 * is valid when it exists, not revoked, in either version: public Sentinel rules
 * use v18-era ids and tactic names.
 */


let catalog;
/** The ATT&CK catalog (built on first use). */
function attackCatalog() {
    if (catalog)
        return catalog;
    const files = [attack_enterprise_namespaceObject, attack_enterprise_v19_2_namespaceObject];
    const tactics = new Set();
    const sentinelNameOf = new Map();
    for (const file of files) {
        for (const t of [...file.tactics, ...(file.icsTactics ?? [])]) {
            tactics.add(t.sentinelName);
            sentinelNameOf.set(t.shortName, t.sentinelName);
        }
    }
    const [older, latest] = files;
    const olderById = new Map(older.techniques.map((t) => [t.id, t]));
    const latestById = new Map(latest.techniques.map((t) => [t.id, t]));
    const newInLatest = latest.techniques.filter((t) => !olderById.has(t.id) && !t.revoked);
    const techniques = new Map();
    for (const id of new Set([...olderById.keys(), ...latestById.keys()])) {
        const a = olderById.get(id);
        const b = latestById.get(id);
        const names = new Set();
        for (const t of [a, b])
            for (const shortName of t?.tactics ?? [])
                names.add(sentinelNameOf.get(shortName) ?? shortName);
        const revokedInLatest = b ? b.revoked : false;
        const info = {
            id,
            name: (b ?? a)?.name ?? id,
            tactics: names,
            revokedEverywhere: (a ? a.revoked : true) && (b ? b.revoked : true),
            revokedInLatest,
            revokedInSentinelVersion: a ? a.revoked : false,
            deprecated: Boolean((a && a.deprecated) || (b && b.deprecated)),
        };
        if (revokedInLatest)
            info.replacement = replacementFor(info.name, newInLatest);
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
function replacementFor(name, candidates) {
    const normalized = name.toLowerCase();
    return candidates.find((c) => c.name.toLowerCase() === normalized)?.id;
}

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
        const attack = attackCatalog();
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
        for (const key of TECHNIQUE_KEYS) {
            const list = Array.isArray(data[key]) ? data[key] : [];
            list.forEach((raw, index) => {
                if (typeof raw !== 'string')
                    return;
                const id = raw.trim();
                const path = [key, index];
                if (ICS_TECHNIQUE_ID.test(id))
                    return; // ATT&CK for ICS: accepted, not in the bundled Enterprise data
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
        if (techniqueCount === 0)
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
const DECLARE_FUNCTION = "Declare workspace functions (ASIM parsers, saved functions) under 'functions:' in lakeguard.yaml with their result columns.";
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
    rules: ['LG2001', 'LG2002', 'LG2003', 'LG2004', 'LG2005', 'LG2006'],
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
// EXTERNAL MODULE: ./src/kql/catalog.ts + 1 modules
var kql_catalog = __webpack_require__(86442);
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
    if ((0,fixture_paths/* isAbsoluteOrUrl */.q)(value)) {
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
    const alias = (0,fixture_paths/* watchlistAliasOf */.j)(name);
    if (alias !== undefined) {
        if (!watchlistsRead(query).has(alias.toLowerCase()))
            context.report('LG9103', at, `The query does not read watchlist '${alias}'; these rows are never used.`, { at: 'key' });
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
        const names = (0,kql_catalog.identifiersIn)(query);
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
/** Rule ids reported by the pipeline when a check itself fails. */
const PIPELINE_RULES = ['LG0000'];
/** Which check reports a rule id (`loader` for loading rules). */
const CHECK_OF_RULE = new Map([
    ...LOADER_RULES.map((id) => [id, 'loader']),
    ...PIPELINE_RULES.map((id) => [id, 'pipeline']),
    ...[...DETECTION_CHECKS, ...PROJECT_CHECKS].flatMap((check) => check.rules.map((id) => [id, check.name])),
]);



/***/ }),

/***/ 72755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ catalogFromConfig)
/* harmony export */ });
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86442);

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
/* harmony export */   j: () => (/* binding */ watchlistAliasOf),
/* harmony export */   q: () => (/* binding */ isAbsoluteOrUrl)
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
/** A fixture path that is absolute (POSIX or Windows) or a URL, so never relative to the detection. */
function isAbsoluteOrUrl(value) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(value) || node_path__WEBPACK_IMPORTED_MODULE_0___default().win32.isAbsolute(value) || /^[a-z][a-z0-9+.-]*:/i.test(value);
}


/***/ }),

/***/ 86272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ checkFile)
});

// UNUSED EXPORTS: checkDetection

// EXTERNAL MODULE: ./src/checks/index.ts + 11 modules
var checks = __webpack_require__(76673);
// EXTERNAL MODULE: ./src/checks/check.ts
var checks_check = __webpack_require__(44669);
// EXTERNAL MODULE: ./src/kql/language-service.ts
var language_service = __webpack_require__(83978);
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
    const outcome = await (0,load_detection/* loadDetectionFile */.GJ)(absPath, file, options);
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
