// Subscribes to a story's live alerts with the graphql-ws client (graphql-transport-ws) and prints each event.
//
//   node story-alerts.mjs WS_URL STORY [--token TOKEN] [--seconds N]
//
// Prints "connected" once the server acknowledged connection_init (with the token as
// {"Authorization": "Bearer TOKEN"}), then one line of JSON per event ({"data": …} or {"errors": …}).
// Exits 0 when the server completes the subscription or after N seconds (default 60), 1 on an error.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, story, ...rest] = process.argv.slice(2);
if (!url || !story) {
  console.error('usage: node story-alerts.mjs WS_URL STORY [--token TOKEN] [--seconds N]');
  process.exit(2);
}
const option = (name) => (rest.indexOf(name) >= 0 ? rest[rest.indexOf(name) + 1] : undefined);
const token = option('--token');
const seconds = Number(option('--seconds') ?? 60);

const client = createClient({
  url,
  webSocketImpl: WebSocket,
  retryAttempts: 0,
  lazy: false,
  connectionParams: token ? { Authorization: `Bearer ${token}` } : undefined,
  on: { connected: () => console.log('connected') },
  onNonLazyError: (error) => {
    console.error('connection failed:', error?.code ?? '', error?.reason ?? error?.message ?? error);
    process.exit(1);
  },
});

const query = `subscription($story: ID!) {
  storyAlerts(story: $story) { kind verdictBefore verdictAfter valuesBefore valuesAfter causedBy at
    fact { id comparison { verdict } consensus { values } } } }`;

setTimeout(() => { client.dispose(); process.exit(0); }, seconds * 1000);
client.subscribe({ query, variables: { story } }, {
  next: (event) => console.log(JSON.stringify(event)),
  error: (error) => {
    console.error('subscription failed:', JSON.stringify(error?.message ? { message: error.message } : error));
    process.exit(1);
  },
  complete: () => { client.dispose(); process.exit(0); },
});
