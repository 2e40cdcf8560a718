-- wrk script: a mixed workload on /graphql. Of every WRITE_EVERY requests one is a curator's addFact (a new fact in
-- the thread's own story), the others are reads of the curated corpus in turn. Counts answers with GraphQL errors
-- among the errors (the service's /q/metrics tells writes' outcomes apart) and prints one RESULT line of JSON. Usage: wrk ... -s mixed.lua URL -- TOKEN RUN WRITE_EVERY
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

local reads = {
  '{"query":"{ facts(story: \\"russia-recognizes-taliban-2025\\", first: 20) { edges { node { id question comparison { verdict } claims { valueAsWritten source { id outlet } } } } } }"}',
  '{"query":"{ stories { id title } }"}',
  '{"query":"{ story(id: \\"russia-recognizes-taliban-2025\\") { id title } }"}',
  '{"query":"{ facts(story: \\"russia-recognizes-taliban-2025\\", first: 5, after: null) { edges { cursor node { id kind } } pageInfo { hasNextPage } } }"}',
}

function init(args)
  token, run, write_every = args[1], args[2], tonumber(args[3])
  sent, writes, graphql_errors = 0, 0, 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  sent = sent + 1
  if sent % write_every == 0 then
    writes = writes + 1
    local fact = string.format("ops-load-%s-t%d-%d", run, id, writes)
    local body = string.format('{"query":"mutation($i: NewFact!) { addFact(input: $i) { id } }","variables":{"i":{"id":"%s","story":"ops-load-%s-t%d","kind":"TEXT","question":"What happened in %s?"}}}', fact, run, id, fact)
    return wrk.format("POST", nil, {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
  end
  return wrk.format(nil, nil, nil, reads[sent % #reads + 1])
end

function response(status, headers, body)
  if status ~= 200 or body:find('"errors"', 1, true) then
    graphql_errors = graphql_errors + 1
    if graphql_errors <= 3 then
      io.stderr:write(string.format("error (status %d): %s\n", status, body:sub(1, 300)))
    end
  end
end

function done(summary, latency, requests)
  local errors, writes_sent = 0, 0
  for _, thread in ipairs(threads) do
    errors = errors + thread:get("graphql_errors")
    writes_sent = writes_sent + thread:get("writes")
  end
  local e = summary.errors
  io.write(string.format('RESULT {"requests": %d, "seconds": %.1f, "rps": %.1f, "writes": %d, "p50_ms": %.2f, "p90_ms": %.2f, '
    .. '"p99_ms": %.2f, "max_ms": %.2f, "graphql_or_status_errors": %d, "socket_errors": %d, "timeouts": %d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6), writes_sent,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    errors, e.connect + e.read + e.write, e.timeout))
end
