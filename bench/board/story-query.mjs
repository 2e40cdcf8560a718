// Times the board's story query (the one query behind the facts × sources grid) against a running service.
//
//   node bench/board/story-query.mjs [BASE_URL] [STORY] [RUNS]     (defaults: http://localhost:8080, the seed story, 20)
//
// Prints the answer's size and the latency p50 / max over RUNS runs after one warm-up.
import { STORY } from '../../src/main/resources/META-INF/resources/board/api.js';

const [base = 'http://localhost:8080', story = 'russia-recognizes-taliban-2025', runs = '20'] = process.argv.slice(2);
const body = JSON.stringify({ query: STORY, variables: { id: story } });
const times = [];
let size = 0;
for (let i = 0; i <= Number(runs); i++) {
  const start = performance.now();
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  if (text.includes('"errors"')) {
    console.error(text.slice(0, 500));
    process.exit(1);
  }
  size = text.length;
  if (i > 0) times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const p50 = times[Math.floor(times.length / 2)];
console.log(`story query: ${size} bytes, p50 ${p50.toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms (${times.length} runs)`);
