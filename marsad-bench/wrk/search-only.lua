-- wrk script: searches only, default page size (50); for a page of 10 make the path "/api/search?limit=10&q=".
--   wrk -t4 -c16 -d60s --latency -s marsad-bench/wrk/search-only.lua http://127.0.0.1:8080
local queries = {"%D9%83%D9%8A%D8%AF%D8%A7%D9%84", "Kidal", "%D8%A7%D9%84%D9%82%D8%A7%D8%B9%D8%AF%D8%A9",
  "%D9%87%D8%AC%D9%88%D9%85", "Belmokhtar", "%D8%A8%D9%84%D9%85%D8%AE%D8%AA%D8%A7%D8%B1&group=JNIM",
  "attack", "%D8%AA%D9%86%D8%B8%D9%8A%D9%85%20%D8%A7%D9%84%D8%AF%D9%88%D9%84%D8%A9",
  "&type=ATTACK&from=2015-01-01&to=2016-12-31", "Niger&place=Niger"}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/api/search?q=" .. queries[n % #queries + 1])
end
