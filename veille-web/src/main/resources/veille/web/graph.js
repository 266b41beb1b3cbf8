import cytoscape from '/assets/cytoscape.esm.min.mjs';
import { t, el, api, layout, showError, entityLink, filterForm, params, exportLinks, ready } from '/assets/ui.js';

// The actor network of a query or an entity over a period (/api/graph): co-occurrence and event edges, drawn by
// Cytoscape (zoom and pan by wheel, drag or the buttons); every edge opens the articles behind it, also from the
// table under the drawing, which is the keyboard's and screen reader's way in.
const main = layout(t('graph'));
const p = params();
main.append(filterForm([['q', t('query')], ['entity', t('entity')], ['from', t('from')], ['to', t('to')],
  ['limit', t('limit'), 'number']]));

const base = { q: p.get('q'), entity: p.get('entity'), from: p.get('from'), to: p.get('to') };

/**
 * The search for the articles behind an edge, within the page's query and period: a co-occurrence edge, the articles
 * that name both actors; an event edge, those whose events of that type have both as participants.
 */
function edgeUrl(e) {
  const u = new URLSearchParams();
  for (const k of ['from', 'to']) if (base[k]) u.set(k, base[k]);
  if (e.kind === 'event') {
    const who = [e.source, e.target].map(id => `participant:"${id.replace(/"/g, '')}"`).join(' ');
    u.set('q', base.q ? `(${base.q}) ${who}` : who);
    if (e.type) u.set('event', e.type);
  } else {
    if (base.q) u.set('q', base.q);
    u.append('entity', e.source);
    u.append('entity', e.target);
  }
  return `/search?${u}`;
}

const COLORS = { PER: '#c46a12', ORG: '#7b4fc4', LOC: '#2e8a4c' };

(async () => {
  let g;
  try {
    g = await api('/api/graph', { ...base, limit: p.get('limit') || 30 });
  } catch (e) {
    showError(main, e);
    return;
  }
  main.append(exportLinks(base));
  if (!g.nodes.length) {
    main.append(el('p', {}, t('none')));
    return;
  }
  const names = new Map(g.nodes.map(n => [n.id, n.name || n.id]));
  const max = Math.max(1, ...g.nodes.map(n => n.articles || 1));
  const maxW = Math.max(1, ...g.edges.map(e => e.weight));
  const zoomIn = el('button', { type: 'button' }, `+ ${t('zoomIn')}`);
  const zoomOut = el('button', { type: 'button' }, `− ${t('zoomOut')}`);
  const fit = el('button', { type: 'button' }, t('fit'));
  const box = el('div', { id: 'graph', class: 'graph', role: 'img',
    'aria-label': `${t('graph')} : ${g.nodes.length} ${t('entities')}, ${g.edges.length} ${t('links')}` });
  main.append(el('p', { class: 'meta' }, t('graphHint')), el('p', { class: 'zoom' }, zoomIn, ' ', zoomOut, ' ', fit), box);

  const cy = cytoscape({
    container: box,
    // Labels are drawn on the canvas as text, never parsed as markup.
    elements: [
      ...g.nodes.map(n => ({ group: 'nodes', data: { id: n.id, label: n.name || n.id, type: n.type || '',
        size: 18 + 42 * Math.sqrt((n.articles || 1) / max), color: COLORS[n.type] || '#4a6fb5' } })),
      ...g.edges.map((e, i) => ({ group: 'edges', data: { id: `e${i}`, source: e.source, target: e.target,
        kind: e.kind, type: e.type || '', weight: e.weight, width: 1 + 7 * (e.weight / maxW), url: edgeUrl(e),
        opacity: 0.25 + 0.65 * (e.weight / maxW),
        label: e.kind === 'event' ? e.type : '' } })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)',
        'background-color': 'data(color)', 'font-size': 12, color: '#1d1d1f', 'text-valign': 'bottom', 'text-margin-y': 4,
        'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': 1 } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': '#9aa3b5', 'curve-style': 'bezier',
        opacity: 'data(opacity)' } },
      { selector: 'edge[kind = "event"]', style: { 'line-color': '#d0453a', 'line-style': 'dashed', label: 'data(label)',
        'font-size': 10, color: '#8a1f17', 'text-rotation': 'autorotate' } },
      { selector: 'node.asked', style: { 'border-width': 4, 'border-color': '#1d1d1f' } },
    ],
    // Spread wide: a news graph is dense (every actor of an article meets every other).
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 200000, idealEdgeLength: () => 140,
      edgeElasticity: () => 60, nodeOverlap: 40, gravity: 0.5, numIter: 1500 },
    wheelSensitivity: 0.3,
    minZoom: 0.2,
    maxZoom: 4,
  });
  // A small graph fitted to the box would be drawn huge: no closer than 1.2 at first.
  if (cy.zoom() > 1.2) {
    cy.zoom(1.2);
    cy.center();
  }
  if (base.entity) {
    // The API puts the asked actor first (the parameter may be a name rather than an id).
    const asked = cy.getElementById(base.entity);
    (asked.nonempty() ? asked : cy.nodes().first()).addClass('asked');
  }
  cy.on('tap', 'edge', e => { location.href = e.target.data('url'); });
  cy.on('tap', 'node', e => { location.href = `/entities/${encodeURIComponent(e.target.id())}`; });
  const zoom = f => cy.zoom({ level: cy.zoom() * f, renderedPosition: { x: box.clientWidth / 2, y: box.clientHeight / 2 } });
  zoomIn.addEventListener('click', () => zoom(1.25));
  zoomOut.addEventListener('click', () => zoom(0.8));
  fit.addEventListener('click', () => cy.fit(undefined, 20));
  window.veilleGraph = cy; // for the browser test: the drawn graph's nodes and edges

  // The actors and the edges again as lists of links.
  main.append(el('h2', {}, t('limit')), el('ul', { class: 'actors' }, g.nodes.map(n =>
    el('li', {}, entityLink(n.id, n.name), ` ${n.type || ''} (${n.articles} ${t('articles')}) · `,
      el('a', { href: `/graph?${new URLSearchParams({ ...Object.fromEntries(Object.entries(base).filter(([, v]) => v)), entity: n.id })}` },
        t('graph'))))));
  const rows = g.edges.map(e => el('tr', {},
    el('td', {}, entityLink(e.source, names.get(e.source))),
    el('td', {}, entityLink(e.target, names.get(e.target))),
    el('td', {}, e.kind === 'event' ? `${t('event')} ${e.type || ''}` : t('cooccurrence')),
    el('td', {}, el('a', { href: edgeUrl(e), class: 'edge' }, `${e.weight} ${t('articles')}`))));
  main.append(el('h2', {}, t('links')), el('table', { class: 'edges' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('entity')), el('th', { scope: 'col' }, t('entity')),
      el('th', { scope: 'col' }, t('kind')), el('th', { scope: 'col' }, t('weight')))),
    el('tbody', {}, rows)));
  ready('veille:graph');
})();
