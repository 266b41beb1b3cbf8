import { t, el, api, send, snippet, bars, fillMonths, layout, showError, articleLink, params, exportLinks, ready } from '/assets/ui.js';

// Filters the search page carries in its URL (shareable): the API's own parameter names; entity and event may repeat
// (a graph edge opens the articles that name both of its actors).
const FILTERS = ['outlet', 'entity', 'event', 'lang', 'state_affiliated', 'from', 'to'];
const IN_FORM = ['lang', 'state_affiliated', 'from', 'to'];
const FACET_PARAM = { outlet: 'outlet', entity: 'entity', event_type: 'event', lang: 'lang' };

const main = layout(t('search'));
const p = params();

function urlWith(changes) {
  const u = new URLSearchParams(p);
  for (const [k, v] of Object.entries(changes)) {
    u.delete(k);
    if (v !== null && v !== '') u.set(k, v);
  }
  u.delete('cursor');
  return `/search?${u}`;
}

function selectOf(name, values, label = v => v || t('all')) {
  const s = el('select', { id: name, name });
  // A value from the URL outside the list (a language the facet offered) stays chosen, so the form keeps it.
  const here = p.get(name) || '';
  for (const v of values.includes(here) ? values : [...values, here]) {
    const o = el('option', { value: v }, label(v));
    if ((p.get(name) || '') === v) o.selected = true;
    s.append(o);
  }
  return s;
}

// The query form: a plain GET form, so that the URL is the state.
const form = el('form', { method: 'get', action: '/search', role: 'search', class: 'query' },
  el('label', { for: 'q' }, t('query')),
  el('input', { id: 'q', name: 'q', type: 'search', value: p.get('q') || '', autocomplete: 'off' }),
  el('label', { for: 'sort' }, t('sort')),
  selectOf('sort', ['', 'relevance', 'date', 'date_asc'], v => (v ? t(v) : '—')),
  el('label', { for: 'lang' }, t('lang')),
  selectOf('lang', ['', 'fr', 'en', 'ru', 'zh', 'ar', 'es', 'de']),
  el('label', { for: 'state_affiliated' }, t('state_affiliated')),
  selectOf('state_affiliated', ['', 'true', 'false'], v => (v === 'true' ? t('yes') : v === 'false' ? t('no') : t('all'))),
  el('label', { for: 'from' }, t('from')),
  el('input', { id: 'from', name: 'from', type: 'text', size: 10, placeholder: t('datePattern'), value: p.get('from') || '' }),
  el('label', { for: 'to' }, t('to')),
  el('input', { id: 'to', name: 'to', type: 'text', size: 10, placeholder: t('datePattern'), value: p.get('to') || '' }),
  ...FILTERS.filter(f => !IN_FORM.includes(f))
    .flatMap(f => p.getAll(f).filter(Boolean).map(v => el('input', { type: 'hidden', name: f, value: v }))),
  el('button', { type: 'submit' }, t('go')));
main.append(form);

// Active filters, each removable; an entity's chip shows its name once the facets give it.
const entityChips = [];
const active = FILTERS.flatMap(f => p.getAll(f).filter(Boolean).map(v => [f, v]));
if (active.length) {
  main.append(el('p', { class: 'active' }, `${t('filters')} : `, ...active.map(([f, v]) => {
    const u = new URLSearchParams(p);
    u.delete(f);
    p.getAll(f).filter(x => x !== v).forEach(x => u.append(f, x));
    u.delete('cursor');
    const chip = el('a', { href: `/search?${u}`, class: 'chip', title: t('remove') },
      `${t(f === 'event' ? 'event_type' : f)} = ${v} ✕`);
    if (f === 'entity') entityChips.push([chip, v]);
    return chip;
  })));
}

const layoutEl = el('div', { class: 'cols search' });
const side = el('aside', { 'aria-label': t('facets') });
const list = el('section', { 'aria-live': 'polite', 'aria-label': t('results') });
layoutEl.append(side, list);
main.append(layoutEl);

const query = {};
for (const k of ['q', 'sort', ...FILTERS]) query[k] = p.getAll(k);
const searched = ['q', ...FILTERS].some(k => p.get(k));

