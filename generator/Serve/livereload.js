// statickb serve: reloads the page when the site is rebuilt, and shows build errors over the page.
// Served by the dev server only (/__statickb/livereload.js); never written into the site. An external file, so the
// pages' Content-Security-Policy (default-src 'self') holds: no inline script or style is needed, and the overlay
// is styled through the CSS object model, which the policy does not restrict.
(() => {
  'use strict';
  const scrollKey = 'statickb:scroll:' + location.pathname + location.search;
  let update = null;
  let overlay = null;

  // Put the reader back where they were before the reload.
  const saved = sessionStorage.getItem(scrollKey);
  if (saved !== null) {
    sessionStorage.removeItem(scrollKey);
    const [x, y] = JSON.parse(saved);
    scrollTo(x, y);
    addEventListener('load', () => scrollTo(x, y), { once: true });
  }

  const reload = () => {
    sessionStorage.setItem(scrollKey, JSON.stringify([scrollX, scrollY]));
    location.reload();
  };

  const el = (tag, style, text) => {
    const node = document.createElement(tag);
    Object.assign(node.style, style);
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const hideOverlay = () => {
    if (overlay) overlay.remove();
    overlay = null;
  };

  // Every diagnostic as text (never as HTML: messages quote the editor's content), errors first.
  const showOverlay = (report) => {
    hideOverlay();
    const items = report.diagnostics || [];
    const errors = items.filter(d => d.severity === 'error').length;
    overlay = el('div', {
      position: 'fixed', inset: '0', zIndex: '2147483647', overflow: 'auto', padding: '2rem',
      background: 'rgba(20, 20, 24, 0.94)', color: '#f4f4f5', font: '14px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    });
    overlay.id = 'statickb-error-overlay';
    overlay.setAttribute('role', 'alert');
    const close = el('button', {
      float: 'right', font: 'inherit', color: 'inherit', background: 'transparent', border: '1px solid #71717a',
      borderRadius: '4px', padding: '0.2rem 0.6rem', cursor: 'pointer',
    }, '×');
    close.title = 'Hide (the error stays until the build succeeds)';
    close.addEventListener('click', hideOverlay);
    overlay.append(close);
    // Not a heading: the page under the overlay keeps its one h1.
    overlay.append(el('p', { font: 'bold 18px/1.4 system-ui, sans-serif', margin: '0 0 0.5rem', color: '#fca5a5' },
      `Build failed: ${errors} error(s). The page shows the last good build.`));
    overlay.append(el('p', { margin: '0 0 1.5rem', color: '#a1a1aa' }, 'Save a fix and the page reloads by itself.'));
    const list = el('ol', { listStyle: 'none', margin: '0', padding: '0' });
    for (const d of items) {
      const item = el('li', { margin: '0 0 1rem', padding: '0.75rem 1rem', borderLeft: `4px solid ${d.severity === 'error' ? '#f87171' : '#fbbf24'}`, background: 'rgba(255, 255, 255, 0.04)' });
      item.className = 'statickb-diagnostic';
      item.append(el('div', { color: '#93c5fd' }, `${d.file}:${d.line}:${d.column}`));
      item.append(el('div', { whiteSpace: 'pre-wrap' }, `${d.severity}: ${d.message}`));
      if (d.hint) item.append(el('div', { whiteSpace: 'pre-wrap', color: '#a1a1aa' }, `hint: ${d.hint}`));
      list.append(item);
    }
    overlay.append(list);
    (document.body || document.documentElement).append(overlay);
  };

  const events = new EventSource('/__statickb/events');
  // hello: sent on every (re)connection with the number of reloads sent so far; a later one than the last this
  // page heard of means the site changed while we were not listening.
  events.addEventListener('hello', (e) => {
    const state = JSON.parse(e.data);
    if (update !== null && state.update !== update && state.ok) return reload();
    update = state.update;
    if (state.ok) hideOverlay();
  });
  // reload: with a list of pages, only those changed (an edited article's pages come first, the pages listing
  // it a moment later); without one, every page did. A page shown at an address without its final slash (the
  // not-found page, say) answers to the address with it.
  let here = location.pathname;
  try {
    here = decodeURI(here);
  } catch (_) {
    // A malformed escape in the address: compared as it is.
  }
  here = here.replace(/index\.html$/, '');
  const addresses = here.endsWith('/') ? [here] : [here, here + '/'];
  events.addEventListener('reload', (e) => {
    const change = JSON.parse(e.data);
    update = change.update;
    if (!change.pages || overlay || change.pages.some(p => addresses.includes(p))) reload();
  });
  // A named 'error' event carries a build report; EventSource's own connection errors carry no data.
  events.addEventListener('error', (e) => {
    if (typeof e.data === 'string') showOverlay(JSON.parse(e.data));
  });
})();
