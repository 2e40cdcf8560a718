// Sends malformed and adversarial requests to a running Corroborate and checks every answer: no status >= 500,
// every GraphQL error with a documented extensions.code, nothing naming the service's internals.
// Deterministic from its seed. Text arguments are found by introspection, so new ones are covered.
//
//   node hostile.mjs URL [--count 500] [--seed 1] [--concurrency 4] [--readme ../../README.md] [--out report.json]
//
// Prints a summary as JSON on the last line of stdout; exits 1 when an answer breaks a rule, 2 when it could not run.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf('--' + name);
  return i >= 0 ? args[i + 1] : fallback;
};
const endpoint = new URL(args[0] ?? 'http://127.0.0.1:8080/graphql');
const count = Number(option('count', 500));
const seed = Number(option('seed', 1));
const concurrency = Number(option('concurrency', 4));
const here = path.dirname(fileURLToPath(import.meta.url));
const readme = option('readme', path.join(here, '../../../README.md'));
const out = option('out', null);
const timeoutMs = Number(option('timeout-ms', 60000));
const maxBody = Number(option('max-body', 10 * 1024 * 1024));

// --- deterministic randomness -------------------------------------------------------------------------------
function generator(s) {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(seed);
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (low, high) => low + Math.floor(random() * (high - low + 1));

// --- what the answers may say -------------------------------------------------------------------------------
/** The codes the README's "Errors" table documents, less those that are a fault of the service. */
function documentedCodes() {
  const codes = new Set();
  let inTable = false;
  for (const line of fs.readFileSync(readme, 'utf8').split('\n')) {
    if (/^\|\s*code\s*\|\s*when\s*\|/.test(line)) inTable = true;
    else if (inTable && !line.startsWith('|')) inTable = false;
    const cell = inTable && line.match(/^\|([^|]*)\|/);
    if (cell) for (const code of cell[1].matchAll(/`([A-Z_]+)`/g)) codes.add(code[1]);
  }
  codes.delete('INTERNAL_SERVER_ERROR');
  codes.delete('CLIENT_GONE');
  return codes;
}
const CODES = documentedCodes();
const LEAKS = [/io\.corroborate/, /\bjava\.|\bjavax?\./, /Exception/, /\bSQL/, /\borg\.[a-z]/, /graphql\.language/,
  /\bat [a-z]+\.[a-z]+\.[A-Za-z$]+\(/, /\$[A-Z][A-Za-z]+\b/, /hibernate|jakarta\.|vertx|smallrye|parsson|jackson/i,
  /\bAST\b|SelectionSet\{|Field\{name=|OperationDefinition\{/, /ERROR:\s+[a-z]/, /PSQL|postgres/i, /Unknown Scalar Type/,
  /\.java:\d+/, /stack ?trace/i];

// --- hostile values -------------------------------------------------------------------------------------------
const INJECTIONS = [`' OR '1'='1`, `"; DROP TABLE claim; --`, `1; SELECT pg_sleep(5)--`, `%' AND 1=1 --`, `\\'; --`,
  `') ; COMMIT; --`, `' UNION SELECT null, null --`, `<script>alert(1)</script>`, `{{7*7}}`, `\${jndi:ldap://127.0.0.1/a}`,
  `../../../../etc/passwd`, `$(touch /tmp/hostile)`, `{"$gt": ""}`, `%s%s%s%n`, `\r\nX-Injected: 1`, `*)(uid=*))(|(uid=*`,
  `_`, `%`, `\\`, `E'\\x00'`, `#{7*7}`, `'||(select 1)||'`, `;ls -la`, `<!--`, `]]>`, `\x1b[31mred`];
const UNICODE = ['\u0000', 'a\u0000b', '\ud800', '\udc00', 'x\udbff', '\ud83d', '\uffff', '\ufeffbom', '\u202egnp.exe', '\u200b',
  'e' + '\u0301'.repeat(1000), '👩‍👩‍👧‍👦', '\u0085', '\u2028\u2029', '𝟘𝟙', 'İı', '\u0001\u001f\u007f', '\t\n\r', '', '   ',
  'null', 'undefined', 'NaN', '\ufffd', '\u00ad', 'ﷺ'.repeat(500)];
const HUGE = () => pick(['a'.repeat(100_001), 'é'.repeat(6_000), '\u0000'.repeat(10), 'x'.repeat(2_000_001), '𝟘'.repeat(60_000)]);
/** Values no write may accept whatever the field: a NUL or an unpaired surrogate is never text. */
const invalidText = () => {
  const base = random() < 0.6 ? pick(INJECTIONS) : pick(UNICODE.filter((u) => !/\u0000|[\ud800-\udfff]/.test(u)));
  const poison = pick(['\u0000', '\ud800', '\udfff', 'a\u0000', '\u0000'.repeat(3)]);
  const at = Math.floor(random() * (base.length + 1));
  return base.slice(0, at) + poison + base.slice(at);
};
const anyText = () => {
  const r = random();
  return r < 0.45 ? pick(INJECTIONS) : r < 0.85 ? pick(UNICODE) : r < 0.9 ? HUGE() : invalidText();
};
const DIGITS = (n) => '9'.repeat(n);
const HOSTILE_INTS = ['2147483648', '-2147483649', '4294967301', '10000000000', '1.5', '1e400', '-0', DIGITS(5000), '1e10', '0.0'];
const INVALID_INTS = ['2147483648', '-2147483649', '4294967301', '1.5', DIGITS(5000), '1e400'];
const HOSTILE_DECIMALS = ['1e400', '-1e400', '1e-400', DIGITS(5000), '1' + '0'.repeat(400), '-0', '0.' + '0'.repeat(500) + '1'];

// --- the schema ---------------------------------------------------------------------------------------------
function send(request) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const url = new URL(request.path ?? endpoint.pathname, endpoint);
    // a connection of its own: an answer sent before a body was read must not spill into the next request's
    const req = http.request(url, { method: request.method ?? 'POST', headers: request.headers ?? {}, timeout: timeoutMs, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'),
        ms: Number(process.hrtime.bigint() - started) / 1e6 }));
      res.on('error', (e) => resolve({ status: 0, error: String(e), ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (e) => resolve({ status: 0, error: String(e.code ?? e.message), ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    if (request.body !== undefined) req.end(request.body); else req.end();
  });
}

async function graphql(query, variables, token) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = 'Bearer ' + token;
  const answer = await send({ headers, body: JSON.stringify({ query, variables }) });
  return JSON.parse(answer.body);
}

const INTROSPECTION = `{ __schema { queryType { name } mutationType { name } types { name kind possibleTypes { name }
  fields { name args { name type { ...T } } type { ...T } }
  inputFields { name type { ...T } } enumValues { name } } } }
  fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;

const unwrap = (type) => {
  let t = type;
  const wrappers = [];
  while (t.kind === 'NON_NULL' || t.kind === 'LIST') { wrappers.push(t.kind); t = t.ofType; }
  return { named: t, wrappers, required: type.kind === 'NON_NULL' };
};
const typeText = (type) => type.kind === 'NON_NULL' ? typeText(type.ofType) + '!' : type.kind === 'LIST' ? `[${typeText(type.ofType)}]` : type.name;

let schema, types, token, samples, fresh = 0;

/** Ids of stored objects, so that a write's other arguments are right and only the hostile one is wrong. */
async function sampleIds() {
  const data = (await graphql(`{ facts(first: 1) { edges { node { id story { id } claims { id version } } } }
    sources { id version } stories { id } entities { id } }`)).data;
  const fact = data.facts.edges[0].node;
  return { Fact: fact.id, Story: data.stories[0].id, Source: data.sources[0].id, SourceVersion: data.sources[0].version,
    Entity: data.entities[0].id, Entity2: data.entities[1].id, Claim: fact.claims[0].id, ClaimVersion: fact.claims[0].version };
}

/** A plausible value for an argument that is not the one under attack. */
function plain(name, type, owner) {
  const { named, wrappers } = unwrap(type);
  const list = wrappers.includes('LIST');
  let value;
  if (named.kind === 'ENUM') value = new EnumValue(types[named.name].enumValues[0].name);
  else if (named.kind === 'INPUT_OBJECT') value = inputObject(named.name, null);
  else if (named.name === 'Int') value = /version/i.test(name) ? (owner === 'updateSource' ? samples.SourceVersion : samples.ClaimVersion) : 1;
  else if (named.name === 'Boolean') value = false;
  else if (['BigDecimal', 'Float', 'BigInteger'].includes(named.name)) value = 1;
  else if (named.name === 'Date') value = '2025-01-01';
  else if (named.name === 'ID' || named.name === 'String') value = plainText(name, named.name, owner);
  else value = 'x';
  return list ? [value] : value;
}

function plainText(name, scalar, owner) {
  if (name === 'id' && owner?.startsWith('New')) return `hostile-new-${seed}-${fresh++}`;
  if (name === 'id' || name === 'from') {
    if (/Claim/.test(owner)) return samples.Claim;
    if (/Source/.test(owner)) return samples.Source;
    if (/Fact/.test(owner)) return samples.Fact;
    if (/Entit/.test(owner)) return samples.Entity2;
    return samples.Fact;
  }
  const byName = { fact: samples.Fact, source: samples.Source, story: samples.Story, entity: samples.Entity, speaker: samples.Entity,
    subject: samples.Entity, object: samples.Entity2, into: /Fact/.test(owner) ? samples.Fact : samples.Entity, a: samples.Source,
    b: samples.Source, language: 'en', url: 'https://example.org/a', published: '2025', since: '2025-01-01', until: '2025-02-01',
    username: 'nobody', password: 'wrong', text: 'A hostile article.', reason: 'hostile reason' };
  return byName[name] ?? (scalar === 'ID' ? samples.Fact : 'hostile words');
}

function inputObject(typeName, attack) {
  const value = {};
  for (const field of types[typeName].inputFields) {
    if (attack && attack[0] === field.name) {
      value[field.name] = attack.length === 1 ? attack.value : inputObject(unwrap(field.type).named.name, Object.assign(attack.slice(1), { value: attack.value }));
    } else if (field.type.kind === 'NON_NULL') {
      value[field.name] = plain(field.name, field.type, typeName);
    }
  }
  return value;
}

/** Every place a text, number, enum or list value can be given: root fields' arguments, input fields, and arguments of fields of Node types. */
function targets() {
  const found = [];
  const walk = (base, type, pathSoFar, depth) => {
    const { named, wrappers } = unwrap(type);
    const kind = named.kind === 'INPUT_OBJECT' ? 'input' : named.kind === 'ENUM' ? 'enum'
      : ['String', 'ID'].includes(named.name) ? 'text' : ['Int'].includes(named.name) ? 'int'
        : ['BigDecimal', 'Float', 'BigInteger'].includes(named.name) ? 'decimal' : named.name === 'Date' ? 'text' : 'other';
    if (kind === 'input') {
      if (depth < 3) for (const f of types[named.name].inputFields) walk(base, f.type, [...pathSoFar, f.name], depth + 1);
      return;
    }
    if (kind !== 'other') found.push({ ...base, path: pathSoFar, kind, list: wrappers.includes('LIST'), scalar: named.name });
  };
  for (const [root, operation] of [[schema.queryType.name, 'query'], [schema.mutationType?.name, 'mutation']]) {
    if (!root) continue;
    for (const field of types[root].fields) for (const arg of field.args) walk({ operation, field, on: null }, arg.type, [arg.name], 0);
  }
  const nodes = types.Node?.possibleTypes?.map((t) => t.name) ?? [];
  for (const typeName of nodes) {
    if (!samples[typeName]) continue;
    for (const field of types[typeName].fields ?? []) {
      for (const arg of field.args) walk({ operation: 'query', field, on: typeName }, arg.type, [arg.name], 0);
    }
  }
  // in a fixed order, not the schema's, which may change from one build to the next
  const key = (t) => [t.operation, t.on ?? '', t.field.name, ...t.path].join('.');
  return found.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function selection(type) {
  const { named } = unwrap(type);
  return ['OBJECT', 'INTERFACE', 'UNION'].includes(named.kind) ? ' { __typename }' : '';
}

/** An enum value: bare in a document, a string in variables. */
class EnumValue {
  constructor(name) { this.name = name; }
  toJSON() { return this.name; }
}

/** A GraphQL string literal for any JS string (surrogates and controls escaped as \\uXXXX). */
function literal(value) {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object') {
    if (value.raw !== undefined) return value.raw;
    return `{${Object.entries(value).map(([k, v]) => `${k}: ${literal(v)}`).join(', ')}}`;
  }
  return '"' + [...value].map((c) => {
    const code = c.codePointAt(0);
    if (c === '"' || c === '\\') return '\\' + c;
    if (code < 0x20 || code === 0x7f || (code >= 0xd800 && code <= 0xdfff)) return '\\u' + code.toString(16).padStart(4, '0');
    return c;
  }).join('') + '"';
}

/** One request putting a hostile value into one target, as a variable or written into the document. */
function attack(target, signedIn) {
  const { field, path: where, kind, list, operation, on } = target;
  let value;
  if (kind === 'text') value = signedIn && operation === 'mutation' ? invalidText() : anyText();
  else if (kind === 'int') value = { raw: pick(signedIn && operation === 'mutation' ? INVALID_INTS : HOSTILE_INTS) };
  else if (kind === 'decimal') value = { raw: pick(HOSTILE_DECIMALS) };
  else value = random() < 0.5 ? { raw: pick(['null', 'FOO', JSON.stringify(pick(INJECTIONS)), '[null]']) } : anyText();
  if (list) value = random() < 0.3 ? { raw: '[null]' } : random() < 0.2 ? { raw: `[${Array(2000).fill('null').join(',')}]` } : [value];
  const asVariable = random() < 0.5 && !(value && value.raw && value.raw.startsWith('FOO'));
  const owner = on ? field.name : field.name;
  const argValues = [];
  const variables = {};
  const definitions = [];
  for (const arg of field.args) {
    if (arg.name === where[0]) {
      if (where.length === 1) {
        if (asVariable) {
          definitions.push(`$v: ${typeText(arg.type)}`);
          variables.v = value && value.raw !== undefined ? rawValue(value.raw.startsWith('FOO') ? '"FOO"' : value.raw) : value;
          argValues.push(`${arg.name}: $v`);
        } else argValues.push(`${arg.name}: ${literal(value)}`);
      } else {
        const typeName = unwrap(arg.type).named.name;
        const attackPath = Object.assign(where.slice(1), { value });
        const object = inputObject(typeName, attackPath);
        if (asVariable && !JSON.stringify(object).includes('"raw"')) {
          definitions.push(`$v: ${typeText(arg.type)}`);
          variables.v = object;
          argValues.push(`${arg.name}: $v`);
        } else argValues.push(`${arg.name}: ${literal(object)}`);
      }
    } else if (arg.type.kind === 'NON_NULL' && arg.defaultValue === undefined) {
      argValues.push(`${arg.name}: ${literal(plain(arg.name, arg.type, owner))}`);
    }
  }
  const call = `${field.name}${argValues.length ? `(${argValues.join(', ')})` : ''}${selection(field.type)}`;
  const body = on ? `node(id: ${literal(samples[on])}) { ... on ${on} { ${call} } }` : call;
  const query = `${operation}${definitions.length ? `(${definitions.join(', ')})` : ''} { ${body} }`;
  // JSON numbers beyond double precision must reach the server as written, so they are spliced in raw.
  let json = JSON.stringify({ query, variables });
  json = json.replace(/"__raw__(-?[0-9.e]+)"/g, '$1');
  return { category: `argument ${on ? on + '.' : ''}${field.name}.${where.join('.')} (${signedIn ? 'curator' : 'anonymous'})`,
    headers: jsonHeaders(signedIn), body: json };
}

/** A JSON value written as text; numbers that a double cannot hold are marked to be spliced into the body as written. */
const rawValue = (text) => (/^-?[0-9][0-9.e+-]*$/.test(text) && (text.length > 15 || /[e.]/.test(text)) ? '__raw__' + text : JSON.parse(text));

function jsonHeaders(signedIn, extra = {}) {
  const headers = { 'content-type': 'application/json', ...extra };
  if (signedIn) headers.authorization = 'Bearer ' + token;
  return headers;
}
const post = (category, body, extra = {}, signedIn = false) => ({ category, headers: jsonHeaders(signedIn, extra), body });
const postQuery = (category, query, variables, signedIn = false) => post(category, JSON.stringify({ query, variables }), {}, signedIn);

// --- categories -------------------------------------------------------------------------------------------
const nest = (open, close, n, inner = '') => open.repeat(n) + inner + close.repeat(n);
const CATEGORIES = {
  'broken json': () => post('broken json', pick([
    '{"query": "{ __typename }"', '{"query": "{ __typename }",}', "{'query': '{ __typename }'}", '{query: "{ __typename }"}',
    '{"query": "\\u12"}', '{"query":"{__typename}"}garbage', '{}', 'null', '[]', '"string"', '123', 'true', '{"query": 5}',
    '{"query": null}', '{"query": ["{ __typename }"]}', '{"query": {"a": 1}}', '{"query":"{ __typename }","variables":"{}"}',
    '{"query":"{ __typename }","variables":[]}', '{"query":"{ __typename }","variables":5}', '{"query":"{ __typename }","variables":true}',
    '{"query":"{ __typename }","variables":"null"}', '{"query":"{ __typename }","operationName":7}',
    '{"query":"{ __typename }","extensions":"x"}', '{"query":"{ __typename }","query":"mutation { x }"}', '{"query": NaN}',
    '{"query":"{ __typename }"/*c*/}', '\ufeff{"query":"{ __typename }"}', '{"query":"\\ud800"}', '{"query":"{ __typename }", "variables": {"a": 1e400}}',
    '{"query":"\u0000"}', '{"query"\u0000:"{ __typename }"}', ' \n\t ', '{"query":"{ __typename }"}\n{"query":"{ __typename }"}',
    '{"query":"' + '\\'.repeat(10001) + '"}', '{"query": "{ __typename }", "variables": {"x": "\\uDFFF\\uD800"}}',
    '{"query":"query($v:Int){facts(first:$v){totalCount}}","variables":{"v":' + DIGITS(5000) + '}}',
    '{"query":"{ facts(first: ' + DIGITS(5000) + ') { totalCount } }"}', '{"query":' + DIGITS(5000) + '}',
  ])),
  'invalid utf-8': () => ({ category: 'invalid utf-8', headers: jsonHeaders(false), body: Buffer.concat([Buffer.from('{"query":"{ '),
    Buffer.from(pick([[0xc3, 0x28], [0xff], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82], [0x00]])),
    Buffer.from(' __typename }"}')]) }),
  'content type': () => {
    const body = JSON.stringify({ query: '{ __typename }' });
    const ct = pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/graphql',
      'application/json; charset=latin1', 'application/json; charset=unknown-xyz', 'application/json; charset=utf-16',
      'application/json; charset=""', 'application/json; charset=UTF-8', 'application/json;;;', 'application/jsonp',
      'application/json; charset=utf-8; charset=iso-8859-1', 'application/json; charset=' + 'x'.repeat(3000), '', '*/*',
      'application/json; charset=\u00e9', 'APPLICATION/JSON', 'application/json; charset=utf-32', 'application/json; charset=ebcdic-cp-us']);
    const headers = { accept: pick(['application/json', 'text/html', 'application/graphql-response+json', '*/*;q=abc', 'x/y, z/w',
      Array(500).fill('a/b').join(', '), 'application/json;q=0', '']) };
    if (ct) headers['content-type'] = ct;
    if (random() < 0.2) headers['content-encoding'] = pick(['gzip', 'br', 'deflate']);
    const payload = ct.includes('utf-16') ? Buffer.from('\ufeff' + body, 'utf16le') : body;
    return { category: 'content type', headers, body: payload };
  },
  'deep json': () => {
    const n = pick([101, 500, 1001, 2000, 10_000, 100_000]);
    return post('deep json', pick([
      `{"query":"query($v: String) { __typename }","variables":{"v":${nest('[', ']', n, '1')}}}`,
      `{"query":"{ __typename }","variables":{"v":${nest('{"a":', '}', n, '1')}}}`,
      nest('[', ']', n, '{}'),
      `{"query":"{ __typename }","extensions":${nest('{"a":', '}', n, '1')}}`,
      `{"query":"query($v: NewStory!) { __typename }","variables":{"v":${nest('{"id":', '}', n, '"a"')}}}`,
    ]));
  },
  'deep graphql': () => {
    const n = pick([13, 100, 1000, 5000, 20_000]);
    return postQuery('deep graphql', pick([
      `{ ${nest('facts { edges { node { claims { fact ', '} } } } }', Math.ceil(n / 5))} }`,
      `{ ${nest('a { ', '} ', n)} }`,
      `{ facts(kinds: ${nest('[', ']', n, 'DATE')}) { totalCount } }`,
      `{ facts(search: ${nest('{a: ', '}', n, '1')}) { totalCount } }`,
      `{ ${'('.repeat(n)} }`,
      `{ ${'{'.repeat(n)}`,
      `query { __schema { types { ${nest('fields { type { ', '} } ', Math.min(n, 300))} name } } }`,
      `{ __schema { ${nest('types { interfaces { ', '} } ', Math.min(n, 300))} } }`,
    ]));
  },
  aliases: () => {
    const n = pick([1000, 3000, 10_000, 30_000]);
    const field = pick(['__typename', 'stories { id }', 'facts(first: 100) { totalCount }', 'sources { claims { id } }', 'node(id: "x") { id }']);
    return postQuery('aliases', `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`);
  },
  fragments: () => {
    const n = pick([2, 50, 1000]);
    return postQuery('fragments', pick([
      `{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }`,
      `{ ...A } fragment A on Query { __typename ...A }`,
      `{ ...F0 } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Query { __typename ...F${(i + 1) % n} }`).join(' ')}`,
      `{ ...F0 } ${Array.from({ length: 30 }, (_, i) => `fragment F${i} on Query { stories { id } ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F30 on Query { __typename }`,
      `{ facts { edges { node { ...C } } } } fragment C on Fact { claims { fact { ...C } } }`,
      `{ ...Missing }`, `fragment A on Query { __typename } fragment A on Query { __typename } { ...A }`,
      `{ ...on Query { ...on Query { ${nest('...on Query { ', '} ', n, '__typename')} } } }`,
      `{ ${Array.from({ length: 2000 }, () => '...A').join(' ')} } fragment A on Query { stories { id } }`,
    ]));
  },
  directives: () => {
    const n = pick([1000, 5000, 20_000]);
    return postQuery('directives', pick([
      `{ __typename ${'@include(if: true) '.repeat(n)}}`,
      `{ __typename ${Array.from({ length: n }, (_, i) => `@d${i}`).join(' ')} }`,
      `{ stories @skip(if: $v) { id } }`,
      `query @include(if: true) { __typename }`,
      `{ __typename @deprecated }`,
      `query ($v: Boolean!) { ${Array.from({ length: n }, (_, i) => `a${i}: __typename @skip(if: $v) @include(if: $v)`).join(' ')} }`,
      `{ stories { id ${'@skip(if: false) '.repeat(n)}} }`,
      `{ __typename @include(if: "yes") }`,
    ]), { v: false });
  },
  'huge values': () => pick([
    () => postQuery('huge values', `{ facts(search: ${literal('a'.repeat(pick([100_001, 2_000_000, 5_000_000])))}) { totalCount } }`),
    () => postQuery('huge values', `query($s: String) { entities(search: $s) { id } }`, { s: 'b'.repeat(pick([100_001, 3_000_000])) }),
    () => postQuery('huge values', `{ facts(first: ${pick(HOSTILE_INTS)}) { totalCount } }`),
    () => post('huge values', `{"query":"query($v: Int) { facts(first: $v) { totalCount } }","variables":{"v":${pick(HOSTILE_INTS)}}}`),
    () => postQuery('huge values', `{ fact(id: ${DIGITS(5000)}) { id } }`),
    () => postQuery('huge values', `{ node(id: ${literal('x'.repeat(pick([101, 100_000])))}) { id } }`),
    () => postQuery('huge values', `{ facts(first: 5) { edges { cursor } } discrepancies(after: ${literal('A'.repeat(100_000))}) { totalCount } }`),
    () => postQuery('huge values', `{ facts(after: ${literal(pick(['====', '%%%', '\u0000', 'eyJ0IjoiIn0', 'MTIz', 'YQ', '-1', 'facts:' + DIGITS(500)]))}) { totalCount } }`),
    () => postQuery('huge values', `{ ${'__typename '.repeat(100_000)}}`),
    () => postQuery('huge values', `query ${'Q'.repeat(100_000)} { __typename }`),
    () => post('huge values', `{"query":"{ __typename }","operationName":"${'n'.repeat(1_000_000)}"}`),
  ])(),
  'unicode document': () => postQuery('unicode document', pick([
    '{ __typename\u0000 }', '\ufeff{ __typename }', '{ \u200b__typename }', '{ __typ\u0301ename }', '{ __typename } \ud800',
    '{ facts(search: "\\u0000") { totalCount } }', '{ facts(search: "\\ud800") { totalCount } }', '{ facts(search: "\\uD83D\\uDE00") { totalCount } }',
    '{ facts(search: "\\u{1F600}") { totalCount } }', '{ facts(search: "\\x00") { totalCount } }', '{ fact(id: "\u202e") { id } }',
    '{ __type(name: "\\u0000") { name } }', '{ __type(name: "' + 'x'.repeat(100_000) + '") { name } }', '{ facts(search: """\u0000""") { totalCount } }',
    '{ facts(search: """' + '\\"""'.repeat(5000) + '""") { totalCount } }', 'query Ünïcødé { __typename }', '{ ☃ }', '{ __typename \u2028 }',
  ])),
  'batched arrays': () => {
    const n = pick([1, 2, 100, 1000]);
    const item = pick([{ query: '{ __typename }' }, { query: 'mutation { addStory(input: {id: "batched", title: "x"}) { id } }' },
      { query: '{ stories { id } }' }]);
    return post('batched arrays', JSON.stringify(Array(n).fill(item)), {}, random() < 0.5);
  },
  'get mutations': () => {
    const query = pick(['mutation { addStory(input: {id: "via-get", title: "x"}) { id } }',
      'mutation { login(username: "curator", password: "curator") { token } }',
      'query A { __typename } mutation B { addStory(input: {id: "via-get", title: "x"}) { id } }',
      'subscription { __typename }', '{ __typename }', 'mutation{__typename}', ' mutation { __typename }',
      '{ __typename } mutation { retractClaim(id: "x", reason: "y", version: 0) { id } }']);
    const params = new URLSearchParams({ query });
    if (random() < 0.4) params.set('operationName', pick(['A', 'B', '', 'C']));
    if (random() < 0.3) params.set('variables', pick(['{', '[]', '"x"', '5', 'null', '{"a":1}', '\u0000', nest('[', ']', 2000, '')]));
    if (random() < 0.1) params.set('extensions', pick(['{', '[]', '{"persistedQuery":{"sha256Hash":"x"}}']));
    const headers = random() < 0.5 ? { authorization: 'Bearer ' + token } : {};
    return { category: 'get mutations', method: 'GET', path: endpoint.pathname + '?' + params.toString(), headers };
  },
  'http methods': () => {
    const method = pick(['PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'TRACE', 'PROPFIND', 'GET']);
    const pathName = pick([endpoint.pathname, endpoint.pathname + '/', endpoint.pathname + '?query=', endpoint.pathname + '?query=%00',
      endpoint.pathname + '?query=%ZZ', endpoint.pathname + '?query=' + 'a'.repeat(20_000), endpoint.pathname + '//x']);
    return { category: 'http methods', method, path: pathName, rest: !pathName.startsWith(endpoint.pathname + '?') && pathName !== endpoint.pathname,
      headers: jsonHeaders(false),
      body: method === 'GET' || method === 'HEAD' ? undefined : JSON.stringify({ query: '{ __typename }' }) };
  },
  'oversized bodies': () => pick([
    () => post('oversized bodies', JSON.stringify({ query: '{ __typename }', variables: { pad: 'p'.repeat(maxBody + 1024) } })),
    () => post('oversized bodies', '{"query":"{ __typename }"}' + ' '.repeat(maxBody + 1)),
    () => ({ category: 'oversized bodies', headers: { ...jsonHeaders(false), 'x-pad': 'h'.repeat(20_000) }, body: '{"query":"{ __typename }"}' }),
    () => ({ category: 'oversized bodies', headers: Object.fromEntries(Array.from({ length: 2000 }, (_, i) => ['x-h' + i, 'v'])), body: '{}' }),
  ])(),
  variables: () => pick([
    () => post('variables', `{"query":"query($k: [ConflictKind]) { discrepancies(kinds: $k) { totalCount } }","variables":{"k":${pick(['[null]', '[null,null]', '["DATE"]', '"DATE"', '[[]]', '[{}]', '[1]', '{}'])}}}`),
    () => postQuery('variables', '{ discrepancies(kinds: [null]) { totalCount } }'),
    () => postQuery('variables', '{ discrepancies(review: [null, null]) { totalCount } }'),
    () => postQuery('variables', 'query($i: ID!) { fact(id: $i) { id } }', pick([{}, { i: null }, { i: 5 }, { i: [] }, { i: {} }, { i: true }])),
    () => postQuery('variables', 'query($v: Int) { facts(first: $v) { totalCount } }', { v: pick([2147483648, -2147483649, 1.5, '5', true, [], {}, 1e300]) }),
    () => postQuery('variables', '{ __typename }', Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => ['v' + i, i]))),
    () => postQuery('variables', 'query($v: Undeclared) { __typename }', { v: 1 }),
    () => postQuery('variables', 'query { facts(search: $undeclared) { totalCount } }', { undeclared: 'x' }),
    () => postQuery('variables', 'query($v: String, $v: Int) { __typename }', { v: 1 }),
    () => postQuery('variables', 'query($s: NewSource!) { __typename }', { s: pick([{ id: 1 }, { text: null }, 'x', [{ id: 'x' }]]) }),
    () => postQuery('variables', 'mutation($c: NewClaim!) { addClaim(input: $c) { id } }',
      { c: { fact: samples.Fact, source: samples.Source, value: '5', quantity: { amount: pick(['NaN', 'Infinity', 'x', 1e308, '1e400', true]) } } }, true),
    () => post('variables', `{"query":"mutation($c: NewClaim!) { addClaim(input: $c) { id } }","variables":{"c":{"fact":"${samples.Fact}","source":"${samples.Source}","value":"\\u0000","quantity":{"amount":${pick(HOSTILE_DECIMALS)}}}}}`, {}, true),
    () => postQuery('variables', 'mutation($c: NewClaim!) { addClaim(input: $c) { id } }',
      { c: { fact: samples.Fact, source: samples.Source, value: 'x\u0000', date: { earliest: pick(['2025-02-30', '99999-01-01', '-1-01-01', '2025-1-1', '\u0000', 'today']) } } }, true),
  ])(),
  operations: () => postQuery('operations', pick([
    'query A { __typename } query B { __typename }', 'query A { __typename } query A { __typename }', 'subscription { __typename }',
    '', '   ', '#comment only', 'mutation { nothing }', 'query { __schema { types { name } } } mutation M { login(username: "a", password: "b") { token } }',
    '{ __typename } { __typename }', 'query($v: Int = "x") { __typename }', '{ node(id: null) { id } }', '{ facts(first: -1) { totalCount } }',
    '{ facts(first: 0, last: 0) { totalCount } }', '{ facts(first: 100, last: 100) { totalCount } }',
  ]), undefined),
  'operation names': () => post('operation names', JSON.stringify({ query: 'query A { __typename } query B { __typename }',
    operationName: pick(['C', '', '\u0000', null, 'a'.repeat(10_000), 'A B']) })),
  'import endpoint': () => {
    const signedIn = random() < 0.7;
    const line = pick([
      { fact: samples.Fact, source: samples.Source, value: 'x\u0000y' },
      { fact: samples.Fact, source: 'new-src-hostile', sourceHeadline: 'h', sourceLanguage: pick(['en_US_bad', '\u0000', '12', 'english!', 'x'.repeat(300)]), value: '\u0000' },
      { fact: 'hostile-fact', story: samples.Story, kind: 'QUANTITY', question: 'q\u0000', source: samples.Source, value: '1' },
      { fact: samples.Fact, source: samples.Source, value: '\ud800' },
    ]);
    const body = pick([JSON.stringify(line), JSON.stringify(line) + '\n{broken', '\u0000', nest('[', ']', 5000, ''), '{"fact": ' + DIGITS(5000) + '}']);
    const headers = { 'content-type': pick(['application/x-ndjson', 'text/csv', 'application/json', 'text/plain; charset=unknown']) };
    if (signedIn) headers.authorization = 'Bearer ' + token;
    return { category: 'import endpoint', path: '/import/claims', headers, body, rest: true };
  },
  'bad tokens': () => ({ category: 'bad tokens', headers: { 'content-type': 'application/json',
    authorization: pick(['Bearer ', 'Bearer x.y.z', 'Bearer ' + 'a'.repeat(10_000), 'Basic Y3VyYXRvcjpjdXJhdG9y', 'Bearer \u00e9',
      'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJjdXJhdG9yIiwiZ3JvdXBzIjpbImN1cmF0b3IiXX0.', 'Bearer ' + token.slice(0, -4) + 'AAAA']) },
    body: JSON.stringify({ query: pick(['{ __typename }', 'mutation { addStory(input: {id: "bad-token", title: "x"}) { id } }']) }) }),
};
const WEIGHTS = { 'oversized bodies': 0.15, 'huge values': 0.6, 'deep json': 0.6, aliases: 0.5, 'import endpoint': 0.5 };

function pickCategory() {
  const names = Object.keys(CATEGORIES);
  const total = names.reduce((s, n) => s + (WEIGHTS[n] ?? 1), 0);
  let r = random() * total;
  for (const n of names) { r -= WEIGHTS[n] ?? 1; if (r < 0) return n; }
  return names[names.length - 1];
}

/** Even requests put hostile values into the schema's arguments one after the other, odd ones go through the categories. */
function* requests(all) {
  const names = Object.keys(CATEGORIES);
  let other = 0;
  for (let i = 0; i < count; i++) {
    if (i % 2 === 0) {
      const k = i / 2;
      yield attack(all[Math.floor(k / 2) % all.length], k % 2 === 1);
    } else {
      const name = other < names.length ? names[other] : pickCategory();
      other++;
      yield CATEGORIES[name]();
    }
  }
}

// --- judging answers ------------------------------------------------------------------------------------------
/**
 * Statuses the HTTP layer answers before the GraphQL endpoint sees the request, with an empty body: a token that
 * cannot be verified (401), a body over the limit (413), a request line or headers over the limit (414, 431), a
 * query string that is not URL-encoded (400). Counted apart, as bare refusals.
 */
const BARE = new Set([400, 401, 413, 414, 431]);
const bare = (answer) => BARE.has(answer.status) && answer.body === '';

function judge(request, answer) {
  const problems = [];
  if (answer.status === 0) return [`no answer: ${answer.error}`];
  if (answer.status >= 500) problems.push(`status ${answer.status}`);
  for (const leak of LEAKS) if (leak.test(answer.body)) problems.push(`names internals (${leak}): ` + snippet(answer.body, leak));
  if (request.method === 'HEAD' || answer.status === 204 || request.rest || bare(answer)) return problems;
  let json;
  try { json = JSON.parse(answer.body); } catch { return [...problems, `not JSON: ${answer.body.slice(0, 200)}`]; }
  if (answer.status >= 400 && !Array.isArray(json.errors)) problems.push('a refusal without errors');
  for (const error of json.errors ?? []) {
    const code = error?.extensions?.code;
    if (!CODES.has(code)) problems.push(`code ${code ?? 'missing'}: ${String(error?.message).slice(0, 200)}`);
  }
  return problems;
}
const snippet = (body, re) => { const m = body.match(re); const at = m ? m.index : 0; return body.slice(Math.max(0, at - 80), at + 120); };
const refused = (answer) => {
  if (answer.status >= 400) return true;
  try { const json = JSON.parse(answer.body); return Array.isArray(json.errors) && json.errors.length > 0; } catch { return false; }
};

const quantile = (sorted, q) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : null;

async function main() {
  const introspection = await graphql(INTROSPECTION);
  schema = introspection.data.__schema;
  types = Object.fromEntries(schema.types.map((t) => [t.name, t]));
  token = (await graphql('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: 'curator', p: 'curator' })).data.login.token;
  samples = await sampleIds();
  const all = targets();
  const byStatus = {};
  const byCategory = {};
  const bareByStatus = {};
  const failures = [];
  const refusals = [];
  let sent = 0;
  const queue = requests(all);
  const started = Date.now();
  async function worker() {
    for (let next = queue.next(); !next.done; next = queue.next()) {
      const request = next.value;
      const answer = await send(request);
      sent++;
      byStatus[answer.status] = (byStatus[answer.status] ?? 0) + 1;
      const category = request.category.startsWith('argument') ? 'arguments' : request.category;
      byCategory[category] = (byCategory[category] ?? 0) + 1;
      if (refused(answer)) refusals.push(answer.ms);
      if (bare(answer)) bareByStatus[answer.status] = (bareByStatus[answer.status] ?? 0) + 1;
      const problems = judge(request, answer);
      if (problems.length) failures.push({ category: request.category, problems, status: answer.status,
        request: (request.method ?? 'POST') + ' ' + (request.path ?? endpoint.pathname) + ' ' + String(request.body ?? '').slice(0, 300),
        answer: (answer.body ?? '').slice(0, 500) });
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  refusals.sort((a, b) => a - b);
  const summary = { seed, sent, seconds: (Date.now() - started) / 1000, targets: all.length, byStatus, byCategory,
    status5xx: Object.entries(byStatus).filter(([s]) => Number(s) >= 500).reduce((n, [, c]) => n + c, 0),
    noAnswer: byStatus[0] ?? 0, bareRefusals: bareByStatus, refusals: refusals.length, refusalP50ms: quantile(refusals, 0.5), refusalP99ms: quantile(refusals, 0.99),
    failures: failures.length };
  const seen = new Set();
  for (const f of failures) {
    const key = f.category + '|' + f.problems.join('|').replace(/reference [0-9a-f]+/g, '').slice(0, 120);
    if (seen.has(key)) continue;
    seen.add(key);
    console.log('FAILURE ' + JSON.stringify(f));
  }
  if (out) fs.writeFileSync(out, JSON.stringify({ summary, failures }, null, 1));
  console.log(JSON.stringify(summary));
  process.exit(failures.length ? 1 : 0);
}

main().catch((e) => { console.error(e); process.exit(2); });
