// Shared helpers of the web UI. Every string that comes from an article goes into the page as a text node
// (el()), never parsed as HTML: with the CSP forbidding inline scripts, this keeps markup in data inert.

// The reader's choice (the header's toggle) wins; else the browser's language: French unless it asks for another.
const CHOSEN = (() => { try { return localStorage.getItem('veille.lang'); } catch (e) { return null; } })();
export const LANG = CHOSEN === 'fr' || CHOSEN === 'en' ? CHOSEN
  : (navigator.language || 'fr').toLowerCase().startsWith('fr') ? 'fr' : 'en';

// Labels, French first, English second.
const LABELS = {
  search: ['Recherche', 'Search'], events: ['Événements', 'Events'], quotes: ['Citations', 'Quotes'],
  query: ['Requête', 'Query'], go: ['Chercher', 'Search'], results: ['résultats', 'results'],
  more: ['Page suivante', 'Next page'], outlet: ['Média', 'Outlet'], entity: ['Entité', 'Entity'],
  event_type: ['Type d’événement', 'Event type'], lang: ['Langue', 'Language'],
  state_affiliated: ['Média d’État', 'State-affiliated'], all: ['tous', 'all'], yes: ['oui', 'yes'], no: ['non', 'no'],
  months: ['Articles par mois', 'Articles per month'], filters: ['Filtres actifs', 'Active filters'],
  remove: ['retirer', 'remove'], sort: ['Tri', 'Sort'], relevance: ['pertinence', 'relevance'],
  date: ['plus récents', 'newest'], date_asc: ['plus anciens', 'oldest'], none: ['Aucun résultat', 'No results'],
  error: ['Erreur', 'Error'], loading: ['Chargement…', 'Loading…'], metadata: ['Métadonnées', 'Metadata'],
  setApart: ['Blocs mis à part', 'Set-apart blocks'], aliases: ['Noms et alias', 'Names and aliases'],
  roles: ['Fonctions', 'Roles'], mentions: ['Mentions par mois', 'Mentions per month'],
  cooccurring: ['Acteurs associés', 'Co-occurring actors'], filterWords: ['Filtrer par mots', 'Filter by words'],
  speaker: ['Orateur', 'Speaker'], type: ['Type', 'Type'], participant: ['Participant', 'Participant'],
  from: ['Du', 'From'], to: ['Au', 'To'], sources: ['sources', 'sources'], undated: ['Sans date', 'Undated'],
  apply: ['Appliquer', 'Apply'], articles: ['articles', 'articles'], entities: ['Entités', 'Entities'],
  order: ['Ordre', 'Order'], newest: ['plus récentes', 'newest first'], oldest: ['plus anciennes', 'oldest first'],
  title: ['Titre', 'Title'], published: ['Publié le', 'Published'], authors: ['Auteurs', 'Authors'],
  source: ['Source', 'Source'], graph: ['Graphe', 'Graph'], place: ['Lieu', 'Place'],
  export: ['Exporter', 'Export'], history: ['Historique', 'History'], saved: ['Recherches enregistrées', 'Saved searches'],
  save: ['Enregistrer cette recherche', 'Save this search'], name: ['Nom', 'Name'], delete: ['supprimer', 'delete'],
  language: ['English', 'Français'], languageHint: ['Show the labels in English', 'Afficher les libellés en français'],
  dragHint: ['cliquer ou glisser sur les barres pour filtrer les dates', 'click or drag over the bars to filter dates'],
  zoomIn: ['Zoom avant', 'Zoom in'], zoomOut: ['Zoom arrière', 'Zoom out'], fit: ['Tout voir', 'Fit'],
  links: ['Liens', 'Links'], kind: ['Nature', 'Kind'], weight: ['Poids', 'Weight'], cooccurrence: ['co-occurrence', 'co-occurrence'],
  event: ['événement', 'event'], datePattern: ['AAAA-MM-JJ', 'YYYY-MM-DD'], limit: ['Acteurs', 'Actors'], facets: ['Facettes', 'Facets'], text: ['Texte', 'Text'],
  line: ['ligne', 'line'], graphHint: ['Molette ou boutons pour zoomer ; un lien ouvre les articles qui le portent.',
    'Wheel or buttons to zoom; a link opens the articles behind it.'], truncated: ['tronqué', 'truncated'],
  talkingPoints: ['Éléments de langage', 'Talking points'],
  topOutlets: ['Médias qui le nomment le plus', 'Outlets naming them most'],
  quote: ['citation', 'quote'],
  reported: ['rapporté le', 'reported'], oneSource: ['source', 'source'], reports: ['mentions', 'reports'],
  olderEvents: ['Événements plus anciens', 'Older events'],
  eventsRead: ['articles lus, les plus récents', 'newest articles read'],
};

