// Browser tests of the real site (issue #5): builds it with the weekly CLI, serves it on 127.0.0.1
// like Netlify (404.html for unknown paths), and drives Debian's Chromium with playwright-core.
// - a reader's journey by clicking links: home → latest issue → a story → its region → its topic;
// - search for "Fuzhou" and "copyright" returns exactly the stories whose text has those words;
// - no console error on any page; screenshots at 390 and 1280 px in tests/artifacts/screenshots/;
// - axe-core: no violations on ten pages in the light and dark colour schemes;
// - issue #17: the maps' accessible names and links, chart and map labels ≥ 12 px at 360 px, the folded
//   "In this issue" on a phone, every page under 100 KB of HTML+CSS+JS;
// - safety: a 200-letter word in a neighbour's headline keeps a 360 px page within the screen; a query with no words says so;
// - the Nu HTML Checker (vnu-jar, with the machine's java): no errors on any page or stylesheet.
// Run: `npm ci --ignore-scripts && npm test` in tests/browser (bash .ci/run does it).
// WEEKLY_SITE_DIR=<built site> skips the build; CHROMIUM=<path> overrides /usr/bin/chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const artifacts = path.join(repo, 'tests', 'artifacts');
const shots = path.join(artifacts, 'screenshots');
const siteDir = process.env.WEEKLY_SITE_DIR
  ? path.resolve(process.env.WEEKLY_SITE_DIR)
  : path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'weekly-browser-')), 'site');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const flags = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
const widths = [390, 1280];
const issueSlug = '000-680a3467cedacbca';

let server;
let origin;
let browser;

const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.xml': 'application/xml', '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8',
};

function serve(root) {
  return createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!fs.existsSync(file)) { status = 404; file = path.join(root, '404.html'); }
    res.writeHead(status, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
}

before(async () => {
  if (!process.env.WEEKLY_SITE_DIR) {
    const build = spawnSync('dotnet', ['run', '--project', 'src/Weekly.Cli', '-c', 'Release', '--', 'build', '--output', siteDir, '--force'],
      { cwd: repo, encoding: 'utf8' });
    assert.equal(build.status, 0, `build failed:\n${build.stdout}\n${build.stderr}`);
  }
  assert.ok(fs.existsSync(path.join(siteDir, 'index.html')), `no site in ${siteDir}`);
  fs.mkdirSync(shots, { recursive: true });
  server = serve(siteDir);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: chromiumPath, args: flags });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  if (!process.env.WEEKLY_SITE_DIR) fs.rmSync(path.dirname(siteDir), { recursive: true, force: true });
});

/** A page that records console errors and uncaught exceptions. */
async function open(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(`${page.url()}: ${m.text()}`); });
  page.on('pageerror', (e) => page.errors.push(`${page.url()}: ${e.message}`));
  page.on('response', (r) => { if (r.status() >= 400) page.errors.push(`${r.url()}: HTTP ${r.status()}`); });
  return page;
}

