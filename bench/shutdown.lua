-- Counts wrk's answers by status, and those that told the client to close its connection (bench/shutdown-bench.sh).
-- A 503 of the site's own carries Retry-After; Tomcat's, once its connector is paused for the shutdown, does not.
local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   ok, busy, paused, other, closing = 0, 0, 0, 0, 0
end

function response(status, headers, body)
   if status >= 200 and status < 300 then
      ok = ok + 1
   elseif status == 503 and (headers["Retry-After"] or headers["retry-after"]) then
      busy = busy + 1
   elseif status == 503 then
      paused = paused + 1
   else
      other = other + 1
   end
   local connection = headers["Connection"] or headers["connection"]
   if connection and connection:lower() == "close" then
      closing = closing + 1
   end
end

function done(summary, latency, requests)
   local total = { ok = 0, busy = 0, paused = 0, other = 0, closing = 0 }
   for _, thread in ipairs(threads) do
      for name, _ in pairs(total) do
         total[name] = total[name] + thread:get(name)
      end
   end
   io.write(string.format("answers: 2xx %d; 503 from the site (no database connection within 1 s) %d; "
      .. "503 from the stopping connector %d; other %d; with Connection: close %d\n",
      total.ok, total.busy, total.paused, total.other, total.closing))
end