export function t(key) {
  const l = LABELS[key];
  return l ? l[LANG === 'fr' ? 0 : 1] : key;
}

/** Builds an element: attrs are set as properties or attributes (never event handler strings), children as nodes or text. */
export function el(tag, attrs = {}, ...children) {
  const svg = ['svg', 'rect', 'g', 'title', 'text'].includes(tag) && attrs.svg;
  const e = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'svg' || v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) throw new Error('no handler attributes: use addEventListener');
    if (k === 'href') e.setAttribute('href', safeHref(v));
    else e.setAttribute(k, String(v));
  }
  append(e, children);
  return e;
}

function append(e, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Only same-site paths are linked: no javascript:, no other host. */
export function safeHref(h) {
  const s = String(h);
  return s.startsWith('/') && !s.startsWith('//') ? s : '#';
}

export async function api(path, params = {}) {
  const u = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params)) {
    for (const x of Array.isArray(v) ? v : [v]) {
      if (x !== null && x !== undefined && x !== '') u.searchParams.append(k, x);
    }
  }
  const r = await fetch(u, { headers: { Accept: 'application/json' } });
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(body.message || `${r.status}`);
  return body;
}

/** A JSON write to the store (search history, saved searches); same origin only, as the server requires. */
export async function send(method, path, body) {
  const r = await fetch(path, { method, headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body) });
  if (!r.ok) throw new Error(`${r.status}`);
  return r.status === 204 ? null : r.json();
}

/** Links to the API's export of the articles behind a list, in its four formats (query: the API's filters). */
export function exportLinks(query) {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    for (const x of Array.isArray(v) ? v : [v]) {
      if (x !== null && x !== undefined && x !== '') u.append(k, x);
    }
  }
  const formats = [['jsonl', 'JSONL'], ['csv', 'CSV'], ['plover', 'PLOVER JSON'], ['gdelt', 'GDELT TSV']];
  return el('p', { class: 'export' }, `${t('export')} : `, formats.flatMap(([f, label], i) => {
    const q = new URLSearchParams(u);
    q.set('format', f);
    return [i ? ' · ' : '', el('a', { href: `/api/export?${q}`, download: '', class: `export-${f}` }, label)];
  }));
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the few character references the API's escaped snippets hold. */
export function unescapeHtml(s) {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (m, g) => {
    if (g[0] === '#') {
      const n = g[1] === 'x' ? parseInt(g.slice(2), 16) : parseInt(g.slice(1), 10);
      return Number.isFinite(n) && n <= 0x10ffff ? String.fromCodePoint(n) : m;
    }
    return ENTITIES[g];
  });
}

/** A highlighted snippet ("escaped text with <mark>…</mark>") as DOM nodes: marks become <mark>, the rest text. */
export function snippet(s) {
  const f = document.createDocumentFragment();
  const parts = String(s || '').split(/<mark>|<\/mark>/);
  parts.forEach((p, i) => {
    if (!p) return;
    const txt = unescapeHtml(p);
    f.append(i % 2 === 1 ? el('mark', {}, txt) : document.createTextNode(txt));
  });
  return f;
}

/**
 * Vertical bar chart in SVG. onPick(first, last) when bars are picked: a click or Enter picks one bar, a drag across
 * bars picks the range (the dragged-over bars are marked while dragging).
 */
