// The board's only way to the data: the public GraphQL API at /graphql, with the curator's token when signed in.

const TOKEN = 'corroborate.token';

/** A GraphQL error, shown to the reader with its code (extensions.code). */
export class ApiError extends Error {
  constructor(errors) {
    super(errors.map(e => e.message).join('; '));
    this.codes = [...new Set(errors.map(e => e.extensions?.code).filter(Boolean))];
  }
}

export function session() {
  const stored = sessionStorage.getItem(TOKEN);
  if (!stored) return null;
  const parsed = JSON.parse(stored);
  return Date.parse(parsed.expiresAt) > Date.now() ? parsed : null;
}

export async function signIn(username, password) {
  const data = await graphql(`mutation SignIn($username: String!, $password: String!) {
      login(username: $username, password: $password) { token expiresAt roles } }`, { username, password });
  const signed = { ...data.login, username };
  sessionStorage.setItem(TOKEN, JSON.stringify(signed));
  return signed;
}

export function signOut() {
  sessionStorage.removeItem(TOKEN);
}

export async function graphql(query, variables = {}) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' };
  const signed = session();
  if (signed) headers.Authorization = `Bearer ${signed.token}`;
  let response;
  try {
    response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch (e) {
    throw new ApiError([{ message: 'The server cannot be reached.', extensions: { code: 'NETWORK' } }]);
  }
  let body;
  try {
    body = await response.json();
  } catch (e) {
    throw new ApiError([{ message: `The server answered ${response.status} without GraphQL data.`, extensions: { code: `HTTP_${response.status}` } }]);
  }
  if (body.errors?.length) throw new ApiError(body.errors);
  return body.data;
}

const VALUE = `
  __typename
  ... on DateValue { earliest latest precision days }
  ... on QuantityValue { amount upperAmount qualifier unit }
  ... on QuoteValue { text speaker { id name } }
  ... on TextValue { text }
  ... on EntityValue { entity { id name } }
  ... on SetValue { items exclusive }
  ... on YesNoValue { stance }`;

const FACT = `
  id question kind version
  entities { id name }
  claims { id valueAsWritten interpretedAs source { id } value { ${VALUE} } excerpt { exact start end } }
  comparison { verdict explanation severity groups { values claims { id } }
    conflicts { kind explanation left { id } right { id } } }
  review { status decision reason by at version outdated }`;

export const STORIES = `query Stories { stories { id title } }`;

const STORY_HEAD = 'id title summary sources { id outlet author headline url }';

export const STORY = `query Story($id: ID!) { story(id: $id) { ${STORY_HEAD} facts { ${FACT} } } }`;

// For stories too large for one query (QUERY_TOO_LARGE): the story, then its facts page by page.
export const STORY_ONLY = `query StoryHead($id: ID!) { story(id: $id) { ${STORY_HEAD} } }`;

// The page size is written into the query (the server's cost estimate counts a variable page size as the default).
export const FACT_PAGE = `query FactPage($id: ID!, $first: Int!, $after: String) {
  facts(story: $id, first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${FACT} } } } }`;

export const FACT_QUERY = `query Fact($id: ID!) { fact(id: $id) { ${FACT} } }`;

export const ARTICLE = `query Article($id: ID!) { source(id: $id) { id articleText contentSha256 } }`;

export const HISTORY = `query History($id: ID!) {
  claim(id: $id) { id curatedBy curatedAt history { action actor at before after } } }`;

export const PAIR = `query Pair($a: ID!, $b: ID!) {
  compareSources(a: $a, b: $b) {
    agree { id } consistent { id } conflict { id } wordingDiffers { id } onlyA { id } onlyB { id } } }`;

export const RECORD = `query Record($id: ID!, $story: ID!) {
  source(id: $id) { id outlet headline author url language published { earliest latest precision }
    agreement { facts shared corroborated contradicted corroborationRate }
    inStory: reliability(story: $story) { score facts withConsensus againstConsensus alone stale computedAt }
    overall: reliability { score facts withConsensus againstConsensus alone stale } } }`;

export const REVIEW = `mutation Review($fact: ID!, $decision: ReviewStatus!, $reason: String!, $version: Int) {
  reviewConflict(fact: $fact, decision: $decision, reason: $reason, version: $version) { status decision reason by at version outdated } }`;
