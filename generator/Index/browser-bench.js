'use strict';
/*
 * The browser half of `statickb bench search --browser` (SearchBenchmark.cs): serves each language's bare search
 * page (BareSearchPage.cs: the real search.js and lunr.js over the sharded index) from a local server that
 * compresses with gzip, opens it in Chromium (playwright-core from npm, the browser from
 * Debian), and for each query records what the page really fetched: the search files, and their bytes as they
 * came over the wire (gzip bodies, headers left out). Each query is asked as the first of a fresh page, then
 * the next query of the list in the same page, as a reader who searches again.
 * Input: a JSON file { chromium, languages: [{ language, root, queries: [{ text, typing }] }] }. Prints one JSON result.
 */
const fs = require('fs');
const http = require('http');
const path = require('path');
const zlib = require('zlib');
const { chromium } = require('playwright-core');

const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };

/** A search file's name as the index names it (its path under assets/, folders and all), or null for other files. */
function searchFileName(urlPath) {
  const at = urlPath.lastIndexOf('assets/');
  const name = at < 0 ? urlPath : urlPath.slice(at + 'assets/'.length);
  return /^search-[^/]*(\/[^/]+)*\.json$/.test(name) ? name : null;
}

/**
 * A static server over root: files gzip-compressed when asked (level 6, the level reference-bench.js counts). The
 * names of the search files it sends are pushed to served, as a check on what the page says it received.
 */
function serve(root, served) {
  const gzipped = new Map();
  const server = http.createServer((req, res) => {
    let file;
    try {
      file = path.join(root, decodeURIComponent(new URL(req.url, 'http://localhost').pathname));
    } catch (e) {
      res.writeHead(400).end();
      return;
    }
    const inside = path.relative(root, file);
    if (inside.startsWith('..') || path.isAbsolute(inside)) { res.writeHead(403).end(); return; }
    if (file.endsWith(path.sep)) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) { res.writeHead(404).end(); return; }
      const headers = { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache' };
      if (/\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
        if (!gzipped.has(file)) gzipped.set(file, zlib.gzipSync(body, { level: 6 }));
        body = gzipped.get(file);
        headers['Content-Encoding'] = 'gzip';
      }
      headers['Content-Length'] = body.length;
      const name = searchFileName(inside.split(path.sep).join('/'));
      if (name) served.push(name);
      res.writeHead(200, headers).end(body);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Follows a page's requests: how many are open, and each finished search file with its body's bytes on the wire. */
function watch(page) {
  const state = { open: 0, last: Date.now(), files: [], errors: [] };
  const done = async (request, ok) => {
    try {
      const name = searchFileName(decodeURIComponent(new URL(request.url()).pathname));
      if (!name) return;
      const response = ok ? await request.response() : null;
      if (!response || !response.ok()) {
        state.errors.push(new Error(`${name}: ${response ? 'HTTP ' + response.status() : request.failure()?.errorText || 'failed'}`));
        return;
      }
      const sizes = await request.sizes();
      state.files.push({ name, bytes: sizes.responseBodySize });
    } catch (e) {
      state.errors.push(e);
    } finally {
      state.open--;
      state.last = Date.now();
    }
  };
  page.on('request', () => { state.open++; state.last = Date.now(); });
  page.on('requestfinished', (r) => done(r, true));
  page.on('requestfailed', (r) => done(r, false));
  page.on('pageerror', (e) => state.errors.push(e));
  return state;
}

const QUIET_MS = 250;
const QUERY_TIMEOUT_MS = 120000;

/**
 * Asks a query as the page's form does (typing: as the input event does, the last word a prefix) and waits until
 * its results are shown and nothing has been fetched for QUIET_MS. Returns the search files fetched, their bytes,
 * and the milliseconds from the query to the last change of the status line.
 */
async function ask(page, state, served, q) {
  const from = state.files.length;
  const fromServed = served.length;
  await page.evaluate(({ text, typing }) => {
    const input = document.getElementById('search-input');
    const status = document.getElementById('search-status');
    if (!window.benchObserver) {
      window.benchObserver = new MutationObserver(() => { window.benchChanged = performance.now(); });
      window.benchObserver.observe(status, { childList: true, characterData: true, subtree: true });
    }
    window.benchStarted = performance.now();
    window.benchChanged = window.benchStarted;
    status.textContent = '';
    input.value = text;
    if (typing) input.dispatchEvent(new Event('input')); else input.form.requestSubmit();
  }, q);
  await page.waitForFunction((text) => {
    const root = document.getElementById('search');
    const status = document.getElementById('search-status').textContent;
    return new URL(location.href).searchParams.get('q') === text.trim() && status !== '' && status !== root.dataset.loading;
  }, q.text, { timeout: QUERY_TIMEOUT_MS });
  const deadline = Date.now() + QUERY_TIMEOUT_MS;
  while (state.open !== 0 || Date.now() - state.last < QUIET_MS) {
    if (Date.now() > deadline) throw new Error(`${JSON.stringify(q.text)}: still fetching after ${QUERY_TIMEOUT_MS} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
  if (state.errors.length) throw new Error(`the page failed on ${JSON.stringify(q.text)}: ${state.errors[0].stack || state.errors[0]}`);
  const ms = await page.evaluate(() => window.benchChanged - window.benchStarted);
  const status = await page.textContent('#search-status');
  if (status === await page.getAttribute('#search', 'data-error')) throw new Error(`${JSON.stringify(q.text)}: the page says ${status}`);
  const files = state.files.slice(from);
  return { query: q.text, status, ms, files: files.map((f) => f.name), bytes: files.reduce((a, f) => a + f.bytes, 0), served: served.slice(fromServed) };
}

(async () => {
  const browser = await chromium.launch({ executablePath: input.chromium, args: ['--no-sandbox'] });
  try {
    const results = [];
    for (const lang of input.languages) {
      const served = [];
      const server = await serve(lang.root, served);
      const url = `http://127.0.0.1:${server.address().port}/`;
      const first = [], second = [];
      try {
        for (let k = 0; k < lang.queries.length; k++) {
          const context = await browser.newContext();
          try {
            const page = await context.newPage();
            const state = watch(page);
            await page.goto(url);
            first.push(await ask(page, state, served, lang.queries[k]));
            second.push(await ask(page, state, served, lang.queries[(k + 1) % lang.queries.length]));
          } finally {
            await context.close();
          }
        }
      } finally {
        server.close();
      }
      results.push({ language: lang.language, first, second });
    }
    process.stdout.write(JSON.stringify(results));
  } finally {
    await browser.close();
  }
})().catch((e) => { console.error(e && e.stack || e); process.exit(1); });
