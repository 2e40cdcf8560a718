// The discrepancy board: a story's facts as rows, its sources as columns, read through the public GraphQL API.
import { ApiError, ARTICLE, FACT_PAGE, FACT_QUERY, graphql, HISTORY, PAIR, RECORD, REVIEW, session, signIn, signOut, STORIES, STORY, STORY_ONLY } from './api.js';
import { numberLine, timeline } from './pictures.js';

const VERDICTS = {
  CONFLICT: 'Conflict', WORDING_DIFFERS: 'Wording differs', CONSISTENT: 'Consistent', AGREE: 'Agree',
  SINGLE_SOURCE: 'Single source', PENDING: 'Pending', NO_CLAIMS: 'No claims',
};
const RANK = ['CONFLICT', 'WORDING_DIFFERS', 'CONSISTENT', 'AGREE', 'SINGLE_SOURCE', 'PENDING', 'NO_CLAIMS'];
const REVIEWS = { OPEN: 'Open', CONFIRMED: 'Confirmed', DISMISSED: 'Dismissed' };
const KINDS = { DATE: 'Date', QUANTITY: 'Amount', QUOTE: 'Quote', ENTITY: 'Who / what', SET: 'List', TEXT: 'Text', YES_NO: 'Yes / no' };

const $ = id => document.getElementById(id);
const state = { stories: [], story: null, facts: [], byFact: new Map(), byClaim: new Map(), articles: new Map(), opener: null };

