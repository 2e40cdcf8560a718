// Pictures of a fact's claims: dates as intervals on a timeline, amounts as intervals on a number line.
// One bar per claim, coloured by the claim's comparison group, so a conflicting value stands apart.

const SVG = 'http://www.w3.org/2000/svg';
const DAY = 86400000;
const ROW = 34;
const LABEL = 200;
const WIDTH = 640;
const AXIS = 34;

function el(name, attributes = {}, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function frame(rows, title) {
  const height = rows * ROW + AXIS + 8;
  const svg = el('svg', { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', class: 'picture', 'aria-label': title });
  svg.append(el('title', {}, title));
  return svg;
}

function scale(min, max) {
  const span = max - min || 1;
  return value => LABEL + 10 + ((value - min) / span) * (WIDTH - LABEL - 30);
}

function label(svg, row, text) {
  const short = text.length > 24 ? `${text.slice(0, 23)}…` : text;
  svg.append(el('text', { x: LABEL, y: row * ROW + 21, 'text-anchor': 'end', class: 'picture-label' }, short));
}

/** Dates: each claim's DateValue.earliest..latest as a bar (a day as a narrow bar), listed days as ticks. */
export function timeline(claims, nameOf, groupOf) {
  const dated = claims.filter(c => c.value.__typename === 'DateValue' && c.value.earliest);
  if (!dated.length) return null;
  const start = v => Date.parse(v.earliest);
  const end = v => Date.parse(v.latest ?? v.earliest) + DAY;
  let min = Math.min(...dated.map(c => start(c.value)));
  let max = Math.max(...dated.map(c => end(c.value)));
  const pad = Math.max((max - min) * 0.06, 2 * DAY);
  min -= pad; max += pad;
  const x = scale(min, max);
  const svg = frame(dated.length, `Timeline of ${dated.length} dated claims`);
  dated.forEach((claim, row) => {
    const v = claim.value;
    const left = x(start(v));
    const width = Math.max(x(end(v)) - left, 5);
    const group = groupOf(claim.id);
    label(svg, row, nameOf(claim));
    const bar = el('rect', { x: left, y: row * ROW + 8, width, height: 18, rx: 3,
      class: `bar group-${group}`, 'data-claim': claim.id, 'data-precision': v.precision ?? '' });
    bar.append(el('title', {}, `${nameOf(claim)}: “${claim.valueAsWritten}” = ${v.earliest}${v.latest && v.latest !== v.earliest ? ` to ${v.latest}` : ''}`));
    svg.append(bar);
    for (const day of v.days ?? []) {
      svg.append(el('line', { x1: x(Date.parse(day) + DAY / 2), x2: x(Date.parse(day) + DAY / 2),
        y1: row * ROW + 5, y2: row * ROW + 29, class: 'tick' }));
    }
  });
  axis(svg, dated.length, x, dateTicks(min, max));
  return svg;
}

function dateTicks(min, max) {
  const span = (max - min) / DAY;
  const ticks = [];
  const d = new Date(min);
  if (span > 900) {
    for (let y = d.getUTCFullYear() + 1; Date.UTC(y, 0, 1) < max; y++) ticks.push([Date.UTC(y, 0, 1), String(y)]);
  } else if (span > 60) {
    const step = span > 400 ? 3 : 1;
    for (let m = d.getUTCMonth() + 1, y = d.getUTCFullYear(); Date.UTC(y, m, 1) < max; m += step) {
      const t = Date.UTC(y, m, 1);
      ticks.push([t, new Date(t).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' })]);
    }
  } else {
    const step = Math.max(1, Math.ceil(span / 8));
    for (let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1); t < max; t += step * DAY) {
      ticks.push([t, new Date(t).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' })]);
    }
  }
  return ticks;
}

function axis(svg, rows, x, ticks) {
  const y = rows * ROW + 6;
  svg.append(el('line', { x1: LABEL + 10, x2: WIDTH - 20, y1: y, y2: y, class: 'axis' }));
  let last = -Infinity;
  for (const [value, text] of ticks) {
    const at = x(value);
    svg.append(el('line', { x1: at, x2: at, y1: 0, y2: y + 4, class: 'gridline' }));
    if (at - last > 60) {
      svg.append(el('text', { x: at, y: y + 20, 'text-anchor': 'middle', class: 'axis-label' }, text));
      last = at;
    }
  }
}

const OPEN_RIGHT = new Set(['AT_LEAST', 'MORE_THAN']);
const OPEN_LEFT = new Set(['AT_MOST', 'FEWER_THAN']);
const SOFT = new Set(['ABOUT', 'NEARLY', 'VAGUE']);

/** The interval an amount stands for, with which ends are open and whether it is a soft (hedged) band. */
function interval(v) {
  const a = Number(v.amount);
  const q = v.qualifier ?? 'EXACT';
  if (q === 'BETWEEN' && v.upperAmount != null) return { low: a, high: Number(v.upperAmount) };
  if (OPEN_RIGHT.has(q)) return { low: a, high: a, openRight: true };
  if (OPEN_LEFT.has(q)) return { low: a, high: a, openLeft: true };
  if (q === 'NEARLY') return { low: a * 0.9, high: a, soft: true };
  if (SOFT.has(q)) return { low: a * 0.9, high: a * 1.1, soft: true };
  return { low: a, high: a };
}

/** Amounts: one bar per claim on a number line; "at least" open to the right, "about" a soft band. */
export function numberLine(claims, nameOf, groupOf) {
  const counted = claims.filter(c => c.value.__typename === 'QuantityValue' && c.value.amount != null);
  if (!counted.length) return null;
  const spans = counted.map(c => interval(c.value));
  let min = Math.min(...spans.map(s => s.low));
  let max = Math.max(...spans.map(s => s.high));
  const pad = Math.max((max - min) * 0.25, Math.abs(max) * 0.15, 1);
  min = Math.max(min - pad, min >= 0 ? 0 : -Infinity);
  max += pad;
  const x = scale(min, max);
  const units = [...new Set(counted.map(c => c.value.unit).filter(Boolean))];
  const svg = frame(counted.length, `Number line of ${counted.length} amounts${units.length ? ` in ${units.join(', ')}` : ''}`);
  counted.forEach((claim, row) => {
    const s = spans[row];
    const top = row * ROW + 8;
    const left = s.openLeft ? x(min) : x(s.low);
    const right = s.openRight ? x(max) : x(s.high);
    const group = groupOf(claim.id);
    label(svg, row, nameOf(claim));
    const bar = el('rect', { x: Math.min(left, right - 5), y: top, width: Math.max(right - left, 5), height: 18, rx: 3,
      class: `bar group-${group}${s.soft ? ' soft' : ''}${s.openLeft || s.openRight ? ' open' : ''}`, 'data-claim': claim.id });
    bar.append(el('title', {}, `${nameOf(claim)}: “${claim.valueAsWritten}” (${(claim.value.qualifier ?? 'EXACT').toLowerCase().replace('_', ' ')} ${claim.value.amount}${claim.value.upperAmount ? `–${claim.value.upperAmount}` : ''}${claim.value.unit ? ` ${claim.value.unit}` : ''})`));
    svg.append(bar);
    if (s.openRight) svg.append(el('path', { d: `M${right} ${top - 3} L${right + 10} ${top + 9} L${right} ${top + 21} Z`, class: `arrow group-${group}` }));
    if (s.openLeft) svg.append(el('path', { d: `M${left} ${top - 3} L${left - 10} ${top + 9} L${left} ${top + 21} Z`, class: `arrow group-${group}` }));
    const mark = s.openLeft ? x(s.high) : x(s.low);
    svg.append(el('line', { x1: mark, x2: mark, y1: top - 3, y2: top + 21, class: 'tick' }));
  });
  const step = niceStep((max - min) / 6);
  const ticks = [];
  for (let t = Math.ceil(min / step) * step; t <= max; t += step) ticks.push([t, `${+t.toFixed(6)}`]);
  axis(svg, counted.length, x, ticks);
  if (units.length) svg.append(el('text', { x: LABEL, y: counted.length * ROW + 26, 'text-anchor': 'end', class: 'axis-label unit' }, `unit: ${units.join(' / ')}`));
  return svg;
}

function niceStep(raw) {
  const power = 10 ** Math.floor(Math.log10(raw || 1));
  return [1, 2, 5, 10].map(m => m * power).find(s => s >= raw) ?? power * 10;
}