export function bars(buckets, label, onPick) {
  const w = 640, h = 120, n = Math.max(buckets.length, 1), bw = w / n;
  const max = Math.max(1, ...buckets.map(b => b.count));
  const svg = el('svg', { svg: true, viewBox: `0 0 ${w} ${h + 16}`, role: onPick ? 'group' : 'img', 'aria-label': label,
    class: onPick ? 'bars pickable' : 'bars' });
  const rects = buckets.map((b, i) => {
    const bh = Math.max(1, Math.round((b.count / max) * h));
    const r = el('rect', { svg: true, x: i * bw + 1, y: h - bh, width: Math.max(1, bw - 2), height: bh,
      class: onPick ? 'bar pick' : 'bar', 'data-i': i });
    r.append(el('title', { svg: true }, `${b.label}: ${b.count}`));
    if (onPick) {
      r.setAttribute('tabindex', '0');
      r.setAttribute('role', 'button');
      r.setAttribute('aria-label', `${b.label}: ${b.count}`);
      r.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onPick(b, b); } });
    }
    svg.append(r);
    return r;
  });
  if (onPick) {
    // The bar under the pointer from its x position, so that a drag past the bars' ends still reads.
    const at = e => {
      const box = svg.getBoundingClientRect();
      return Math.min(n - 1, Math.max(0, Math.floor(((e.clientX - box.left) / Math.max(1, box.width)) * n)));
    };
    let start = null, end = null;
    const mark = () => rects.forEach((r, i) =>
      r.classList.toggle('sel', start !== null && i >= Math.min(start, end) && i <= Math.max(start, end)));
    svg.addEventListener('pointerdown', e => {
      if (e.button !== 0) return;
      e.preventDefault();
      start = end = at(e);
      mark();
    });
    svg.addEventListener('pointermove', e => { if (start !== null) { end = at(e); mark(); } });
    const done = e => {
      if (start === null) return;
      end = at(e);
      const a = Math.min(start, end), b = Math.max(start, end);
      start = end = null;
      if (buckets.length) onPick(buckets[a], buckets[b]);
    };
    svg.addEventListener('pointerup', done);
    document.addEventListener('pointerup', e => { if (start !== null && !svg.contains(e.target)) done(e); });
  }
  if (buckets.length) {
    svg.append(el('text', { svg: true, x: 0, y: h + 14, class: 'axis' }, buckets[0].label));
    svg.append(el('text', { svg: true, x: w, y: h + 14, 'text-anchor': 'end', class: 'axis' }, buckets[buckets.length - 1].label));
  }
  return svg;
}

/** The page's header navigation and a main area; returns main. */
export function layout(heading) {
  document.documentElement.lang = LANG;
  const nav = el('nav', { 'aria-label': 'Veille' },
    el('a', { href: '/search', class: 'brand' }, 'Veille'), ' ',
    el('a', { href: '/search' }, t('search')), ' ',
    el('a', { href: '/events' }, t('events')), ' ',
    el('a', { href: '/quotes' }, t('quotes')), ' ',
    el('a', { href: '/graph' }, t('graph')), ' ',
    el('a', { href: '/talking-points' }, t('talkingPoints')));
  // The labels' language: kept in this browser, the page drawn again in the other.
  const toggle = el('button', { type: 'button', class: 'lang', lang: LANG === 'fr' ? 'en' : 'fr',
    title: t('languageHint'), 'aria-label': t('languageHint') }, t('language'));
  toggle.addEventListener('click', () => {
    try { localStorage.setItem('veille.lang', LANG === 'fr' ? 'en' : 'fr'); } catch (e) { /* private mode: no choice kept */ }
    location.reload();
  });
  const main = document.querySelector('main');
  document.body.prepend(el('header', {}, nav, toggle));
  if (heading) {
    main.append(el('h1', {}, heading));
  }
  return main;
}

