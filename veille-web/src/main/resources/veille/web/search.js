import { t, el, api, snippet, bars, fillMonths, layout, showError, articleLink, params } from '/assets/ui.js';

// Filters the search page carries in its URL (shareable): the API's own parameter names.
const FILTERS = ['outlet', 'entity', 'event', 'lang', 'state_affiliated', 'from', 'to'];
const FACET_PARAM = { outlet: 'outlet', entity: 'entity', event_type: 'event' };

const main = layout(t('search'));
const p = params();

function urlWith(changes) {
  const u = new URLSearchParams(p);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === '') u.delete(k); else u.set(k, v);
  }
  u.delete('cursor');
  return `/search?${u}`;
}

// The query form: a plain GET form, so that the URL is the state.
const form = el('form', { method: 'get', action: '/search', role: 'search', class: 'query' },
  el('label', { for: 'q' }, t('query')),
  el('input', { id: 'q', name: 'q', type: 'search', value: p.get('q') || '', autocomplete: 'off' }),
  el('label', { for: 'sort' }, t('sort')),
  (() => {
    const s = el('select', { id: 'sort', name: 'sort' });
    for (const v of ['', 'relevance', 'date', 'date_asc']) {
      const o = el('option', { value: v }, v ? t(v) : '—');
      if ((p.get('sort') || '') === v) o.selected = true;
      s.append(o);
    }
    return s;
  })(),
  el('label', { for: 'lang' }, t('lang')),
  selectOf('lang', ['', 'fr', 'en', 'ru', 'zh', 'ar', 'es', 'de']),
  el('label', { for: 'state_affiliated' }, t('state_affiliated')),
  selectOf('state_affiliated', ['', 'true', 'false'], v => (v === 'true' ? t('yes') : v === 'false' ? t('no') : t('all'))),
  ...FILTERS.filter(f => !['lang', 'state_affiliated'].includes(f) && p.get(f))
    .map(f => el('input', { type: 'hidden', name: f, value: p.get(f) })),
  el('button', { type: 'submit' }, t('go')));
main.append(form);

function selectOf(name, values, label = v => v || t('all')) {
  const s = el('select', { id: name, name });
  for (const v of values) {
    const o = el('option', { value: v }, label(v));
    if ((p.get(name) || '') === v) o.selected = true;
    s.append(o);
  }
  return s;
}

// Active filters, each removable.
const active = FILTERS.filter(f => p.get(f));
if (active.length) {
  main.append(el('p', { class: 'active' }, `${t('filters')} : `,
    ...active.map(f => el('a', { href: urlWith({ [f]: null }), class: 'chip', title: t('remove') },
      `${t(f === 'event' ? 'event_type' : f)} = ${p.get(f)} ✕`))));
}

const layoutEl = el('div', { class: 'cols search' });
const side = el('aside', { 'aria-label': 'Facettes' });
const list = el('section', { 'aria-live': 'polite' });
layoutEl.append(side, list);
main.append(layoutEl);

const query = {};
for (const k of ['q', 'sort', ...FILTERS]) query[k] = p.get(k);

async function load(cursor) {
  let r;
  try {
    r = await api('/api/search', { ...query, cursor, limit: 20 });
  } catch (e) {
    showError(list, e);
    return;
  }
  if (!cursor) {
    list.append(el('p', { class: 'total' }, `${r.total} ${t('results')}`));
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
  if (r.next) {
    const b = el('button', { type: 'button', class: 'more' }, t('more'));
    b.addEventListener('click', () => { b.remove(); load(r.next); });
    list.append(b);
  }
}

function renderFacets(f) {
  if (f.month && f.month.length) {
    side.append(el('h2', {}, t('months')));
    side.append(bars(fillMonths(f.month.map(m => ({ label: m.value, count: m.count }))), t('months'),
      b => { location.href = urlWith({ from: b.label, to: b.label }); }));
  }
  for (const [name, param] of Object.entries(FACET_PARAM)) {
    const values = f[name] || [];
    if (!values.length) continue;
    side.append(el('h2', {}, t(name)));
    side.append(el('ul', { class: 'facet' }, values.map(v =>
      el('li', {}, el('a', { href: urlWith({ [param]: v.value }) }, v.value), ` (${v.count})`))));
  }
}

load(null);
