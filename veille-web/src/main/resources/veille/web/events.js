import { t, el, api, layout, showError, entityLink, articleLink, filterForm, params, exportLinks } from '/assets/ui.js';

const main = layout(t('events'));
const p = params();
main.append(filterForm([['type', t('type')], ['participant', t('participant')], ['place', t('place')],
  ['from', t('from')], ['to', t('to')]]));

(async () => {
  let r;
  try {
    r = await api('/api/events', { type: p.get('type'), participant: p.get('participant'), place: p.get('place'),
      from: p.get('from'), to: p.get('to'), limit: 500 });
  } catch (e) {
    showError(main, e);
    return;
  }
  // Grouped by date, newest first; undated last.
  const byDate = new Map();
  for (const e of r.events) {
    const d = e.date || '';
    if (!byDate.has(d)) byDate.set(d, []);
    byDate.get(d).push(e);
  }
  const dates = [...byDate.keys()].sort((a, b) => (!a ? 1 : !b ? -1 : b.localeCompare(a)));
  const types = [...new Set(r.events.map(e => e.type).filter(Boolean))].sort();
  if (types.length > 1 || p.get('type')) {
    main.append(el('p', { class: 'active' }, `${t('type')} : `,
      el('a', { href: '/events', class: 'chip' }, t('all')),
      ...types.map(ty => el('a', { href: `/events?type=${encodeURIComponent(ty)}`, class: 'chip' }, ty))));
  }
  // The articles behind the list: the API's export takes the article filters (place as a query on the place field).
  main.append(exportLinks({ event: p.get('type'), entity: p.get('participant'), from: p.get('from'), to: p.get('to'),
    q: p.get('place') ? `place:"${p.get('place').replace(/"/g, '')}"` : null }));
  if (!r.events.length) main.append(el('p', {}, t('none')));
  const tl = el('ol', { class: 'timeline' });
  for (const d of dates) {
    tl.append(el('li', {}, el('h2', {}, d || t('undated')), el('ul', {}, byDate.get(d).map(e =>
      el('li', { class: 'event' }, el('strong', {}, e.type || ''), e.mode ? ` (${e.mode})` : '', ' ',
        (e.participants || []).flatMap((x, i) => [i ? ', ' : '', entityLink(x.id, x.name)]),
        e.place ? [' @ ', entityLink(e.place.id, e.place.name)] : [],
        ` · ${e.reports || (e.sources || []).length} ${t('sources')} : `,
        (e.sources || []).flatMap((s, i) => [i ? ', ' : '', articleLink(s.id, s.outlet || s.title || s.source)]))))));
  }
  main.append(tl);
  if (r.truncated) main.append(el('p', { class: 'meta' }, `(${r.articles} ${t('articles')}; ${t('truncated')})`));
})();
