import { t, el, api, layout, showError, entityLink, articleLink, filterForm, params, exportLinks } from '/assets/ui.js';

const main = layout(t('events'));
const p = params();
main.append(filterForm([['type', t('type')], ['participant', t('participant')], ['place', t('place')],
  ['from', t('from')], ['to', t('to')]]));

// The newest matching articles are read a window at a time (the server merges their events); the button at the end
// reads the next, older window and adds its events under their dates.
const WINDOW = Math.min(5000, Math.max(1, parseInt(p.get('articles'), 10) || 1000)); // articles= in the URL: another size
const query = { type: p.get('type'), participant: p.get('participant'), place: p.get('place'),
  from: p.get('from'), to: p.get('to'), limit: 10000, articles: WINDOW };

function eventItem(e) {
  return el('li', { class: 'event' }, el('strong', {}, e.type || ''), e.mode ? ` (${e.mode})` : '', ' ',
    (e.participants || []).flatMap((x, i) => [i ? ', ' : '', entityLink(x.id, x.name)]),
    e.place ? [' @ ', entityLink(e.place.id, e.place.name)] : [],
    // The articles reporting it; an article may report it twice (its reports are counted apart).
    ` · ${(e.sources || []).length} ${t((e.sources || []).length > 1 ? 'sources' : 'oneSource')}`,
    e.reports > (e.sources || []).length ? ` (${e.reports} ${t('reports')})` : '', ' : ',
    (e.sources || []).flatMap((s, i) => [i ? ', ' : '', articleLink(s.id, s.outlet || s.title || s.source)]));
}

(async () => {
  let r;
  try {
    r = await api('/api/events', query);
  } catch (e) {
    showError(main, e);
    return;
  }
  const types = [...new Set(r.events.map(e => e.type).filter(Boolean))].sort();
  if (types.length > 1 || p.get('type')) {
    main.append(el('p', { class: 'active' }, `${t('type')} : `,
      el('a', { href: '/events', class: 'chip' }, t('all')),
      ...types.map(ty => el('a', { href: `/events?type=${encodeURIComponent(ty)}`, class: 'chip' }, ty))));
  }
  // The articles behind the list: the API's export takes the article filters (place as a query on the place field).
  main.append(exportLinks({ event: p.get('type'), entity: p.get('participant'), from: p.get('from'), to: p.get('to'),
    q: p.get('place') ? `place:"${p.get('place').replace(/"/g, '')}"` : null }));
  if (!r.events.length && !r.next) main.append(el('p', {}, t('none')));
  // Grouped by date, newest first. An event without a full date (none, a weekday, a day without a year) goes by its
  // first report's publication date, under a heading that says so; one with neither comes last.
  const tl = el('ol', { class: 'timeline' });
  main.append(tl);
  const groups = new Map();
  const placeOf = e => {
    if (/^\d{4}(-\d{2}){0,2}$/.test(e.date || '')) return [e.date, e.date];
    const reported = (e.sources || []).map(s => s.published).filter(Boolean).sort()[0];
    const what = e.date || t('undated');
    return reported ? [reported, `${what} (${t('reported')} ${reported})`] : ['', what];
  };
  const order = (a, b) => (!a ? 1 : !b ? -1 : b.localeCompare(a));
  const add = list => {
    for (const e of list) {
      const [at, heading] = placeOf(e);
      if (!groups.has(heading)) {
        const ul = el('ul', {});
        const li = el('li', { 'data-at': at }, el('h2', {}, heading), ul);
        const before = [...tl.children].find(x => order(at, x.dataset.at) < 0);
        tl.insertBefore(li, before || null);
        groups.set(heading, ul);
      }
      groups.get(heading).append(eventItem(e));
    }
  };
  add(r.events);
  let read = r.articles;
  const note = el('p', { class: 'meta' });
  main.append(note);
  const more = next => {
    note.textContent = next ? `(${read} ${t('eventsRead')})` : '';
    if (!next) return;
    const b = el('button', { type: 'button', class: 'more' }, t('olderEvents'));
    b.addEventListener('click', async () => {
      b.remove();
      try {
        const o = await api('/api/events', { ...query, cursor: next });
        add(o.events);
        read += o.articles;
        more(o.next);
      } catch (err) {
        showError(main, err);
      }
    });
    main.append(b);
  };
  more(r.next);
})();
