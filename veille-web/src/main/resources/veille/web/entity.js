import { t, el, api, bars, fillMonths, layout, showError, entityLink, articleLink, pathId, quoteList, firstQuotes, filterForm, params, exportLinks, ready } from '/assets/ui.js';

const main = layout(null);
const id = pathId();
// The events of the newest articles naming the entity, a window at a time: a page costs the same for an actor named in
// ten articles or in thirty thousand; the button reads the next, older window.
const EVENT_ARTICLES = 200;
const eventQuery = { participant: id, limit: 100, articles: EVENT_ARTICLES };
// The profile, the first quotes and the first events are asked for at once: the page waits for the slowest, not the sum.
const quoteQuery = { speaker: id, q: params().get('q') };
const quotes = firstQuotes(quoteQuery);
const events = api('/api/events', eventQuery);
events.catch(() => {});

/** Dated events newest first, undated ones last. */
function newestFirst(list) {
  const dated = list.filter(x => /^\d/.test(x.date || ''));
  return [...dated.reverse(), ...list.filter(x => !/^\d/.test(x.date || ''))];
}

/** The entity's events, one window of articles after another (first: the window already asked for). */
async function eventList(container, e, first) {
  const ul = el('ul', { class: 'events' });
  container.append(ul);
  const page = async cursor => {
    try {
      const r = await (cursor ? api('/api/events', { ...eventQuery, cursor }) : first);
      newestFirst(r.events).forEach(x => ul.append(el('li', {}, el('strong', {}, x.type || ''), ' ', x.date || '',
        ' ', (x.participants || []).filter(p => p.id !== e.id).flatMap((p, i) => [i ? ', ' : '', entityLink(p.id, p.name)]),
        ' · ', (x.sources || []).slice(0, 3).flatMap((s, i) => [i ? ', ' : '', articleLink(s.id, s.outlet || s.title)]))));
      if (!ul.children.length && !r.next) ul.append(el('li', {}, t('none')));
      if (r.next) {
        const b = el('button', { type: 'button', class: 'more more-events' }, t('olderEvents'));
        b.addEventListener('click', () => { b.remove(); page(r.next); });
        container.append(b);
      }
    } catch (err) {
      showError(container, err);
    }
  };
  await page(null);
}

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
  const quotesShown = quoteList(left, quoteQuery, quotes);

  right.append(el('h2', {}, t('aliases')),
    el('ul', {}, (e.aliases || []).map(a => el('li', {}, a.alias, ` (${a.articles})`))));
  if ((e.roles || []).length) {
    right.append(el('h2', {}, t('roles')), el('ul', {}, e.roles.map(r =>
      el('li', {}, r.role, ` (${r.articles}; ${r.first_seen || '?'} → ${r.last_seen || '?'})`))));
  }
  if ((e.outlets || []).length) {
    // Each outlet opens its articles naming the entity.
    right.append(el('h2', {}, t('topOutlets')), el('ul', { class: 'outlets' }, e.outlets.map(o =>
      el('li', {}, el('a', { href: `/search?entity=${encodeURIComponent(e.id)}&outlet=${encodeURIComponent(o.outlet)}` },
        o.outlet), ` (${o.articles})`))));
  }

  right.append(el('h2', {}, t('cooccurring')), el('ul', {}, (e.cooccurring || []).map(c =>
    el('li', {}, entityLink(c.id, c.name), ` ${c.type || ''} (${c.articles})`))));
  right.append(el('h2', {}, `${t('events')} (${e.events})`));
  await Promise.all([quotesShown, eventList(right, e, events)]);
  ready('veille:entity');
})();
