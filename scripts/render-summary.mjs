#!/usr/bin/env node
/**
 * Renders a job summary (Markdown with Mermaid charts) the way GitHub shows it,
 * and screenshots it with headless Chromium, to look at what users will see.
 *
 *   npm install --no-save --prefix /tmp/render mermaid marked   # once
 *   apt-get install chromium                                    # once
 *   node scripts/render-summary.mjs SUMMARY.md OUT.png [/tmp/render]
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [input, output, modules = '/tmp/render'] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node scripts/render-summary.mjs SUMMARY.md OUT.png [node_modules prefix]');
  process.exit(2);
}
const lib = (p) => `file://${path.join(modules, 'node_modules', p)}`;
const markdown = fs.readFileSync(input, 'utf8');
const page = `<!doctype html><html><head><meta charset="utf-8">
<style>body{font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;max-width:1000px;margin:20px;font-size:14px}
table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:4px 8px}</style>
<script src="${lib('marked/lib/marked.umd.js')}"></script><script src="${lib('mermaid/dist/mermaid.min.js')}"></script>
</head><body><div id="out"></div><script>
const renderer = new marked.Renderer();
renderer.code = ({ text, lang }) => (lang === 'mermaid' ? '<pre class="mermaid">' + text + '</pre>' : '<pre><code>' + text + '</code></pre>');
document.getElementById('out').innerHTML = marked.parse(${JSON.stringify(markdown)}, { renderer });
mermaid.initialize({ startOnLoad: false });
mermaid.run();
</script></body></html>`;
const html = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'summary-')), 'summary.html');
fs.writeFileSync(html, page);
execFileSync(
  'chromium',
  [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--allow-file-access-from-files',
    '--virtual-time-budget=10000',
    '--window-size=1100,1600',
    `--screenshot=${path.resolve(output)}`,
    `file://${html}`,
  ],
  { stdio: 'ignore' },
);
console.log(`wrote ${output}`);
