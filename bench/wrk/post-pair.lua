-- POST /schools/{id}/pairs: registers a draft teacher–student pair with a fresh form token each time, rotating the
-- mentor over the school's teacher mentors and the mentee over its students. Env: SESSION, CSRF, SCHOOL, FORM,
-- MENTORS and MENTEES (comma-separated ids), START (yyyy-mm-dd), END (yyyy-mm-dd).
local cookie = os.getenv("SESSION")
local csrf = os.getenv("CSRF")
local school = os.getenv("SCHOOL")
local form = os.getenv("FORM")
local start_date = os.getenv("START")
local end_date = os.getenv("END")
local function split(s)
  local t = {}
  for v in string.gmatch(s, "[^,]+") do t[#t + 1] = v end
  return t
end
local mentors = split(os.getenv("MENTORS"))
local mentees = split(os.getenv("MENTEES"))
local counter = 0
local thread_id = 0

function setup(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
end

local function hex(n)
  local t = {}
  for i = 1, n do t[i] = string.format("%x", math.random(0, 15)) end
  return table.concat(t)
end

function init(args)
  math.randomseed(os.time() * 1000 + (tid or 0))
end

local function urlencode(s)
  return (string.gsub(s, "[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function request()
  counter = counter + 1
  local mentor = mentors[(counter % #mentors) + 1]
  local mentee = mentees[math.random(1, #mentees)]
  local token = hex(8) .. "-" .. hex(4) .. "-4" .. hex(3) .. "-a" .. hex(3) .. "-" .. hex(12)
  local body = "_csrf=" .. urlencode(csrf) .. "&formId=" .. form .. "&mentorId=" .. mentor .. "&menteeIds=" .. mentee
      .. "&startDate=" .. start_date .. "&plannedEnd=" .. end_date
      .. "&goal=" .. urlencode("Нагрузочный тест") .. "&token=" .. token
  return wrk.format("POST", "/schools/" .. school .. "/pairs", {
    ["Cookie"] = cookie,
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, body)
end

function done(summary, latency, requests)
  local secs = summary.duration / 1e6
  local bad = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d\n",
    summary.requests, summary.requests / secs, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, bad))
end
