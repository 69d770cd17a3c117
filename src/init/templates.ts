/**
 * What `lakeguard init` writes: an example detection with offline tests, the
 * repository configuration, and the four workflows (pull-request checks,
 * nightly hunts, release test -> gate -> deploy, nightly drift). Kept as text so the bundle carries them.
 */

/** Files by repository-relative path; `{{ACTION}}` becomes the action reference. */
export const INIT_FILES: Readonly<Record<string, string>> = {
  'lakeguard.yaml': `# lakeguard configuration (see the lakeguard README: custom tables, functions and watchlists)
paths: [detections]
failOn: error
# tables:                      # custom tables, e.g. an Azure-Sentinel CustomTables folder
#   - path: custom-tables/
# watchlists:
#   - alias: HighValueAssets
#     columns: { Hostname: string, Owner: string }
`,
  'detections/password-spray-single-source.yaml': `# yaml-language-server: $schema=../schemas/detection.schema.json
id: {{ID}}
name: Password spray from a single address
description: |
  One IP address fails to sign in to five or more different accounts within an
  hour: the shape of a password spray. Successful and interrupted sign-ins
  (ResultType 0, 50125, 50140) do not count.
severity: Medium
kind: Scheduled
queryFrequency: 1h
queryPeriod: 1h
triggerOperator: gt
triggerThreshold: 0
tactics: [CredentialAccess]
relevantTechniques: [T1110, T1110.003]
query: |
  let successCodes = dynamic(["0", "50125", "50140"]);
  SigninLogs
  | where TimeGenerated > ago(1h)
  | where ResultType !in (successCodes)
  | summarize TargetedAccounts = dcount(UserPrincipalName), Accounts = make_set(UserPrincipalName, 20), Failures = count()
      by IPAddress
  | where TargetedAccounts >= 5
entityMappings:
  - entityType: IP
    fieldMappings:
      - identifier: Address
        columnName: IPAddress
customDetails:
  TargetedAccounts: TargetedAccounts
version: 1.0.0

tests:
  - name: fires on one address failing against five accounts
    now: 2025-06-01T12:00:00Z
    data:
      SigninLogs:
        - { TimeGenerated: 2025-06-01T11:10:00Z, IPAddress: 203.0.113.5, UserPrincipalName: ann@contoso.com, ResultType: "50126" }
        - { TimeGenerated: 2025-06-01T11:11:00Z, IPAddress: 203.0.113.5, UserPrincipalName: ben@contoso.com, ResultType: "50126" }
        - { TimeGenerated: 2025-06-01T11:12:00Z, IPAddress: 203.0.113.5, UserPrincipalName: cat@contoso.com, ResultType: "50126" }
        - { TimeGenerated: 2025-06-01T11:13:00Z, IPAddress: 203.0.113.5, UserPrincipalName: dan@contoso.com, ResultType: "50126" }
        - { TimeGenerated: 2025-06-01T11:14:00Z, IPAddress: 203.0.113.5, UserPrincipalName: eve@contoso.com, ResultType: "50053" }
        - { TimeGenerated: 2025-06-01T11:20:00Z, IPAddress: 198.51.100.7, UserPrincipalName: ann@contoso.com, ResultType: "0" }
    expect:
      triggered: true
      rows: { min: 1, max: 1 }
      entities:
        - IP: { Address: 203.0.113.5 }
  - name: quiet on one user mistyping a password
    now: 2025-06-01T12:00:00Z
    data:
      SigninLogs:
        - { TimeGenerated: 2025-06-01T11:10:00Z, IPAddress: 198.51.100.7, UserPrincipalName: ann@contoso.com, ResultType: "50126" }
        - { TimeGenerated: 2025-06-01T11:11:00Z, IPAddress: 198.51.100.7, UserPrincipalName: ann@contoso.com, ResultType: "50126" }
        - { TimeGenerated: 2025-06-01T11:12:00Z, IPAddress: 198.51.100.7, UserPrincipalName: ann@contoso.com, ResultType: "0" }
    expect: { triggered: false }
`,
  '.github/workflows/lakeguard-pr.yml': `# Pull requests: static checks and offline tests of the detections the pull request touches.
name: lakeguard (pull request)
on:
  pull_request:
    paths: ['detections/**', 'lakeguard.yaml']
permissions:
  contents: read
  pull-requests: read      # list the pull request's changed files
  security-events: write   # upload SARIF to code scanning
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - id: lakeguard
        uses: {{ACTION}}
        with:
          command: test
          sarif-file: lakeguard.sarif
          junit-file: lakeguard-junit.xml
      - if: always() && steps.lakeguard.outputs.sarif-file != ''
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: lakeguard.sarif
          category: lakeguard
      - if: always()
        uses: actions/upload-artifact@v4
        with:
          name: lakeguard-reports
          path: |
            lakeguard.sarif
            lakeguard-junit.xml
            \${{ steps.lakeguard.outputs.report-file }}
`,
  '.github/workflows/lakeguard-hunt.yml': `# Nightly hunts: run every detection over its window on the Sentinel data lake.
# Needs a federated credential on the app registration for
#   repo:<owner>/<repo>:ref:refs/heads/main
# and the repository variables AZURE_TENANT_ID, AZURE_CLIENT_ID, LAKE_DATABASE.
name: lakeguard (nightly hunt)
on:
  schedule:
    - cron: '17 3 * * *'
  workflow_dispatch:
permissions:
  contents: read
  id-token: write          # GitHub OIDC token for Entra, no stored secret
jobs:
  hunt:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - id: lakeguard
        uses: {{ACTION}}
        with:
          command: run
          tenant-id: \${{ vars.AZURE_TENANT_ID }}
          client-id: \${{ vars.AZURE_CLIENT_ID }}
          database: \${{ vars.LAKE_DATABASE }}
          show-results: entities
      - if: always()
        uses: actions/upload-artifact@v4
        with:
          name: lakeguard-hunt
          path: \${{ steps.lakeguard.outputs.report-file }}
`,
  '.github/workflows/lakeguard-release.yml': `# Release: on a version tag, test -> gate -> deploy. Every detection must pass its
# checks and offline tests, then run cleanly on the lake within its limits and alert
# budget; only then are the analytic rules deployed to the workspace (writing only
# what differs, pruning the rules this repository deployed and has since removed).
# Needs federated credentials for  repo:<owner>/<repo>:ref:refs/tags/<tag>  (gate)
# and  repo:<owner>/<repo>:environment:production  (deploy), the repository
# variables AZURE_TENANT_ID, AZURE_CLIENT_ID, LAKE_DATABASE, AZURE_SUBSCRIPTION_ID,
# SENTINEL_RESOURCE_GROUP, SENTINEL_WORKSPACE, and Microsoft Sentinel Contributor
# on the workspace for the app.
name: lakeguard (release)
on:
  push:
    tags: ['v*']
permissions:
  contents: read
  id-token: write
jobs:
  gate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: {{ACTION}}
        with:
          command: test
      - id: gate
        uses: {{ACTION}}
        with:
          command: run
          gate: true
          tenant-id: \${{ vars.AZURE_TENANT_ID }}
          client-id: \${{ vars.AZURE_CLIENT_ID }}
          database: \${{ vars.LAKE_DATABASE }}
      - uses: {{ACTION}}
        with:
          command: export
          export-dir: arm-templates
      - uses: actions/upload-artifact@v4
        with:
          name: sentinel-arm-templates
          path: arm-templates/
  deploy:
    needs: gate
    runs-on: ubuntu-latest
    environment: production   # approvals and the federated-credential subject
    steps:
      - uses: actions/checkout@v4
      - uses: {{ACTION}}
        with:
          command: deploy
          prune: true
          tenant-id: \${{ vars.AZURE_TENANT_ID }}
          client-id: \${{ vars.AZURE_CLIENT_ID }}
          subscription-id: \${{ vars.AZURE_SUBSCRIPTION_ID }}
          resource-group: \${{ vars.SENTINEL_RESOURCE_GROUP }}
          workspace: \${{ vars.SENTINEL_WORKSPACE }}
`,
  '.github/workflows/lakeguard-drift.yml': `# Nightly drift: fail when the workspace no longer matches the repository (a rule
# edited or disabled in the portal, a rule missing, a rule of this repository left
# behind). Each difference is an error at the line of its key in the YAML.
# Needs a federated credential for  repo:<owner>/<repo>:ref:refs/heads/main  and
# Microsoft Sentinel Reader on the workspace.
name: lakeguard (nightly drift)
on:
  schedule:
    - cron: '41 4 * * *'
  workflow_dispatch:
permissions:
  contents: read
  id-token: write
jobs:
  drift:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: {{ACTION}}
        with:
          command: drift
          tenant-id: \${{ vars.AZURE_TENANT_ID }}
          client-id: \${{ vars.AZURE_CLIENT_ID }}
          subscription-id: \${{ vars.AZURE_SUBSCRIPTION_ID }}
          resource-group: \${{ vars.SENTINEL_RESOURCE_GROUP }}
          workspace: \${{ vars.SENTINEL_WORKSPACE }}
`,
};
