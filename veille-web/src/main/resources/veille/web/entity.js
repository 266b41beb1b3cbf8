import { t, el, api, bars, fillMonths, layout, showError, entityLink, articleLink, pathId, quoteList, firstQuotes, filterForm, params, exportLinks, ready } from '/assets/ui.js';

const main = layout(null);
const id = pathId();
// The profile, the first quotes and the events are asked for at once: the page waits for the slowest, not the sum.
const quoteQuery = { speaker: id, q: params().get('q') };
const quotes = firstQuotes(quoteQuery);
const events = api('/api/events', { participant: id, limit: 50 });
events.catch(() => {});

(async () => {
  let e;
  try {
    e = await api(`/api/entities/${encodeURIComponent(id)}`);
  } catch (err) {
    showError(main, err);
    return;
  }
  document.title = `${e.name || e.id} · Veille`;
  main.append(el('h1', {}, e.name || e.id),
    el('p', { class: 'meta' }, `${e.type || ''} · ${e.id} · ${e.articles} ${t('articles')}`,
      e.first_seen ? ` · ${e.first_seen} → ${e.last_seen}` : '', ' · ',
      el('a', { href: `/search?entity=${encodeURIComponent(e.id)}` }, t('search')), ' · ',
      el('a', { href: `/graph?entity=${encodeURIComponent(e.id)}` }, t('graph'))),
    exportLinks({ entity: e.id }));

  const cols = el('div', { class: 'cols' });
  const left = el('section', {});
  const right = el('aside', {});
  cols.append(left, right);
  main.append(cols);

  left.append(el('h2', {}, t('mentions')));
  left.append(bars(fillMonths((e.months || []).map(m => ({ label: m.month, count: m.articles }))), t('mentions'),
    (a, b) => { location.href = `/search?entity=${encodeURIComponent(e.id)}&from=${a.label}&to=${b.label}`; }));

  left.append(el('h2', {}, `${t('quotes')} (${e.quotes})`));
  left.append(filterForm([['q', t('filterWords')]]));
  await quoteList(left, quoteQuery, quotes);
  ready('veille:entity');

  right.append(el('h2', {}, t('aliases')),
    el('ul', {}, (e.aliases || []).map(a => el('li', {}, a.alias, ` (${a.articles})`))));
  if ((e.roles || []).length) {
    right.append(el('h2', {}, t('roles')), el('ul', {}, e.roles.map(r =>
      el('li', {}, r.role, ` (${r.articles}; ${r.first_seen || '?'} → ${r.last_seen || '?'})`))));
  }
  right.append(el('h2', {}, t('cooccurring')), el('ul', {}, (e.cooccurring || []).map(c =>
    el('li', {}, entityLink(c.id, c.name), ` ${c.type || ''} (${c.articles})`))));

  right.append(el('h2', {}, `${t('events')} (${e.events})`));
  try {
    const ev = await events;
    right.append(el('ul', {}, ev.events.map(x => el('li', {}, el('strong', {}, x.type || ''), ' ', x.date || '',
      ' ', (x.participants || []).filter(p => p.id !== e.id).flatMap((p, i) => [i ? ', ' : '', entityLink(p.id, p.name)]),
      ' · ', (x.sources || []).slice(0, 3).flatMap((s, i) => [i ? ', ' : '', articleLink(s.id, s.outlet || s.title)])))));
  } catch (err) {
    showError(right, err);
  }
})();