function h(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

// ---- routing: every view has a URL (#story=…&fact=…&claim=…, #story=…&pair=a,b, #story=…&source=…) -------------

function route() {
  return Object.fromEntries(new URLSearchParams(location.hash.slice(1)));
}

function link(params) {
  const clean = Object.fromEntries(Object.entries(params).filter(([, v]) => v));
  return `#${new URLSearchParams(clean)}`;
}

function go(params) {
  const target = link({ story: state.story?.id, ...params });
  if (target !== location.hash) location.hash = target;
  else render();
}

// ---- status and errors ------------------------------------------------------------------------------------------

const PICK_A_STORY = 'Pick a story to see its facts.';

function say(message, kind = 'info') {
  const status = $('status');
  status.className = `status ${kind}`;
  status.textContent = message;
}

function explain(error, withHints = true) {
  if (error instanceof ApiError) {
    const code = error.codes.length ? ` (${error.codes.join(', ')})` : '';
    if (!withHints) return `${error.message}${code}.`;
    const hints = {
      UNAUTHENTICATED: ' Sign in as a curator first.', FORBIDDEN: ' Your account may not do this.',
      VERSION_CONFLICT: ' The board has reloaded it: look again and retry.',
      RATE_LIMITED: ' Too many requests: wait a moment.', QUERY_TOO_LARGE: ' The query asks for too much at once.',
    };
    return `${error.message}${code}.${error.codes.map(c => hints[c] ?? '').join('')}`;
  }
  return `Something went wrong: ${error.message}`;
}

// ---- loading --------------------------------------------------------------------------------------------------

async function loadStories() {
  const data = await graphql(STORIES);
  state.stories = data.stories;
  const select = $('story');
  select.replaceChildren(h('option', { value: '' }, 'Pick a story…'),
    ...data.stories.map(s => h('option', { value: s.id }, s.title)));
}

async function loadStory(id) {
  $('count').textContent = 'Loading facts…';
  let story;
  try {
    story = (await graphql(STORY, { id })).story;
  } catch (error) {
    if (!(error instanceof ApiError && error.codes.includes('QUERY_TOO_LARGE'))) throw error;
    story = await loadInPages(id);
  }
  if (!story) throw new ApiError([{ message: `There is no story “${id}”`, extensions: { code: 'NOT_FOUND' } }]);
  index(story);
}

// A story too large for one query: its facts in pages, halving the page until the server's cost limit allows it.
async function loadInPages(id) {
  const story = (await graphql(STORY_ONLY, { id })).story;
  if (!story) return null;
  const facts = [];
  let first = 100, after = null, more = true;
  while (more) {
    try {
      const page = (await graphql(FACT_PAGE, { id, first, after })).facts;
      facts.push(...page.edges.map(e => e.node));
      ({ hasNextPage: more, endCursor: after } = page.pageInfo);
      $('count').textContent = `Loading facts… ${facts.length}`;
    } catch (error) {
      if (!(error instanceof ApiError && error.codes.includes('QUERY_TOO_LARGE') && first > 1)) throw error;
      first = Math.floor(first / 2);
    }
  }
  return { ...story, facts };
}

function index(story) {
  state.story = story;
  state.facts = [...story.facts].sort(byUrgency);
  state.byFact = new Map(story.facts.map(f => [f.id, f]));
  state.byClaim = new Map(story.facts.flatMap(f => f.claims.map(c => [c.id, f])));
  state.sourceNames = new Map(story.sources.map(s => [s.id, s.outlet ?? s.author ?? shortHeadline(s.headline)]));
  fillFilters();
  fillSourcePickers();
  exports(story.id);
}

// A source without an outlet goes by its headline's first words.
function shortHeadline(headline) {
  const words = headline.split(/\s+/);
  let short = words[0];
  for (const word of words.slice(1)) {
    if ((short + word).length > 24) return `${short}…`;
    short += ` ${word}`;
  }
  return short;
}

function sourceName(id) {
  return state.sourceNames?.get(id) ?? id;
}

function rank(fact) {
  const r = RANK.indexOf(fact.comparison.verdict);
  if (fact.comparison.verdict === 'CONFLICT' && fact.review.status === 'DISMISSED') return 0.5;
  return r < 0 ? RANK.length : r;
}

function byUrgency(a, b) {
  return rank(a) - rank(b)
    || b.comparison.severity - a.comparison.severity
    || Object.keys(REVIEWS).indexOf(a.review.status) - Object.keys(REVIEWS).indexOf(b.review.status)
    || a.question.localeCompare(b.question);
}

function verdictClass(fact) {
  if (fact.comparison.verdict === 'CONFLICT' && fact.review.status === 'DISMISSED') return 'dismissed';
  return fact.comparison.verdict.toLowerCase().replace('_', '-');
}

function exports(storyId) {
  const story = encodeURIComponent(storyId);
  $('export-csv').href = `/stories/${story}/claims.csv`;
  $('export-jsonld').href = `/stories/${story}/claim-review.jsonld`;
  $('export-corpus').href = `/stories/${story}/corpus.json`;
}

// ---- filters ----------------------------------------------------------------------------------------------------

function options(select, entries, all) {
  const keep = select.value;
  select.replaceChildren(h('option', { value: '' }, all), ...entries.map(([value, text]) => h('option', { value }, text)));
  select.value = entries.some(([value]) => value === keep) ? keep : '';
}

function fillFilters() {
  const kinds = [...new Set(state.facts.map(f => f.kind))];
  options($('f-kind'), kinds.map(k => [k, KINDS[k] ?? k]), 'All kinds');
  const entities = new Map(state.facts.flatMap(f => f.entities.map(e => [e.id, e.name])));
  options($('f-entity'), [...entities].sort((a, b) => a[1].localeCompare(b[1])), 'All entities');
  const verdicts = RANK.filter(v => state.facts.some(f => f.comparison.verdict === v));
  options($('f-verdict'), verdicts.map(v => [v, VERDICTS[v]]), 'All verdicts');
}

function matches(fact) {
  const kind = $('f-kind').value, entity = $('f-entity').value, verdict = $('f-verdict').value, review = $('f-review').value;
  if (kind && fact.kind !== kind) return false;
  if (entity && !fact.entities.some(e => e.id === entity)) return false;
  if (verdict && fact.comparison.verdict !== verdict) return false;
  if (review && !(fact.comparison.verdict === 'CONFLICT' && fact.review.status === review)) return false;
  const words = $('search').value.trim().toLowerCase();
  if (!words) return true;
  const text = [fact.question, fact.id, ...fact.entities.map(e => e.name),
    ...fact.claims.flatMap(c => [c.valueAsWritten, c.excerpt?.exact, sourceName(c.source.id)])].join(' ').toLowerCase();
  return words.split(/\s+/).every(w => text.includes(w));
}

// ---- the grid: facts × sources ----------------------------------------------------------------------------------

function groupIndex(fact) {
  const groups = new Map();
  if (fact.comparison.groups.length > 1) {
    fact.comparison.groups.forEach((g, i) => g.claims.forEach(c => groups.set(c.id, i + 1)));
  }
  return id => groups.get(id) ?? 0;
}

function renderGrid() {
  const sources = state.story.sources;
  $('grid-head').replaceChildren(h('tr', {},
    h('th', { scope: 'col', class: 'fact-col' }, 'Fact'),
    ...sources.map(s => h('th', { scope: 'col', title: s.headline },
      h('span', { class: 'outlet' }, sourceName(s.id)), h('span', { class: 'headline' }, s.headline)))));
  const shown = state.facts.filter(matches);
  $('count').textContent = `${shown.length} of ${state.facts.length} facts · ${state.story.facts.filter(f => f.comparison.verdict === 'CONFLICT' && f.review.status !== 'DISMISSED').length} genuine conflicts`;
  $('grid-body').replaceChildren(...(shown.length ? shown.map(f => row(f, sources))
    : [h('tr', {}, h('td', { colspan: sources.length + 1, class: 'empty' }, 'No fact matches these filters.'))]));
  renderLegend();
  roving();
}

function row(fact, sources) {
  const group = groupIndex(fact);
  const verdict = verdictClass(fact);
  const conflict = fact.comparison.verdict === 'CONFLICT';
  return h('tr', { class: `fact verdict-${verdict}`, 'data-fact': fact.id, 'data-verdict': fact.comparison.verdict, 'data-review': fact.review.status },
    h('th', { scope: 'row', class: 'fact-col' },
      h('button', { type: 'button', class: 'question', 'data-open': fact.id, tabindex: -1 }, fact.question),
      h('span', { class: 'chips' },
        h('span', { class: `chip verdict ${verdict}` }, VERDICTS[fact.comparison.verdict] ?? fact.comparison.verdict),
        conflict ? h('span', { class: `chip review review-${fact.review.status.toLowerCase()}` }, REVIEWS[fact.review.status]) : null,
        h('span', { class: 'chip kind' }, KINDS[fact.kind] ?? fact.kind))),
    ...sources.map(s => {
      const claims = fact.claims.filter(c => c.source.id === s.id);
      if (!claims.length) return h('td', { class: 'none', 'data-label': sourceName(s.id) }, h('span', { class: 'visually-hidden' }, 'no claim'), h('span', { 'aria-hidden': 'true' }, '—'));
      return h('td', { 'data-label': sourceName(s.id) }, h('div', { class: 'values' }, ...claims.map(c => h('button', {
        type: 'button', class: `cell group-${group(c.id)}`, 'data-open': fact.id, 'data-claim': c.id, tabindex: -1,
        'aria-label': `${sourceName(s.id)}: ${c.valueAsWritten}${group(c.id) ? ` (reading ${letter(group(c.id))})` : ''}`,
      }, group(c.id) ? h('span', { class: 'group-badge', 'aria-hidden': 'true' }, letter(group(c.id))) : null, c.valueAsWritten))));
    }));
}

function letter(n) {
  return String.fromCharCode(64 + n);
}

function renderLegend() {
  const counts = new Map();
  for (const f of state.facts) counts.set(f.comparison.verdict, (counts.get(f.comparison.verdict) ?? 0) + 1);
  $('legend').replaceChildren(...RANK.filter(v => counts.has(v)).map(v => h('button', {
    type: 'button', class: `chip verdict ${v.toLowerCase().replace('_', '-')}`, 'aria-pressed': String($('f-verdict').value === v),
    onclick: () => { $('f-verdict').value = $('f-verdict').value === v ? '' : v; renderGrid(); },
  }, `${VERDICTS[v]} · ${counts.get(v)}`)));
}

// Arrow keys move between the grid's buttons; only one of them is in the Tab order at a time.
function roving() {
  const buttons = [...$('grid-body').querySelectorAll('button')];
  if (buttons.length && !buttons.some(b => b.tabIndex === 0)) buttons[0].tabIndex = 0;
}

function moveFocus(event) {
  const current = event.target.closest('button');
  if (!current) return;
  const rows = [...$('grid-body').rows];
  const row = current.closest('tr');
  const columns = r => [r.querySelector('th'), ...r.querySelectorAll('td')];
  const buttonAt = (r, c) => columns(r)[c]?.querySelector('button');
  const nearest = (r, c) => { for (let i = c; i >= 0; i--) { const b = buttonAt(r, i); if (b) return b; } return null; };
  const col = columns(row).findIndex(c => c.contains(current));
  const at = rows.indexOf(row);
  const width = columns(row).length;
  let target = null;
  switch (event.key) {
    case 'ArrowRight': for (let c = col + 1; c < width && !target; c++) target = buttonAt(row, c); break;
    case 'ArrowLeft': target = col > 0 ? nearest(row, col - 1) : null; break;
    case 'ArrowDown': target = rows[at + 1] ? nearest(rows[at + 1], col) : null; break;
    case 'ArrowUp': target = rows[at - 1] ? nearest(rows[at - 1], col) : null; break;
    case 'Home': target = buttonAt(row, 0); break;
    case 'End': target = nearest(row, width - 1); break;
    default: return;
  }
  event.preventDefault();
  if (target) focusCell(target);
}

function focusCell(button) {
  $('grid-body').querySelectorAll('button[tabindex="0"]').forEach(b => { b.tabIndex = -1; });
  button.tabIndex = 0;
  button.focus();
}

// ---- the fact: explanation, picture, claims, excerpt in the article, history, review -------------------------------

async function openFact(factId, claimId) {
  const fact = state.byFact.get(factId);
  const panel = $('detail');
  if (!fact) {
    say(`This story has no fact “${factId}”.`, 'error');
    panel.hidden = true;
    return;
  }
  document.querySelectorAll('tr.open').forEach(r => r.classList.remove('open'));
  document.querySelector(`tr[data-fact="${CSS.escape(factId)}"]`)?.classList.add('open');
  const group = groupIndex(fact);
  const claim = fact.claims.find(c => c.id === claimId) ?? fact.claims[0];
  $('detail-link').href = link({ story: state.story.id, fact: fact.id, claim: claim?.id });
  $('detail-body').replaceChildren(...[
    ...factHeading(fact),
    figure(fact, group),
    h('h3', {}, 'Claims'),
    claimList(fact, claim, group),
    claim ? articleBox(claim) : null,
    ...conflictList(fact),
    reviewPanel(fact),
    h('p', { class: 'fact-links' }, 'This fact: ', h('a', { href: `/facts/${encodeURIComponent(fact.id)}/claim-review.jsonld` }, 'ClaimReview JSON-LD')),
  ].filter(Boolean));
  const wasHidden = panel.hidden;
  panel.hidden = false;
  document.body.classList.add('detail-open');
  if (wasHidden || !panel.contains(document.activeElement)) $('detail-title').focus({ preventScroll: true });
  if (claim) await Promise.all([showArticle(claim), showHistory(claim)]);
}

function factHeading(fact) {
  const verdict = verdictClass(fact);
  return [
    h('h2', { id: 'detail-title', tabindex: -1 }, fact.question),
    h('p', { class: 'chips' },
      h('span', { class: `chip verdict ${verdict}` }, VERDICTS[fact.comparison.verdict]),
      fact.comparison.verdict === 'CONFLICT' ? h('span', { class: `chip review review-${fact.review.status.toLowerCase()}` }, `Review: ${REVIEWS[fact.review.status]}`) : null,
      h('span', { class: 'chip kind' }, KINDS[fact.kind] ?? fact.kind),
      ...fact.entities.map(e => h('span', { class: 'chip entity' }, e.name))),
    h('p', { class: 'explanation' }, fact.comparison.explanation),
  ];
}

// Dates on a timeline, amounts on a number line; other kinds read best as words.
function figure(fact, group) {
  const name = c => sourceName(c.source.id);
  const picture = fact.kind === 'DATE' ? timeline(fact.claims, name, group)
    : fact.kind === 'QUANTITY' ? numberLine(fact.claims, name, group) : null;
  if (!picture) return null;
  return h('figure', { class: 'figure', id: 'picture' }, picture, h('figcaption', {}, fact.kind === 'DATE'
    ? 'Each bar spans the dates a source’s wording allows: a month is wide, a day narrow. Bars of the same colour are compatible readings.'
    : 'Each bar spans the amounts a source’s wording allows: an arrow means open-ended (“at least”), a pale band a hedge (“about”).'));
}

function claimList(fact, current, group) {
  return h('ol', { class: 'claims' }, ...fact.claims.map(c => h('li', { class: c.id === current?.id ? 'current' : '' },
    h('a', { href: link({ story: state.story.id, fact: fact.id, claim: c.id }), 'aria-current': c.id === current?.id ? 'true' : null },
      group(c.id) ? h('span', { class: `group-badge group-${group(c.id)}`, 'aria-label': `reading ${letter(group(c.id))}` }, letter(group(c.id))) : null,
      h('span', { class: 'claim-source' }, sourceName(c.source.id)), ' ', h('q', {}, c.valueAsWritten),
      c.interpretedAs ? h('span', { class: 'interpreted' }, ` read as ${c.interpretedAs}`) : null))));
}

function articleBox(claim) {
  return h('section', { class: 'article-box', 'aria-label': 'The excerpt in the article' },
    h('h3', {}, `In the article: ${sourceName(claim.source.id)}`),
    h('div', { class: 'article', id: 'article', tabindex: 0 }, h('p', { class: 'loading' }, 'Loading the article…')),
    h('h3', {}, 'History of this claim'),
    h('div', { id: 'history', class: 'history' }, h('p', { class: 'loading' }, 'Loading…')));
}

function conflictList(fact) {
  if (!fact.comparison.conflicts.length) return [];
  return [h('h3', {}, 'What conflicts'), h('ul', { class: 'conflicts' }, ...fact.comparison.conflicts.map(c => h('li', {},
    h('strong', {}, `${c.kind.toLowerCase()} conflict: `), c.explanation,
    h('span', { class: 'sides' }, ` (${sides(c.left)} vs ${sides(c.right)})`))))];
}

function sides(claims) {
  return [...new Set(claims.map(c => sourceName(state.byClaim.get(c.id)?.claims.find(x => x.id === c.id)?.source.id ?? c.id)))].join(', ');
}

async function showArticle(claim) {
  const box = $('article');
  try {
    const sourceId = claim.source.id;
    if (!state.articles.has(sourceId)) state.articles.set(sourceId, graphql(ARTICLE, { id: sourceId }).then(d => d.source?.articleText ?? null));
    const text = await state.articles.get(sourceId);
    if (!box.isConnected) return;
    if (text === null) {
      box.replaceChildren(h('p', {}, 'The server does not hold this article’s text. The excerpt: '), h('mark', {}, claim.excerpt?.exact ?? '—'));
      return;
    }
    // Excerpt offsets count Unicode code points; JavaScript strings count UTF-16 units.
    const points = Array.from(text);
    const start = claim.excerpt?.start ?? 0, end = claim.excerpt?.end ?? 0;
    const mark = h('mark', { id: 'excerpt' }, points.slice(start, end).join(''));
    box.replaceChildren(...paragraphs(points.slice(0, start).join(''), mark, points.slice(end).join('')));
    box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
  } catch (error) {
    box.replaceChildren(h('p', { class: 'error' }, explain(error)));
  }
}

// The article as paragraphs (blank lines), with the excerpt's mark inside the paragraph it falls in.
function paragraphs(before, mark, after) {
  const head = before.split(/\n\s*\n/), tail = after.split(/\n\s*\n/);
  const middle = h('p', {}, head.pop(), mark, tail.shift());
  return [...head.map(t => h('p', {}, t)), middle, ...tail.map(t => h('p', {}, t))];
}

async function showHistory(claim) {
  const box = $('history');
  try {
    const data = await graphql(HISTORY, { id: claim.id });
    if (!box.isConnected) return;
    const changes = data.claim?.history ?? [];
    box.replaceChildren(h('p', {}, `Curated by ${data.claim.curatedBy} on ${when(data.claim.curatedAt)}.`),
      changes.length ? h('ol', {}, ...changes.map(c => h('li', {}, h('strong', {}, c.action.toLowerCase().replaceAll('_', ' ')),
        ` by ${c.actor}, ${when(c.at)}`, written(c.after)))) : h('p', {}, 'No change since.'));
  } catch (error) {
    box.replaceChildren(h('p', { class: 'error' }, explain(error)));
  }
}

function when(iso) {
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

// What the claim said after a change, in the source's words when the change records them.
function written(after) {
  try {
    const value = JSON.parse(after ?? 'null');
    return value?.valueAsWritten ? h('span', {}, ': ', h('q', {}, value.valueAsWritten)) : null;
  } catch (e) {
    return null;
  }
}

function reviewPanel(fact) {
  if (fact.comparison.verdict !== 'CONFLICT') return null;
  const r = fact.review;
  const signed = session();
  const record = r.decision
    ? h('p', {}, `${REVIEWS[r.decision]} by ${r.by ?? 'a curator'}${r.at ? ` on ${when(r.at)}` : ''}: “${r.reason ?? ''}”${r.outdated ? ' — outdated: the claims changed since.' : ''}`)
    : h('p', {}, 'No curator has reviewed this conflict yet.');
  const form = signed ? h('form', { class: 'review-form', id: 'review-form' },
    h('label', {}, 'Reason for your decision', h('textarea', { id: 'review-reason', rows: 2, required: true })),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', value: 'CONFIRMED', class: 'confirm' }, 'Confirm conflict'),
      h('button', { type: 'submit', value: 'DISMISSED', class: 'dismiss' }, 'Dismiss conflict')),
    h('p', { id: 'review-error', class: 'error', role: 'alert' }))
    : h('p', { class: 'hint' }, 'Curators can confirm or dismiss this conflict. ',
      h('button', { type: 'button', id: 'review-sign-in', class: 'quiet', onclick: openSignIn }, 'Sign in to review'));
  if (signed) form.addEventListener('submit', event => review(event, fact));
  return h('section', { class: 'review-panel' }, h('h3', {}, `Review: ${REVIEWS[r.status]}`), record, form);
}

async function review(event, fact) {
  event.preventDefault();
  const decision = event.submitter?.value;
  const reason = $('review-reason').value.trim();
  if (!reason) { $('review-error').textContent = 'Give a reason for the decision.'; return; }
  $('review-form').querySelectorAll('button').forEach(b => { b.disabled = true; });
  $('review-error').textContent = 'Saving…';
  let refusal = '';
  try {
    await graphql(REVIEW, { fact: fact.id, decision, reason, version: fact.review.version });
    say(`${REVIEWS[decision]}: “${fact.question}”.`, 'ok');
  } catch (error) {
    refusal = explain(error);
    say(refusal, 'error');
  }
  await refreshFact(fact.id);
  renderGrid();
  const r = route();
  await openFact(r.fact ?? fact.id, r.claim);
  if (refusal && $('review-error')) $('review-error').textContent = refusal;
}

async function refreshFact(id) {
  const data = await graphql(FACT_QUERY, { id });
  const story = { ...state.story, facts: state.story.facts.map(f => f.id === id ? data.fact : f) };
  index(story);
}

function closeFact() {
  const params = route();
  delete params.fact; delete params.claim;
  go(params);
}

// ---- compare two sources ----------------------------------------------------------------------------------------

function fillSourcePickers() {
  for (const id of ['pair-a', 'pair-b', 'record-source']) {
    const select = $(id), keep = select.value;
    select.replaceChildren(...state.story.sources.map(s => h('option', { value: s.id }, sourceName(s.id))));
    if (keep) select.value = keep;
  }
  if (!$('pair-b').value || $('pair-b').value === $('pair-a').value) $('pair-b').selectedIndex = Math.min(1, state.story.sources.length - 1);
}

const PAIR_SECTIONS = [['conflict', 'Conflict', 'conflict'], ['wordingDiffers', 'Wording differs', 'wording-differs'],
  ['consistent', 'Consistent', 'consistent'], ['agree', 'Agree', 'agree'], ['onlyA', 'Only in A', 'single-source'], ['onlyB', 'Only in B', 'single-source']];

async function renderPair(a, b) {
  $('pair-a').value = a; $('pair-b').value = b;
  const out = $('pair-result');
  out.replaceChildren(h('p', { class: 'loading' }, 'Comparing…'));
  const data = await latest(graphql(PAIR, { a, b }));
  const pair = data.compareSources;
  const value = (fact, source) => fact?.claims.filter(c => c.source.id === source).map(c => c.valueAsWritten).join(' / ') || '—';
  out.replaceChildren(
    h('p', { class: 'pair-summary' }, ...PAIR_SECTIONS.map(([key, title, cls]) => h('span', { class: `chip verdict ${cls}` }, `${title} · ${pair[key].length}`))),
    ...PAIR_SECTIONS.filter(([key]) => pair[key].length).map(([key, title, cls]) => h('section', { class: `pair-section ${cls}` },
      h('h2', {}, `${title} (${pair[key].length})`),
      h('table', { class: 'pair-table' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Fact'), h('th', { scope: 'col' }, `A: ${sourceName(a)}`), h('th', { scope: 'col' }, `B: ${sourceName(b)}`))),
        h('tbody', {}, ...pair[key].map(({ id }) => {
          const fact = state.byFact.get(id);
          return h('tr', { class: `verdict-${cls}` },
            h('th', { scope: 'row' }, h('a', { href: link({ story: state.story.id, fact: id }) }, fact?.question ?? id)),
            h('td', { 'data-label': `A: ${sourceName(a)}` }, value(fact, a)), h('td', { 'data-label': `B: ${sourceName(b)}` }, value(fact, b)));
        }))))));
}

// ---- a source's record ------------------------------------------------------------------------------------------

async function renderRecord(id) {
  $('record-source').value = id;
  const out = $('record-result');
  out.replaceChildren(h('p', { class: 'loading' }, 'Loading the record…'));
  const data = await latest(graphql(RECORD, { id, story: state.story.id }));
  const s = data.source;
  if (!s) { out.replaceChildren(h('p', { class: 'error' }, `There is no source “${id}”.`)); return; }
  const a = s.agreement, rel = s.inStory ?? s.overall;
  const percent = x => (x === null || x === undefined ? '—' : `${Math.round(x * 100)} %`);
  const contested = state.facts.filter(f => f.comparison.verdict === 'CONFLICT'
    && f.comparison.conflicts.some(c => [...c.left, ...c.right].some(x => f.claims.find(y => y.id === x.id)?.source.id === id)));
  out.replaceChildren(
    h('h2', {}, s.outlet ?? 'Unnamed outlet'),
    h('p', {}, h('q', {}, s.headline), s.author ? ` by ${s.author}` : '', s.published ? `, ${s.published.earliest}` : '',
      s.url ? [' · ', h('a', { href: s.url, rel: 'noreferrer' }, 'original article')] : ''),
    h('dl', { class: 'record' },
      h('dt', {}, 'Facts reported'), h('dd', {}, a.facts),
      h('dt', {}, 'Shared with another source'), h('dd', {}, a.shared),
      h('dt', {}, 'Corroborated'), h('dd', {}, `${a.corroborated} (${percent(a.corroborationRate)} of shared)`),
      h('dt', {}, 'Contradicted'), h('dd', {}, a.contradicted),
      h('dt', {}, 'Reliability in this story'), h('dd', {}, rel ? `${percent(rel.score)} — with the consensus on ${rel.withConsensus}, against it on ${rel.againstConsensus}, alone on ${rel.alone} of ${rel.facts} facts${rel.stale ? ' (being recomputed)' : ''}` : 'not computed yet')),
    meter(a),
    h('p', { class: 'hint' }, `Of the ${a.shared} facts another source also reports: green, corroborated by at least one other source; red, contradicted by at least one.`),
    h('h3', {}, `Conflicts involving this source (${contested.length})`),
    contested.length ? h('ul', {}, ...contested.map(f => h('li', {}, h('a', { href: link({ story: state.story.id, fact: f.id }) }, f.question)))) : h('p', {}, 'None.'));
}

function meter(a) {
  const total = Math.max(a.shared, 1);
  const bar = h('div', { class: 'meter', role: 'img', 'aria-label': `${a.corroborated} corroborated and ${a.contradicted} contradicted of ${a.shared} shared facts` },
    h('span', { class: 'agree-part' }), h('span', { class: 'conflict-part' }));
  bar.children[0].style.width = `${(a.corroborated / total) * 100}%`;
  bar.children[1].style.width = `${(a.contradicted / total) * 100}%`;
  return bar;
}

// ---- the page ---------------------------------------------------------------------------------------------------

function showView(view) {
  for (const name of ['facts', 'pair', 'source']) {
    $(`view-${name}`).hidden = name !== view;
    $(`tab-${name}`).setAttribute('aria-current', name === view ? 'page' : 'false');
  }
  const story = state.story?.id;
  $('tab-facts').href = link({ story });
  $('tab-pair').href = link({ story, pair: `${$('pair-a').value},${$('pair-b').value}` });
  $('tab-source').href = link({ story, source: $('record-source').value });
}

// An answer that arrives after the reader has moved on is dropped (a newer render owns the page).
class Superseded extends Error {}

async function latest(answer) {
  const ticket = state.ticket;
  const value = await answer;
  if (ticket !== state.ticket) throw new Superseded();
  return value;
}

async function render() {
  state.ticket = (state.ticket ?? 0) + 1;
  if ($('status').classList.contains('error')) say('');
  const r = route();
  try {
    if (!r.story) {
      if (state.stories.length === 1) { go({ story: state.stories[0].id }); return; }
      $('story').value = '';
      say(PICK_A_STORY);
      return;
    }
    if ($('status').textContent === PICK_A_STORY) say('');
    if (state.story?.id !== r.story) {
      $('story').value = r.story;
      await latest(loadStory(r.story));
      $('story-summary').textContent = state.story.summary ?? '';
    }
    const view = r.pair ? 'pair' : r.source ? 'source' : 'facts';
    showView(view);
    if (view === 'facts') renderGrid();
    if (view === 'pair') { const [a, b] = r.pair.split(','); await renderPair(a, b); }
    if (view === 'source') await renderRecord(r.source);
    showView(view);
    if (r.fact && view === 'facts') await openFact(r.fact, r.claim);
    else if (!$('detail').hidden) hideDetail();
  } catch (error) {
    if (!(error instanceof Superseded)) say(explain(error), 'error');
  }
}

function hideDetail() {
  $('detail').hidden = true;
  document.body.classList.remove('detail-open');
  document.querySelectorAll('tr.open').forEach(row => row.classList.remove('open'));
  const back = state.opener && document.querySelector(`#grid-body button[data-claim="${CSS.escape(state.opener.claim ?? '')}"]`)
    || document.querySelector(`#grid-body tr[data-fact="${CSS.escape(state.opener?.fact ?? '')}"] button`);
  if (back) focusCell(back);
}

function openSignIn() {
  $('signin-error').textContent = '';
  $('signin-dialog').showModal();
}

function showAccount() {
  const signed = session();
  $('signed-as').textContent = signed ? `Signed in as ${signed.username} (${signed.roles.join(', ')})` : 'Reading as guest';
  $('sign-in').hidden = !!signed;
  $('sign-out').hidden = !signed;
}

function wire() {
  $('story').addEventListener('change', e => { state.story = null; location.hash = link({ story: e.target.value }); });
  for (const id of ['f-kind', 'f-entity', 'f-verdict', 'f-review']) $(id).addEventListener('change', renderGrid);
  $('search').addEventListener('input', renderGrid);
  $('filters').addEventListener('submit', e => e.preventDefault());
  $('grid-body').addEventListener('click', e => {
    const button = e.target.closest('button[data-open]');
    if (!button) return;
    focusCell(button);
    state.opener = { fact: button.dataset.open, claim: button.dataset.claim };
    go({ fact: button.dataset.open, claim: button.dataset.claim });
  });
  $('grid-body').addEventListener('keydown', moveFocus);
  $('detail-close').addEventListener('click', closeFact);
  document.addEventListener('keydown', e => {
    if (e.key === 'Escape' && !$('detail').hidden && !$('signin-dialog').open) closeFact();
  });
  $('pair-form').addEventListener('submit', e => { e.preventDefault(); go({ pair: `${$('pair-a').value},${$('pair-b').value}` }); });
  $('source-form').addEventListener('submit', e => { e.preventDefault(); go({ source: $('record-source').value }); });
  $('sign-in').addEventListener('click', openSignIn);
  $('signin-cancel').addEventListener('click', () => $('signin-dialog').close());
  $('signin-form').addEventListener('submit', async e => {
    e.preventDefault();
    try {
      await signIn($('signin-user').value, $('signin-password').value);
      $('signin-password').value = '';
      $('signin-dialog').close();
      showAccount();
      say('Signed in: open a conflict to confirm or dismiss it.', 'ok');
      render();
    } catch (error) {
      $('signin-error').textContent = explain(error, false);
    }
  });
  $('sign-out').addEventListener('click', () => { signOut(); showAccount(); say('Signed out.'); render(); });
  window.addEventListener('hashchange', render);
}

async function start() {
  $('more-filters').open = !matchMedia('(max-width: 760px)').matches;
  wire();
  showAccount();
  try {
    await loadStories();
  } catch (error) {
    say(explain(error), 'error');
    return;
  }
  await render();
  document.body.dataset.ready = 'true';
}

start();
