// Audits a running GraphQL server against the GraphQL-over-HTTP spec with graphql-http's audits.
//
//   node graphql-http-audit.mjs URL [--min-should N] [--verbose]
//
// Prints one line per audit item, then a summary. Exits 1 when a MUST item fails, when fewer than
// N SHOULD items pass, or when an audit could not run at all (e.g. the server is unreachable).
// --verbose adds the status, content type and body of each response that failed an audit.
import { serverAudits } from 'graphql-http';

const LEVELS = ['MUST', 'SHOULD', 'MAY'];
const TIMEOUT_MS = 10_000;

function usage(message) {
  console.error(`${message}\nusage: node graphql-http-audit.mjs URL [--min-should N] [--verbose]`);
  process.exit(2);
}

function parseArgs(argv) {
  const args = { url: null, minShould: 0, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--verbose') {
      args.verbose = true;
    } else if (arg === '--min-should') {
      args.minShould = Number(argv[++i]);
      if (!Number.isInteger(args.minShould) || args.minShould < 0) usage('--min-should needs a whole number');
    } else if (!arg.startsWith('--') && args.url === null) {
      args.url = arg;
    } else {
      usage(`unexpected argument: ${arg}`);
    }
  }
  if (args.url === null) usage('missing URL');
  return args;
}

// Every request gets a time limit, so a hanging server fails the audit instead of blocking it.
const fetchWithTimeout = (input, init = {}) => fetch(input, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });

async function describeResponse(response) {
  if (!response) return '';
  let body = '(body already read by the audit)';
  if (!response.bodyUsed) {
    try {
      body = (await response.text()).slice(0, 300);
    } catch (err) {
      body = `(unreadable body: ${err.message})`;
    }
  }
  return `        -> HTTP ${response.status}, content-type: ${response.headers.get('content-type')}, body: ${body}`;
}

async function main() {
  const { url, minShould, verbose } = parseArgs(process.argv.slice(2));
  const totals = Object.fromEntries(LEVELS.map((level) => [level, { passed: 0, total: 0 }]));
  let broken = 0;

  // One audit at a time: a fatal error stays with its own item, and the server is not flooded.
  for (const audit of serverAudits({ url, fetchFn: fetchWithTimeout })) {
    const level = audit.name.split(' ')[0];
    const name = audit.name.slice(level.length + 1);
    let result;
    try {
      result = await audit.fn();
    } catch (err) {
      broken++;
      result = { status: 'error', reason: `audit could not run: ${err.cause?.message ?? err.message}` };
    }
    totals[level].total++;
    if (result.status === 'ok') totals[level].passed++;
    const verdict = result.status === 'ok' ? 'PASS' : result.status === 'error' ? 'FAIL' : 'WARN';
    const reason = result.reason ? `  (${result.reason})` : '';
    console.log(`${verdict}  ${level.padEnd(6)}  ${audit.id}  ${name}${reason}`);
    if (verbose && result.status !== 'ok') {
      const detail = await describeResponse(result.response);
      if (detail) console.log(detail);
    }
  }

  console.log(LEVELS.map((level) => `${level} ${totals[level].passed}/${totals[level].total}`).join(', '));

  const problems = [];
  if (totals.MUST.passed < totals.MUST.total) problems.push(`${totals.MUST.total - totals.MUST.passed} MUST item(s) failed`);
  if (totals.SHOULD.passed < minShould) problems.push(`only ${totals.SHOULD.passed} SHOULD item(s) passed, at least ${minShould} required`);
  if (broken > 0) problems.push(`${broken} audit(s) could not run`);
  if (problems.length > 0) {
    console.log(`NOT CONFORMANT: ${problems.join('; ')}`);
    process.exit(1);
  }
}

await main();
