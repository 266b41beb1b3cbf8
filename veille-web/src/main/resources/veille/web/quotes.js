import { t, el, layout, quoteList, filterForm, params } from '/assets/ui.js';

const main = layout(t('quotes'));
const p = params();
main.append(filterForm([['speaker', t('speaker')], ['q', t('filterWords')], ['from', t('from')], ['to', t('to')]]));
quoteList(main, { speaker: p.get('speaker'), q: p.get('q'), from: p.get('from'), to: p.get('to') });
