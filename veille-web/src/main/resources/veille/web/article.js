import { t, el, api, layout, showError, entityLink, pathId } from '/assets/ui.js';

const main = layout(null);

function spansOf(a) {
  const mentions = [];
  for (const e of a.entities || []) {
    for (const m of [...(e.mentions || []), ...(e.descriptions || [])]) {
      if (Number.isInteger(m.start) && Number.isInteger(m.end) && m.end > m.start) {
        mentions.push({ start: m.start, end: m.end, id: e.id, type: e.type, name: e.name, how: m.how });
      }
    }
  }
  // An event's trigger words ("s'est entretenu") are highlighted like a mention, linking to the events of that
  // type with its first participant; a trigger that overlaps a name gives way to the name.
  (a.events || []).forEach((e, i) => {
    if (Number.isInteger(e.start) && Number.isInteger(e.end) && e.end > e.start) {
      mentions.push({ start: e.start, end: e.end, event: e, index: i });
    }
  });
  mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  const quotes = (a.quotes || []).filter(q => Number.isInteger(q.start) && Number.isInteger(q.end) && q.end > q.start)
    .sort((x, y) => x.start - y.start);
  return { mentions, quotes };
}

/**
 * Where the characters [s, e) of the clean text came from, for a fact's tooltip: the input line of their block, its DOM
 * path (HTML), and the input range where the block's source is its text as written.
 */
function provenance(where, s, e) {
  if (!where) return '';
  const exact = Number.isInteger(where.input_start) && where.input_end - where.input_start === where.end - where.start;
  return ` · ${[where.line ? `${t('line')} ${where.line}` : null, where.path,
    exact ? `[${where.input_start + s - where.start}–${where.input_start + e - where.start}]` : null].filter(Boolean).join(' · ')}`;
}

/** Text [a, b) with entity mentions as links to their pages (overlaps skipped, spans clipped); where: its block. */
function withMentions(text, a, b, mentions, where) {
  const out = [];
  let at = a;
  for (const m of mentions) {
    if (m.end <= at || m.start >= b) continue;
    const s = Math.max(m.start, at), e = Math.min(m.end, b);
    if (s > at) out.push(text.slice(at, s));
    if (m.event) {
      out.push(eventLink(m.event, m.index, text.slice(s, e), provenance(where, s, e)));
      at = e;
      continue;
    }
    const link = entityLink(m.id, text.slice(s, e));
    link.classList.add(`t-${String(m.type || 'misc').toLowerCase().replace(/[^a-z]/g, '')}`);
    link.title = `${m.name || m.id} (${m.type || ''})${provenance(where, s, e)}`;
    out.push(link);
    at = e;
  }
  if (at < b) out.push(text.slice(at, b));
  return out;
}

function eventUrl(e) {
  const u = new URLSearchParams();
  if (e.type) u.set('type', e.type);
  const first = (e.participants || []).find(x => x.id);
  if (first) u.set('participant', first.id);
  return `/events?${u}`;
}

function eventLink(e, i, words, from) {
  const who = (e.participants || []).map(x => x.name || x.id).filter(Boolean).join(', ');
  return el('a', { href: eventUrl(e), class: `event-trigger ev-${i}`, 'aria-describedby': `ev-${i}`,
    title: [e.type, e.date, who].filter(Boolean).join(' · ') + from }, words);
}

/** Text [a, b) with quotes set apart (their speaker linked after them) and mentions inside and around them. */
function rich(text, a, b, sp, where) {
  const out = [];
  let at = a;
  for (const q of sp.quotes) {
    if (q.end <= at || q.start >= b) continue;
    const s = Math.max(q.start, at), e = Math.min(q.end, b);
    out.push(...withMentions(text, at, s, sp.mentions, where));
    const span = el('span', { class: `quote ${q.kind || ''}`, title: `${q.kind || t('quote')}${provenance(where, s, e)}` },
      withMentions(text, s, e, sp.mentions, where));
    out.push(span);
    if (q.speaker && e === q.end) {
      out.push(' ', el('span', { class: 'said' }, '— ', q.speaker.id
        ? el('a', { href: `/entities/${encodeURIComponent(q.speaker.id)}`, class: 'speaker' }, q.speaker.name || q.speaker.id)
        : el('span', { class: 'speaker' }, q.speaker.name || '')));
    }
    at = e;
  }
  out.push(...withMentions(text, at, b, sp.mentions, where));
  return out;
}

