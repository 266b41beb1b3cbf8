import { t, el, layout, quoteList, filterForm, params, exportLinks } from '/assets/ui.js';

const main = layout(t('quotes'));
const p = params();
// Newest first unless the reader asks for the oldest first.
const order = el('select', { id: 'f-sort', name: 'sort' }, [['date', t('newest')], ['date_asc', t('oldest')]].map(([v, label]) => {
  const o = el('option', { value: v }, label);
  if ((p.get('sort') || 'date') === v) o.selected = true;
  return o;
}));
main.append(filterForm([['speaker', t('speaker')], ['q', t('filterWords')], ['from', t('from')], ['to', t('to')]],
  [el('label', { for: 'f-sort' }, t('order')), order]));
// The articles behind the list: the speaker as an entity filter, the words searched in quotes.
const words = (p.get('q') || '').split(/\s+/).map(w => w.replace(/[^\p{L}\p{N}'’-]/gu, '')).map(w => w.replace(/^[-'’]+/, '')).filter(Boolean);
main.append(exportLinks({ entity: p.get('speaker'), from: p.get('from'), to: p.get('to'),
  q: words.length ? words.map(w => `quote:${w}`).join(' ') : null }));
quoteList(main, { speaker: p.get('speaker'), q: p.get('q'), from: p.get('from'), to: p.get('to'), sort: p.get('sort') });
