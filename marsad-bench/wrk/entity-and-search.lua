-- wrk script: entity pages and searches in turn, drawn from lists of names and queries that occur in the
-- synthetic corpus KbBench builds from the samples. Usage (from the repository root):
--   wrk -t4 -c16 -d60s --latency -s marsad-bench/wrk/entity-and-search.lua http://127.0.0.1:8080
-- MARSAD_WRK=search sends searches only, MARSAD_WRK=entity entity pages only; MARSAD_WRK_LIMIT=10 asks for pages
-- of 10 hits (the API default is 50). MARSAD_WRK_TOKEN is the account token the requests sign in with (`marsad
-- serve` prints the first admin's; `marsad account add NAME --role analyst` makes one); run the server with
-- --rate high enough for the load (e.g. --rate 1000000), or the rate limit answers 429.
local mode = os.getenv("MARSAD_WRK")
local searchesOnly = mode == "search"
local entitiesOnly = mode == "entity"
local token = os.getenv("MARSAD_WRK_TOKEN")
local headers = token and { ["Authorization"] = "Bearer " .. token } or {}
local limit = os.getenv("MARSAD_WRK_LIMIT")
local prefix = "/api/search?" .. (limit and ("limit=" .. limit .. "&") or "") .. "q="
local entities = {"JNIM", "AQIM", "Mokhtar%20Belmokhtar", "Iyad%20Ag%20Ghaly", "Amadou%20Koufa",
  "%D8%A7%D9%84%D9%85%D8%B1%D8%A7%D8%A8%D8%B7%D9%88%D9%86", "Boko%20Haram", "Mali", "Niger", "Kidal",
  "Adnan%20Abu%20Walid%20al-Sahrawi", "Islamic%20State", "Ansar%20Dine", "Gao", "Timbuktu"}
local queries = {"%D9%83%D9%8A%D8%AF%D8%A7%D9%84", "Kidal", "%D8%A7%D9%84%D9%82%D8%A7%D8%B9%D8%AF%D8%A9",
  "%D9%87%D8%AC%D9%88%D9%85", "Belmokhtar", "%D8%A8%D9%84%D9%85%D8%AE%D8%AA%D8%A7%D8%B1&group=JNIM",
  "attack", "%D8%AA%D9%86%D8%B8%D9%8A%D9%85%20%D8%A7%D9%84%D8%AF%D9%88%D9%84%D8%A9",
  "&type=ATTACK&from=2015-01-01&to=2016-12-31", "Niger&place=Niger"}
local n = 0
request = function()
  n = n + 1
  local path
  if searchesOnly then
    path = prefix .. queries[n % #queries + 1]
  elseif entitiesOnly then
    path = "/api/entities/" .. entities[n % #entities + 1]
  elseif n % 2 == 0 then
    path = "/api/entities/" .. entities[(n / 2) % #entities + 1]
  else
    path = prefix .. queries[((n - 1) / 2) % #queries + 1]
  end
  return wrk.format("GET", path, headers)
end
-- wrk itself counts answers other than 2xx/3xx ("Non-2xx or 3xx responses"): each must be 0.
