// Talking points: passages copied across outlets and formulas several outlets repeat, from /api/talking-points.
// Every string of the answer goes into the page through el() as text; links are same-site paths only.
import { t, el, api, layout, showError, filterForm, params, articleLink, bars } from '/assets/ui.js';

const FR = (navigator.language || 'fr').toLowerCase().startsWith('fr');
const L = (fr, en) => (FR ? fr : en);

const main = layout(L('Éléments de langage', 'Talking points'));
const p = params();
const kind = el('select', { id: 'f-kind', name: 'kind' },
  ...[['all', L('tous', 'all')], ['reuse', L('passages repris', 'reused passages')], ['phrase', L('formules', 'phrases')]]
    .map(([v, label]) => el('option', { value: v, selected: (p.get('kind') || 'all') === v ? 'selected' : null }, label)));
main.append(filterForm([['from', t('from'), 'date'], ['to', t('to'), 'date'],
  ['min_outlets', L('Médias au moins', 'At least outlets'), 'number']], [el('label', { for: 'f-kind' }, t('type')), kind]));

/** One member: date, outlet (state-affiliated marked), speaker, the words linked to the article at their span. */
function member(m, first) {
  const when = m.published_at || m.published || t('undated');
  const href = m.article ? `/articles/${encodeURIComponent(m.article)}?start=${m.start}&end=${m.end}` : null;
  return el('li', { class: first ? 'member first' : 'member' },
    el('span', { class: 'meta' }, when, ' · ', m.outlet || '?', m.state_affiliated ? ` (${t('state_affiliated')})` : '',
      m.speaker ? ` · ${m.speaker}` : '', first ? ` · ${L('premier', 'first seen')}` : ''), ' ',
    href ? el('a', { href }, `« ${m.text} »`) : el('span', {}, `« ${m.text} »`),
    m.article ? null : ` (${m.source})`);
}

/** One cluster: its text, outlets, first seen, a bar per day of its spread, its members. */
function cluster(c) {
  const days = Object.entries(c.spread || {}).map(([label, count]) => ({ label, count }));
  const section = el('section', { class: 'cluster', id: c.id },
    el('h2', {}, c.kind === 'phrase' ? L('Formule', 'Phrase') : L('Passage', 'Passage'), ' : « ', c.text, ' »'),
    el('p', { class: 'meta' }, `${c.outlets.length} ${L('médias', 'outlets')} · ${c.members.length} ${t('articles')} · `,
      L('premier : ', 'first: '), c.first.published_at || c.first.published || t('undated'), ' · ', c.first.outlet || '?',
      ' · ', c.first.article ? articleLink(c.first.article, c.first.source) : c.first.source,
      c.catalogue && c.catalogue.length ? ` · ${L('catalogue', 'catalogue')} : ${c.catalogue.join(', ')}` : ''),
    el('p', { class: 'meta' }, c.outlets.join(', ')));
  if (days.length) section.append(bars(days, L('Membres par jour', 'Members per day')));
  section.append(el('ol', { class: 'members' }, c.members.map((m, i) => member(m, i === 0))));
  return section;
}

(async () => {
  try {
    const r = await api('/api/talking-points', { kind: p.get('kind'), from: p.get('from'), to: p.get('to'),
      min_outlets: p.get('min_outlets'), limit: 100 });
    main.append(el('p', { class: 'meta' }, `${r.total} ${L('groupes', 'clusters')}`));
    if (!r.clusters.length) main.append(el('p', {}, t('none')));
    for (const [k, heading] of [['reuse', L('Passages repris', 'Reused passages')], ['phrase', L('Formules récurrentes', 'Recurring phrases')]]) {
      const list = r.clusters.filter(c => c.kind === k);
      if (list.length) main.append(el('h2', {}, heading), ...list.map(cluster));
    }
  } catch (e) {
    showError(main, e);
  }
})();