async function load(cursor) {
  let r;
  try {
    r = await api('/api/search', { ...query, cursor, limit: 20 });
  } catch (e) {
    showError(list, e);
    return;
  }
  if (!cursor) {
    const { sort, ...filters } = query;
    list.append(el('p', { class: 'total' }, `${r.total} ${t('results')}`), exportLinks(filters));
    renderFacets(r.facets || {});
  }
  const ol = el('ol', { class: 'hits' });
  for (const h of r.hits) {
    ol.append(el('li', {},
      el('h2', {}, articleLink(h.id, h.title || h.source)),
      el('p', { class: 'meta' }, [h.outlet, h.published, h.lang].filter(Boolean).join(' · ')),
      el('p', { class: 'snippet' }, snippet(h.snippet))));
  }
  if (!r.hits.length && !cursor) list.append(el('p', {}, t('none')));
  list.append(ol);
  if (!cursor) ready('veille:results');
  if (r.next) {
    const b = el('button', { type: 'button', class: 'more' }, t('more'));
    b.addEventListener('click', () => { b.remove(); load(r.next); });
    list.append(b);
  }
}

function renderFacets(f) {
  if (f.month && f.month.length) {
    side.append(el('h2', {}, t('months')), el('p', { class: 'meta' }, t('dragHint')));
    side.append(bars(fillMonths(f.month.map(m => ({ label: m.value, count: m.count }))), t('months'),
      (a, b) => { location.href = urlWith({ from: a.label, to: b.label }); }));
  }
  for (const [name, param] of Object.entries(FACET_PARAM)) {
    const values = f[name] || [];
    if (!values.length) continue;
    side.append(el('h2', {}, t(name)));
    // An entity is shown by its name; the URL filters by its id.
    side.append(el('ul', { class: 'facet' }, values.map(v =>
      el('li', {}, el('a', { href: urlWith({ [param]: v.value }), title: v.name && v.name !== v.value ? v.value : null },
        v.name || v.value), ` (${v.count})`))));
  }
  const names = new Map((f.entity || []).map(v => [v.value, v.name]));
  for (const [chip, v] of entityChips) {
    if (names.get(v)) chip.textContent = `${t('entity')} = ${names.get(v)} ✕`;
  }
}

// History and saved searches, kept in the store: this search goes into the history; saved ones are listed and kept.
const LABEL_OF = { event: 'event_type', sort: 'sort' };

/** A kept search as a link that reads as words: the query, then each filter as "label = value". */
function searchLink(query) {
  const u = new URLSearchParams(query);
  const words = [...u.entries()].filter(([, v]) => v).map(([k, v]) => (k === 'q' ? v : `${t(LABEL_OF[k] || k)} = ${v}`));
  return el('a', { href: `/search?${u}` }, words.join(' · ') || t('all'));
}

// After the facets in the side column, filled once the results are shown.
const box = el('section', { class: 'searches', 'aria-label': t('history') });

async function searches() {
  side.append(box);
  const here = new URLSearchParams(p);
  here.delete('cursor');
  let s;
  try {
    s = searched ? await send('POST', '/api/searches/history', { query: here.toString() }) : await api('/api/searches');
  } catch (e) {
    return; // a server without the store's writes (an older one) still searches
  }
  if (searched) {
    const nameId = 'save-name';
    const f = el('form', { class: 'save' }, el('label', { for: nameId }, t('name')),
      el('input', { id: nameId, type: 'text', required: true, maxlength: 200, value: p.get('q') || '' }),
      el('button', { type: 'submit' }, t('save')));
    f.addEventListener('submit', async e => {
      e.preventDefault();
      try {
        await send('POST', '/api/searches/saved', { name: f.querySelector('input').value, query: here.toString() });
        location.reload();
      } catch (err) {
        showError(box, err);
      }
    });
    box.append(f);
  }
  if (s.saved.length) {
    box.append(el('h2', {}, t('saved')), el('ul', { class: 'saved' }, s.saved.map(x => {
      const del = el('button', { type: 'button', class: 'delete', 'aria-label': `${t('delete')} ${x.name}` }, '✕');
      del.addEventListener('click', async () => {
        try { await send('DELETE', `/api/searches/saved/${encodeURIComponent(x.id)}`); location.reload(); } catch (err) { showError(box, err); }
      });
      return el('li', {}, el('a', { href: `/search?${new URLSearchParams(x.query)}`, title: searchLink(x.query).textContent }, x.name), ' ', del);
    })));
  }
  if (s.history.length) {
    box.append(el('h2', {}, t('history')), el('ol', { class: 'history' },
      s.history.slice(0, 5).map(x => el('li', {}, searchLink(x.query)))));
  }
}

load(null).then(searches);