export function showError(where, e) {
  where.append(el('p', { class: 'error', role: 'alert' }, `${t('error')} : ${e.message}`));
}

/** Marks a moment the speed benchmark reads (Navigation/User Timing): 'veille:results', 'veille:entity'. */
export function ready(name) {
  try { performance.mark(name); } catch (e) { /* old browser: nothing to measure */ }
  document.body.dataset.ready = name;
}

export function entityLink(id, name) {
  return id ? el('a', { href: `/entities/${encodeURIComponent(id)}`, class: 'entity' }, name || id) : el('span', {}, name || '');
}

export function articleLink(id, title) {
  return el('a', { href: `/articles/${encodeURIComponent(id)}` }, title || id);
}

export function params() {
  return new URLSearchParams(location.search);
}

/** The last path segment (an article or entity id), decoded. */
export function pathId() {
  return decodeURIComponent(location.pathname.split('/').filter(Boolean).pop() || '');
}

/** One quote of /api/quotes as a list item: the words, the speaker linked, the article. */
export function quoteItem(q) {
  const sp = q.speaker && typeof q.speaker === 'object' ? q.speaker : { id: null, name: q.speaker };
  return el('li', { class: 'quote-item' },
    el('blockquote', {}, q.text || ''),
    el('p', { class: 'meta' }, sp.name || sp.id ? ['— ', entityLink(sp.id, sp.name)] : null,
      q.kind ? ` (${q.kind})` : '', ' · ', articleLink(q.article, q.title || q.source),
      [q.outlet, q.published].filter(Boolean).length ? ` · ${[q.outlet, q.published].filter(Boolean).join(' · ')}` : ''));
}

/** Fetches the first page of quotes for quoteList: started early, it runs beside the page's other calls. */
export function firstQuotes(query) {
  const r = api('/api/quotes', { ...query, limit: 20 });
  r.catch(() => {}); // reported when quoteList awaits it
  return r;
}

/** A paged quote list: fetches /api/quotes with query (the first page may be under way: first), appends pages into ul, a button for the next. */
export async function quoteList(container, query, first) {
  const ul = el('ul', { class: 'quotes' });
  container.append(ul);
  const page = async cursor => {
    try {
      const r = await (!cursor && first ? first : api('/api/quotes', { ...query, cursor, limit: 20 }));
      r.quotes.forEach(q => ul.append(quoteItem(q)));
      if (!r.quotes.length && !cursor) ul.append(el('li', {}, t('none')));
      if (r.next) {
        const b = el('button', { type: 'button', class: 'more' }, t('more'));
        b.addEventListener('click', () => { b.remove(); page(r.next); });
        container.append(b);
      }
    } catch (e) {
      showError(container, e);
    }
  };
  await page(null);
}

/** A GET form with labelled fields (name -> label), prefilled from the URL; stays on the same page. */
export function filterForm(fields, extra = []) {
  const p = params();
  const f = el('form', { method: 'get', action: location.pathname, class: 'query' });
  for (const [name, label, type] of fields) {
    f.append(el('label', { for: `f-${name}` }, label),
      el('input', { id: `f-${name}`, name, type: type || 'search', value: p.get(name) || '' }));
  }
  f.append(...extra, el('button', { type: 'submit' }, t('apply')));
  return f;
}

/** Month buckets (label YYYY-MM) with the months between them that have none added at zero, so bars keep time's scale. */
export function fillMonths(buckets) {
  const ok = buckets.filter(b => /^\d{4}-\d{2}$/.test(b.label)).sort((a, b) => a.label.localeCompare(b.label));
  if (ok.length < 2 || ok.length !== buckets.length) return buckets;
  const have = new Map(ok.map(b => [b.label, b]));
  const out = [];
  let [y, m] = ok[0].label.split('-').map(Number);
  const last = ok[ok.length - 1].label;
  for (let i = 0; i < 1200; i++) {
    const label = `${y}-${String(m).padStart(2, '0')}`;
    out.push(have.get(label) || { label, count: 0 });
    if (label === last) break;
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}
