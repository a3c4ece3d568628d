// Weekly's search against Pagefind on one built site, in Chromium (issue #17; run by bench/search-compare.sh).
//
//   node bench/search-compare.mjs SITE_DIR [--ours-only]
//
// SITE_DIR is a Weekly build with Pagefind's index in SITE_DIR/pagefind/ (pagefind --site SITE_DIR ...).
// For each of the ten queries written down in bench/RESULTS.md, in a fresh browser context (empty cache):
//   ours:     opens /search/?q=… and reads the result list (search.js + the index files it fetches);
//   Pagefind: opens /search/ with our script blocked, imports /pagefind/pagefind.js, runs search(q) and loads
//             the data of the first 10 results, as its UI does for the results it shows.
// Bytes: every file fetched under /search/ and /assets/js/search.js (ours) or /pagefind/ (Pagefind), raw and as
// sent compressed (gzip -9 of the file; Pagefind's .pf_* and wasm files are gzip already, so sent as they are).
// A result is right when its story page's text (headline and body) meets the query's test below (RESULTS.md).
// Prints a Markdown table. Needs tests/browser's node_modules (npm ci there) and /usr/bin/chromium.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '..', 'tests', 'browser', 'package.json'));
const { chromium } = require('playwright-core');

const site = path.resolve(process.argv[2] ?? '');
const oursOnly = process.argv.includes('--ours-only');
if (!fs.existsSync(path.join(site, 'search', 'index.json'))) {
  console.error('usage: node bench/search-compare.mjs SITE_DIR [--ours-only]  (a Weekly build with pagefind/ inside)');
  process.exit(2);
}

const has = (...parts) => (text) => parts.every((p) => text.includes(p));
/** The ten queries of bench/RESULTS.md: query, test of a right story's text (lower case), words a headline shows. */
const queries = [
  ['Fuzhou', has('fuzhou'), ['fuzhou']],
  ['Inner Mongolia', has('inner mongolia'), ['inner mongolia']],
  ["Xi'an", has("xi'an"), ["xi'an"]],
  ['"digital economy"', has('digital economy'), ['digital economy']],
  ['copyright protection', has('copyright', 'protection'), ['copyright', 'protection']],
  ['Shenzen', has('shenzhen'), ['shenzhen']],
  ['finacial', has('financial'), ['financial']],
  ["People's Bank of China", has("people's bank of china"), ["people's bank of china"]],
  ['Tencent Cloud BaaS', has('tencent cloud', 'baas'), ['tencent cloud', 'baas']],
  ['electronic invoices Shenzhen', has('electronic invoice', 'shenzhen'), ['electronic invoice', 'shenzhen']],
];

const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json' };
const server = createServer((req, res) => {
  let file = path.join(site, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!file.startsWith(site) || !fs.existsSync(file)) { res.writeHead(404).end(); return; }
  res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
  res.end(fs.readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });

/** Raw and sent (compressed) bytes of the site files at these paths. */
function bytes(paths) {
  let raw = 0;
  let sent = 0;
  for (const p of new Set(paths)) {
    const data = fs.readFileSync(path.join(site, decodeURIComponent(p)));
    raw += data.length;
    const gzipped = data[0] === 0x1f && data[1] === 0x8b;
    sent += gzipped ? data.length : Math.min(data.length, zlib.gzipSync(data, { level: 9 }).length);
  }
  return { raw, sent };
}

const storyText = new Map();
/** The story page's headline and body, lower case, entities decoded. */
function text(url) {
  if (!storyText.has(url)) {
    const html = fs.readFileSync(path.join(site, decodeURIComponent(url), 'index.html'), 'utf8');
    const article = (html.match(/<article class="story story-page">([\s\S]*?)<\/article>/) ?? ['', ''])[1]
      .replace(/<p class="meta">[\s\S]*?<\/p>/g, ' ').replace(/<dl class="term-links">[\s\S]*?<\/dl>/, ' ');
    const headline = (article.match(/<h1>([\s\S]*?)<\/h1>/) ?? ['', ''])[1];
    const decode = (s) => s.replace(/<[^>]+>/g, ' ').replace(/&#39;|&#x27;|’/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').toLowerCase();
    storyText.set(url, { all: decode(article), headline: decode(headline) });
  }
  return storyText.get(url);
}

async function run(engine, query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = [];
  page.on('request', (r) => {
    const p = new URL(r.url()).pathname;
    if (engine === 'ours' ? p.startsWith('/search/') && p.endsWith('.json') || p === '/assets/js/search.js' : p.startsWith('/pagefind/')) fetched.push(p);
  });
  let urls;
  if (engine === 'ours') {
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
    // The status line says how many match; results are in when listed (or when none match).
    await page.waitForFunction(() => {
      const said = document.getElementById('search-status').textContent;
      return /match/.test(said) && (/^No stories/.test(said) || document.querySelectorAll('#search-results li').length > 0);
    }, null, { timeout: 60000 });
    urls = (await page.$$eval('#search-results h2 a', (l) => l.map((a) => new URL(a.href).pathname))).slice(0, 10);
  } else {
    await page.route('**/assets/js/search.js', (r) => r.abort());
    await page.goto(`${origin}/search/`);
    urls = await page.evaluate(async (q) => {
      const pagefind = await import('/pagefind/pagefind.js');
      const search = await pagefind.search(q);
      const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
      return data.map((d) => new URL(d.url, location.href).pathname);
    }, query);
  }
  await context.close();
  return { urls, ...bytes(fetched), files: new Set(fetched).size };
}

const rows = [];
for (const [query, right, words] of queries) {
  for (const engine of oursOnly ? ['ours'] : ['ours', 'pagefind']) {
    const r = await run(engine, query);
    const good = r.urls.filter((u) => right(text(u).all)).length;
    const first = r.urls[0] ? text(r.urls[0]) : null;
    const firstRight = first !== null && right(first.all);
    const firstHeadline = firstRight && words.some((w) => first.headline.includes(w));
    rows.push(`| ${query.replace(/\|/g, '\\|')} | ${engine} | ${good}/${r.urls.length} | ${firstRight ? 'yes' : 'no'}${firstHeadline ? ', in headline' : ''} | ${r.files} | ${(r.raw / 1024).toFixed(1)} | ${(r.sent / 1024).toFixed(1)} |`);
    console.error(rows.at(-1));
  }
}
console.log('| query | engine | right in top 10 | first result right | files fetched | KB raw | KB sent (gzip) |');
console.log('| --- | --- | ---: | --- | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
await browser.close();
server.close();