async function screenshots(page, name) {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(shots, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function h1(page) {
  return (await page.locator('h1').textContent()).trim();
}

test('a reader clicks from home to the latest issue, a story, its region and its topic', async () => {
  const page = await open();
  await page.goto(origin + '/');
  assert.equal(await page.title(), 'Industry Blockchain Weekly');
  await screenshots(page, '1-home');

  await page.locator('.latest h2 a').click();
  await page.waitForURL(`${origin}/issues/${issueSlug}/`);
  assert.match(await h1(page), /^Local "two sessions" kicked off/);
  await screenshots(page, '2-issue');

  await page.locator('.story-headline a', { hasText: 'Fuzhou: Revise the development policy' }).click();
  await page.waitForURL(`${origin}/issues/${issueSlug}/fuzhou-revise-the-development-policy-of-the-blockchain-and/`);
  assert.match(await h1(page), /^Fuzhou: Revise the development policy/);
  await screenshots(page, '3-story');

  await page.locator('article.story-page .term-links a', { hasText: 'Fuzhou' }).click();
  await page.waitForURL(`${origin}/regions/fujian/fuzhou/`);
  assert.equal(await h1(page), 'Fuzhou 福州');
  assert.equal(await page.locator('article.story-card').count(), 2);
  await screenshots(page, '4-region');

  await page.goBack();
  await page.locator('article.story-page .term-links a', { hasText: 'Digital economy' }).click();
  await page.waitForURL(`${origin}/topics/digital-economy/`);
  assert.equal(await h1(page), 'Digital economy');
  assert.ok(await page.locator('article.story-card h3', { hasText: 'Fuzhou: Revise' }).count() === 1);
  await screenshots(page, '5-topic');

  for (const [url, name] of [['/regions/', '6-regions'], ['/topics/', '7-topics'], ['/issues/', '8-archive'], ['/about/', '9-about'], ['/404.html', '10-not-found']]) {
    await page.goto(origin + url);
    await screenshots(page, name);
  }
  assert.equal(await h1(page), 'Page not found');
  assert.deepEqual(page.errors, []);

  // An unknown path gets the styled 404 page with status 404, as on Netlify (Chromium logs the status itself).
  const response = await page.goto(origin + '/does-not-exist/');
  assert.equal(response.status(), 404);
  assert.equal(await h1(page), 'Page not found');
});

/** Stories of the built site whose text (headline, body, regions, topics) has a word starting with `word`. */
function storiesWith(word) {
  const dir = path.join(siteDir, 'issues', issueSlug);
  const found = [];
  for (const slug of fs.readdirSync(dir)) {
    const file = path.join(dir, slug, 'index.html');
    if (!fs.existsSync(file)) continue;
    const html = fs.readFileSync(file, 'utf8');
    const article = html.match(/<article class="story story-page">([\s\S]*?)<\/article>/)[1];
    const text = article.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    const normal = text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
    if (new RegExp(`(^|[^\\p{L}\\p{N}])${word}`, 'u').test(normal)) found.push(`/issues/${issueSlug}/${slug}/`);
  }
  return found.sort();
}

async function search(page, query) {
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction((q) => document.getElementById('search-status').textContent.includes(`“${q}”`) &&
    !document.getElementById('search-status').textContent.startsWith('Searching'), query.trim());
  return page.$$eval('#search-results h2 a', (links) => links.map((a) => new URL(a.href).pathname));
}

test('search finds place names, words and phrases, ignoring case and accents', async () => {
  const page = await open();
  await page.goto(origin + '/search/');

  const fuzhou = await search(page, 'Fuzhou');
  assert.deepEqual([...fuzhou].sort(), storiesWith('fuzhou'));
  assert.ok(fuzhou.includes(`/issues/${issueSlug}/mayor-of-fuzhou-creating-a-comprehensive-experimental-zone/`));
  assert.ok(fuzhou.includes(`/issues/${issueSlug}/fuzhou-revise-the-development-policy-of-the-blockchain-and/`));
  await screenshots(page, '11-search-fuzhou');
  assert.deepEqual(await search(page, 'FÚZHŌU'), fuzhou);

  const copyright = await search(page, 'copyright');
  assert.deepEqual([...copyright].sort(), storiesWith('copyright'));
  assert.ok(copyright.includes(`/issues/${issueSlug}/beijing-create-a-network-wide-copyright-monitoring-and-rapid/`));
  await screenshots(page, '12-search-copyright');

  assert.deepEqual(await search(page, '"copyright monitoring"'), [`/issues/${issueSlug}/beijing-create-a-network-wide-copyright-monitoring-and-rapid/`]);
  // Every word first; then the stories that match some of the words (here: Fujian's other stories).
  const fujianZhangzhou = await search(page, 'Fujian Zhangzhou');
  assert.equal(fujianZhangzhou[0], `/issues/${issueSlug}/mayor-of-zhangzhou-encourage-the-application-of-blockchain/`);
  assert.deepEqual([...fujianZhangzhou].sort(), storiesWith('fujian'));
  assert.match(await page.locator('#search-status').textContent(), /^1 story matches “Fujian Zhangzhou”; 3 stories match some of its words/);
  // "constructor" is a word, not Object's property: not found, so the nearest word is searched instead.
  await search(page, 'constructor');
  assert.match(await page.locator('#search-status').textContent(), /^“constructor” is in no story; searching for “[a-z]+” instead/);
  assert.deepEqual(await search(page, 'zzyzx'), []);
  assert.equal(await page.locator('#search-status').textContent(), 'No stories match “zzyzx”.');

  await page.goto(origin + '/search/?q=copyright');
  await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
  assert.deepEqual(await page.$$eval('#search-results h2 a', (l) => l.map((a) => new URL(a.href).pathname)), copyright);
  assert.deepEqual(page.errors, []);
});

/** Story URLs listed on a term page (e.g. /regions/fujian/), in its order. */
function storiesOn(termUrl) {
  const html = fs.readFileSync(path.join(siteDir, termUrl, 'index.html'), 'utf8');
  return [...html.matchAll(/<article class="story-card[^"]*">[\s\S]*?<h3[^>]*>\s*<a href="([^"]+)"/g)].map((m) => m[1]);
}

/** The headline of a story page, as text. */
function headlineOf(url) {
  const html = fs.readFileSync(path.join(siteDir, url, 'index.html'), 'utf8');
  return html.match(/<h1>([\s\S]*?)<\/h1>/)[1].replace(/<[^>]+>/g, '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** The story pages in site order (the issue page's order): the order of results that rank alike. */
function siteOrder() {
  const html = fs.readFileSync(path.join(siteDir, 'issues', issueSlug, 'index.html'), 'utf8');
  return [...new Set([...html.matchAll(new RegExp(`href="(/issues/${issueSlug}/[a-z0-9-]+/)"`, 'g'))].map((m) => m[1]))];
}

async function results(page) {
  await page.waitForFunction(() => !document.getElementById('search-status').textContent.startsWith('Searching') &&
    document.getElementById('search-status').textContent !== '');
  return page.$$eval('#search-results h2 a', (links) => links.map((a) => new URL(a.href).pathname));
}

test('search ranks headline matches first, shows story dates, highlights words and filters by province and topic through the URL', async () => {
  const page = await open();
  await page.goto(origin + '/search/');
  const order = siteOrder();
  const byRank = (urls, word) => [...urls].sort((a, b) =>
    (headlineOf(b).toLowerCase().includes(word) - headlineOf(a).toLowerCase().includes(word)) || (order.indexOf(a) - order.indexOf(b)));

  // "Fuzhou": the two Fuzhou headlines, in site order, the mayor's first, dated as its story page is.
  const fuzhou = await search(page, 'Fuzhou');
  assert.deepEqual(fuzhou, byRank(storiesWith('fuzhou'), 'fuzhou'));
  assert.equal(fuzhou[0], `/issues/${issueSlug}/mayor-of-fuzhou-creating-a-comprehensive-experimental-zone/`);
  const first = page.locator('#search-results li').first();
  assert.match(await first.locator('h2').textContent(), /^Mayor of Fuzhou/);
  assert.deepEqual([await first.locator('time').textContent(), await first.locator('time').getAttribute('datetime')], ['4 January 2020', '2020-01-04']);
  // Matched words are <mark>ed in the headline and the snippet, and only they.
  const marked = await page.$$eval('#search-results mark', (m) => m.map((x) => x.textContent));
  assert.ok(marked.length >= 2, JSON.stringify(marked));
  assert.deepEqual([...new Set(marked)], ['Fuzhou']);
  assert.equal(await first.locator('h2 a mark').textContent(), 'Fuzhou');
  assert.ok(await first.locator('.excerpt mark').count() >= 1);

  // A word in more headlines than bodies: headline matches come first, then the rest, each in site order.
  const copyright = await search(page, 'copyright');
  assert.deepEqual(copyright, byRank(storiesWith('copyright'), 'copyright'));

  // Filters narrow the results, and the URL carries them: Fujian, then Fujian and a topic.
  await search(page, 'Fuzhou');
  await page.selectOption('#search-region', 'fujian');
  await page.waitForURL(`${origin}/search/?q=Fuzhou&region=fujian`);
  const fujian = storiesOn('/regions/fujian/');
  assert.equal(fujian.length, 4);
  assert.deepEqual(await results(page), fuzhou.filter((u) => fujian.includes(u)));
  await page.selectOption('#search-topic', 'digital-economy');
  await page.waitForURL(`${origin}/search/?q=Fuzhou&region=fujian&topic=digital-economy`);
  const narrowed = fuzhou.filter((u) => fujian.includes(u) && storiesOn('/topics/digital-economy/').includes(u));
  assert.deepEqual(narrowed, [`/issues/${issueSlug}/fuzhou-revise-the-development-policy-of-the-blockchain-and/`]);
  assert.deepEqual(await results(page), narrowed);
  assert.match(await page.locator('#search-status').textContent(), /^1 story matches “Fuzhou” in Fujian · Digital economy/);
  await screenshots(page, '13-search-filters');

  // Without words, a filter lists its stories: every Fujian story, in site order.
  await page.fill('#search-q', '');
  await page.selectOption('#search-topic', '');
  await page.waitForURL(`${origin}/search/?region=fujian`);
  assert.deepEqual(await results(page), order.filter((u) => fujian.includes(u)));
  assert.match(await page.locator('#search-status').textContent(), /in Fujian, newest issue first, each in the editor’s order\.$/);

  // Back restores the last search with both filters; reloading its URL restores the form and the results.
  await page.goBack();
  await page.waitForURL(`${origin}/search/?q=Fuzhou&region=fujian&topic=digital-economy`);
  assert.deepEqual(await results(page), narrowed);
  assert.equal(await page.inputValue('#search-q'), 'Fuzhou');
  await page.reload();
  assert.deepEqual(await results(page), narrowed);
  assert.deepEqual([await page.inputValue('#search-q'), await page.inputValue('#search-region'), await page.inputValue('#search-topic'), await page.inputValue('#search-year')],
    ['Fuzhou', 'fujian', 'digital-economy', '']);
  await page.goBack();
  await page.waitForURL(`${origin}/search/?q=Fuzhou&region=fujian`);
  assert.deepEqual(await results(page), fuzhou.filter((u) => fujian.includes(u)));
  assert.equal(await page.inputValue('#search-topic'), '');

  // A year filter: the real issue's stories of 2019 (dated 30 and 31 December).
  await page.goto(`${origin}/search/?year=2019`);
  const y2019 = await results(page);
  assert.ok(y2019.length > 0 && y2019.length < order.length, `${y2019.length}`);
  for (const url of y2019) assert.match(fs.readFileSync(path.join(siteDir, url, 'index.html'), 'utf8'), /<time datetime="2019-12-/);

  // A misspelling finds the word meant, and says so.
  await page.goto(origin + '/search/');
  const typo = await search(page, 'Fuzhuo');
  assert.deepEqual(typo, fuzhou);
  assert.match(await page.locator('#search-status').textContent(), /^“fuzhuo” is in no story; searching for “fuzhou” instead/);
  assert.deepEqual(page.errors, []);
});

test('search results are text: markup in the query is never markup on the page', async () => {
  const page = await open();
  await page.goto(origin + '/search/?q=' + encodeURIComponent('<img src=x onerror=alert(1)> Fuzhou'));
  await results(page);
  assert.equal(await page.locator('#search-results img, #search-status img').count(), 0);
  assert.match(await page.locator('#search-status').textContent(), /<img src=x onerror=alert\(1\)> Fuzhou/);
  assert.deepEqual(page.errors, []);
});

test('a query with no words or numbers (an emoji, *, a lone quote) says no story matches', async () => {
  const page = await open();
  await page.goto(origin + '/search/');
  for (const query of ['🦊', '*', '"']) {
    assert.deepEqual(await search(page, query), [], query);
    assert.match(await page.locator('#search-status').textContent(), /^No stories match “.+”: search looks for words and numbers\.$/u, query);
  }
  assert.deepEqual(page.errors, []);
});

test('a 200-letter word or a long URL in a headline or a neighbour\'s title leaves a 360 px page no wider than the screen', async () => {
  const page = await open({ viewport: { width: 360, height: 800 } });
  await page.goto(origin + `/issues/${issueSlug}/`);
  const stories = await page.$$eval('.story-headline a', (links) => links.map((a) => new URL(a.href).pathname));
  const long = ['W'.repeat(200), 'https://example.org/' + 'blockchain'.repeat(12) + '/pilot-zone.html'];
  const wide = [];
  for (const url of [`/issues/${issueSlug}/`, stories[1]]) {
    await page.goto(origin + url);
    const [scroll, screen] = await page.evaluate((long) => {
      // The real site has one issue, so its issue page has no "Older issue" pager: add one as the pager partial writes it.
      if (!document.querySelector('.pager')) {
        document.querySelector('main').insertAdjacentHTML('beforeend', '<nav class="pager" aria-label="Issues"><a class="pager-prev" rel="prev" href="#">'
          + '<span class="pager-label">Older issue:</span> x</a><a class="pager-next" rel="next" href="#"><span class="pager-label">Newer issue:</span> x</a></nav>');
      }
      document.querySelectorAll('.pager a').forEach((a, i) => { a.lastChild.textContent = ' ' + long[i % 2]; });
      document.querySelectorAll('h1, .story-headline a, .related a, .term-links a, .toc a').forEach((e, i) => { e.textContent = long[i % 2]; });
      return [document.documentElement.scrollWidth, window.innerWidth];
    }, long);
    if (scroll > screen) wide.push(`${url}: ${scroll} px wide`);
  }
  assert.deepEqual(wide, []);
});

test('the region index charts stories per province', async () => {
  const page = await open();
  await page.goto(origin + '/regions/');
  const texts = await page.$$eval('svg.chart text', (t) => t.map((x) => x.textContent));
  const bars = Object.fromEntries(texts.flatMap((t, i) => (i % 2 === 0 ? [[t, texts[i + 1]]] : [])));
  assert.deepEqual([bars.Fujian, bars.Beijing, bars.Hunan], ['4', '3', '3']);
  const box = await page.locator('svg.chart').boundingBox();
  assert.ok(box.width > 300 && box.height > 100, JSON.stringify(box));
  assert.deepEqual(page.errors, []);
});

// Issue #17: maps of China, charts and labels readable on a phone, long issues on a phone, page weight.

test('the region index map names each province with its count, and Fujian links to its page', async () => {
  const page = await open();
  await page.goto(origin + '/regions/');
  const labels = await page.$$eval('svg.map a', (links) => links.map((a) => a.getAttribute('aria-label')));
  const counts = Object.fromEntries(labels.map((l) => l.split(', ')).map(([name, n]) => [name, n]));
  assert.deepEqual([counts.Fujian, counts.Beijing, counts.Hunan], ['4 stories', '3 stories', '3 stories']);
  // The accessible name as the browser computes it (what a screen reader announces).
  const snapshot = await page.locator('svg.map').ariaSnapshot();
  assert.match(snapshot, /link "Fujian, 4 stories"/);
  assert.match(snapshot, /link "Beijing, 3 stories"/);
  assert.match(snapshot, /link "Hunan, 3 stories"/);
  await page.locator('svg.map a[data-region="fujian"]').click();
  await page.waitForURL(origin + '/regions/fujian/');
  assert.equal(await h1(page), 'Fujian 福建');
  assert.deepEqual(page.errors, []);
});

test('the issue page map highlights exactly the provinces of its stories', async () => {
  const page = await open();
  await page.goto(origin + `/issues/${issueSlug}/`);
  const highlighted = await page.$$eval('svg.map .map-on', (paths) => paths.map((p) => p.closest('a').dataset.region).sort());
  const provinces = await page.$$eval('article.story .term-links a[href^="/regions/"]',
    (links) => [...new Set(links.map((a) => new URL(a.href).pathname.split('/')[2]))].sort());
  assert.deepEqual(highlighted, provinces);
  assert.ok(highlighted.includes('fujian') && highlighted.length === 10, highlighted.join());
  // The highlight differs from the rest of the map in both colour schemes (the fills come from CSS).
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    const [on, off] = await page.evaluate(() => ['.map-on', '.map-base'].map((s) => getComputedStyle(document.querySelector(`svg.map ${s}`)).fill));
    assert.notEqual(on, off, scheme);
  }
  assert.deepEqual(page.errors, []);
});

test('chart and map labels are at least 12 px on a 360 px wide page', async () => {
  const page = await open({ viewport: { width: 360, height: 800 } });
  const sizes = [];
  for (const url of ['/regions/', '/topics/', `/issues/${issueSlug}/`, '/regions/fujian/']) {
    await page.goto(origin + url);
    sizes.push(...await page.$$eval('svg.chart text, .map-legend li, .chart-figure summary', (els) => els.map((e) => {
      // The size on screen: the computed font size times the SVG's scale (a viewBox scales its text).
      const svg = e.closest('svg');
      const scale = svg && svg.viewBox.baseVal && svg.viewBox.baseVal.width ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
      return [location.pathname + ' ' + e.textContent.trim().slice(0, 20), parseFloat(getComputedStyle(e).fontSize) * scale];
    })));
  }
  assert.ok(sizes.length > 40, `${sizes.length} labels`);
  assert.ok(sizes.some(([label]) => label.startsWith('/regions/ Fujian')));
  const small = sizes.filter(([, px]) => px < 12);
  assert.deepEqual(small, []);
});

test('on a phone the first story of the 24-story issue is within two screen heights of the top', async () => {
  const page = await open({ viewport: { width: 390, height: 844 } });
  await page.goto(origin + `/issues/${issueSlug}/`);
  const top = await page.locator('article.story').first().evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
  assert.ok(top < 2 * 844, `first story at ${top} px`);
  assert.equal(await page.locator('.toc-fold').evaluate((d) => d.open), false);
  await page.locator('.toc-fold summary').click();
  assert.ok(await page.locator('.toc-fold a', { hasText: 'Mayor of Fuzhou' }).isVisible());
  // On a wide screen the list is shown without a click.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.reload();
  assert.ok(await page.locator('.toc-fold a', { hasText: 'Mayor of Fuzhou' }).isVisible());
  assert.equal(await page.locator('h1').evaluate((e) => getComputedStyle(e).textWrap || getComputedStyle(e).textWrapStyle), 'balance');
  assert.deepEqual(page.errors, []);
});

test('every page of the site weighs under 100 KB of HTML, CSS and JS (the search index not counted)', () => {
  const files = fs.readdirSync(siteDir, { recursive: true }).filter((f) => f.endsWith('.html'));
  const size = (url) => fs.statSync(path.join(siteDir, url)).size;
  const heavy = [];
  for (const file of files) {
    const html = fs.readFileSync(path.join(siteDir, file), 'utf8');
    const assets = [...new Set([...html.matchAll(/<(?:link[^>]*rel="stylesheet"[^>]*href|script[^>]*src)="(\/[^"]+)"/g)].map((m) => m[1]))];
    const bytes = size(file) + assets.reduce((sum, a) => sum + size(a), 0);
    if (bytes >= 100 * 1024) heavy.push(`${file}: ${bytes} bytes`);
  }
  assert.ok(files.length > 70, `${files.length} pages`);
  assert.deepEqual(heavy, []);
});

test('screenshots of the region index, an issue and a province page at 390 and 1280 px', async () => {
  const page = await open();
  for (const [url, name] of [['/regions/', '13-map-regions'], [`/issues/${issueSlug}/`, '14-map-issue'], ['/regions/fujian/', '15-map-province']]) {
    await page.goto(origin + url);
    await screenshots(page, name);
    for (const width of widths) assert.ok(fs.statSync(path.join(shots, `${name}-${width}.png`)).size > 10000);
  }
  assert.deepEqual(page.errors, []);
});

const axePages = {
  home: '/',
  issue: `/issues/${issueSlug}/`,
  story: `/issues/${issueSlug}/fuzhou-revise-the-development-policy-of-the-blockchain-and/`,
  region: '/regions/fujian/',
  city: '/regions/fujian/fuzhou/',
  'region-index': '/regions/',
  topic: '/topics/copyright/',
  'topic-index': '/topics/',
  search: '/search/?q=Fuzhou&region=fujian',
  '404': '/404.html',
};

for (const scheme of ['light', 'dark']) {
  test(`axe-core finds no violations in the ${scheme} colour scheme`, async () => {
    const page = await open({ colorScheme: scheme });
    const problems = [];
    for (const [name, url] of Object.entries(axePages)) {
      await page.goto(origin + url);
      if (name === 'search') await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
      await page.locator('details').evaluateAll((all) => all.forEach((d) => { d.open = true; }));
      await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      const result = await page.evaluate(() => window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      }));
      for (const v of result.violations) {
        problems.push(`${name} (${scheme}): ${v.id}: ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\s+/g, ' ')).join('\n    ')}`);
      }
      if (scheme === 'dark') await screenshots(page, `dark-${name}`);
    }
    assert.deepEqual(problems, []);
    assert.deepEqual(page.errors, []);
  });
}

test('the Nu HTML Checker reports no errors on any page of the site', () => {
  const jar = require.resolve('vnu-jar/build/dist/vnu.jar');
  const run = spawnSync('java', ['-jar', jar, '--format', 'json', '--errors-only', '--skip-non-html', '--also-check-css', siteDir],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.ok(run.status !== null, `java did not run: ${run.error}`);
  const messages = JSON.parse(run.stderr || '{"messages":[]}').messages;
  const errors = messages.filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => `${path.relative(siteDir, fileURLToPath(m.url))}:${m.lastLine}: ${m.message}`);
  assert.deepEqual(errors, []);
  const pages = fs.readdirSync(siteDir, { recursive: true }).filter((f) => f.endsWith('.html'));
  assert.ok(pages.length > 70, `${pages.length} pages checked`);
});