function body(a) {
  const text = a.text || '';
  const sp = spansOf(a);
  const section = el('section', { class: 'text', 'aria-label': t('text') });
  const blocks = (a.blocks || []);
  if (!blocks.some(b => Number.isInteger(b.start))) {
    // No block offsets: paragraphs are the text's blank-line-separated runs.
    let at = 0;
    for (const para of text.split('\n\n')) {
      section.append(el('p', {}, rich(text, at, at + para.length, sp)));
      at += para.length + 2;
    }
    return section;
  }
  // Consecutive set-apart blocks (captions, credits, boilerplate...) stay in their place as one collapsed group;
  // the row keeps their provenance (kind, reason, line, DOM path, input range), not their text.
  let apart = [];
  const flush = () => {
    if (!apart.length) return;
    const kinds = [...new Set(apart.map(b => b.kind || '?'))].join(', ');
    section.append(el('details', { class: 'apart' },
      el('summary', {}, `${t('setApart')} (${apart.length}) : ${kinds}`),
      el('ul', {}, apart.map(b => el('li', {}, [b.kind, b.reason, b.line ? `${t('line')} ${b.line}` : null, b.path,
        Number.isInteger(b.input_start) ? `[${b.input_start}–${b.input_end}]` : null].filter(Boolean).join(' · '))))));
    apart = [];
  };
  for (const b of blocks) {
    if (Number.isInteger(b.start) && Number.isInteger(b.end)) {
      flush();
      section.append(el(b.kind === 'title' ? 'h1' : 'p', { 'data-line': b.line }, rich(text, b.start, b.end, sp, b)));
    } else {
      apart.push(b);
    }
  }
  flush();
  return section;
}

function metadata(a) {
  const dl = el('dl', {});
  const row = (k, v, ev) => {
    if (v === null || v === undefined || v === '' || (Array.isArray(v) && !v.length)) return;
    dl.append(el('dt', {}, t(k)), el('dd', {}, Array.isArray(v) ? v.join(', ') : String(v),
      ev && ev.line ? el('small', { class: 'evidence' }, ` (${t('line')} ${ev.line})`) : null));
  };
  const ev = a.evidence || {};
  row('outlet', a.outlet, ev.outlet);
  row('published', a.published, ev.published);
  row('authors', a.authors, ev.authors);
  row('lang', a.lang);
  row('source', a.source);
  const aside = el('aside', { class: 'meta' }, el('h2', {}, t('metadata')), dl);
  if ((a.entities || []).length) {
    aside.append(el('h2', {}, t('entities')), el('ul', {}, a.entities.map(e =>
      el('li', {}, entityLink(e.id, e.name), ` ${e.type || ''}`, e.role ? ` · ${e.role}` : ''))));
  }
  if ((a.events || []).length) {
    aside.append(el('h2', {}, t('events')), el('ul', { class: 'events' }, a.events.map((e, i) =>
      el('li', { id: `ev-${i}` }, el('a', { href: eventUrl(e), class: 'event-type' }, e.type || ''), ' ', e.date || '', ' ',
        (e.participants || []).flatMap((p, i) => [i ? ', ' : '', entityLink(p.id, p.name)]),
        e.place ? [' @ ', entityLink(e.place.id, e.place.name)] : [],
        e.evidence && e.evidence.text ? [' ', el('q', {}, e.evidence.text)] : null))));
  }
  return aside;
}

(async () => {
  try {
    const a = await api(`/api/articles/${encodeURIComponent(pathId())}`);
    document.title = `${a.title || a.source || 'Article'} · Veille`;
    const hasTitleBlock = (a.blocks || []).some(b => b.kind === 'title' && Number.isInteger(b.start));
    if (!hasTitleBlock) main.append(el('h1', {}, a.title || a.source || ''));
    main.append(el('div', { class: 'cols' }, body(a), metadata(a)));
  } catch (e) {
    showError(main, e);
  }
})();
