-- wrk script: many listeners walk whole sessions over POST /api/messages with expectReplies.
-- Arguments after "--": practice|echo, listeners per wrk thread, turns of an echo session, a run id.
-- Each thread serves its listeners in turn. A listener's next line is sent only after the answer to its last came
-- back, and there are far more listeners than connections, so no conversation ever has two turns in flight.
-- Every answer is checked; a wrong one counts as an error and ends that listener's session.

local threads = {}

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

local kind, count, echoTurns, run
local listeners, byConversation = {}, {}
local cursor = 0
errors, sessions, answers, sessionTurns, firstError = 0, 0, 0, 0, ""

function init(args)
  kind = args[1] or "practice"
  count = tonumber(args[2] or "250")
  echoTurns = tonumber(args[3] or "19")
  run = args[4] or tostring(os.time())
  for i = 1, count do
    listeners[i] = { i = i, session = 0, turn = 0, done = true, waiting = false }
  end
end

local headers = { ["Content-Type"] = "application/json" }

local function account(id)
  return '{"id":"' .. id .. '"}'
end

local function wordFor(turn)
  if turn == 2 then return "no" end
  if turn == 3 then return "carpet" end
  return "ready"
end

local function body(l)
  local common = '"id":"' .. l.conversation .. '-' .. l.turn .. '","channelId":"test","serviceUrl":"http://localhost:1/",'
    .. '"deliveryMode":"expectReplies","conversation":' .. account(l.conversation)
    .. ',"from":' .. account(l.user) .. ',"recipient":' .. account("bot")
  if l.turn == 1 then
    return '{"type":"conversationUpdate",' .. common .. ',"membersAdded":[' .. account(l.user) .. ',' .. account("bot") .. ']}'
  end
  l.word = wordFor(l.turn)
  return '{"type":"message",' .. common .. ',"text":"' .. l.word .. '"}'
end

function request()
  local l
  for _ = 1, count do
    cursor = cursor % count + 1
    l = listeners[cursor]
    if not l.waiting then break end
  end
  if l.done then
    l.session = l.session + 1
    l.conversation = "w" .. run .. "-" .. tid .. "-" .. l.i .. "-" .. l.session
    l.user = "u" .. run .. "-" .. tid .. "-" .. l.i
    l.turn, l.done = 0, false
    byConversation[l.conversation] = l
  end
  l.turn = l.turn + 1
  l.waiting = true
  return wrk.format("POST", "/api/messages", headers, body(l))
end

local function finish(l)
  l.done, l.waiting = true, false
  byConversation[l.conversation] = nil
end

local function fail(l, why, b)
  errors = errors + 1
  if l then finish(l) end
  if firstError == "" then firstError = why .. ": " .. string.sub(b or "", 1, 300) end
end

local function has(b, words)
  return b:find(words, 1, true) ~= nil
end

local function checkPractice(l, b)
  -- The re-prompt and the apology both begin with "Sorry": on this path either is a wrong turn.
  if has(b, "Sorry") then return fail(l, "turn " .. l.turn .. " was not understood or failed", b) end
  if l.turn == 1 and not has(b, "safety question") then return fail(l, "the join did not ask the safety question", b) end
  if l.turn == 3 and not has(b, "On carpet") then return fail(l, "the surface was not taken", b) end
  if has(b, "end of the practice") then
    if not (has(b, "No pain was reported") and has(b, "Repetitions with your left leg: 5")) then
      return fail(l, "the summary is wrong", b)
    end
    finish(l)
    sessions = sessions + 1
    sessionTurns = sessionTurns + l.turn
  elseif not has(b, '"expectingInput"') then
    fail(l, "turn " .. l.turn .. " did not wait for the listener", b)
  elseif l.turn > 80 then
    fail(l, "the practice did not end within 80 turns", b)
  end
end

local function checkEcho(l, b)
  local want = l.turn == 1 and "welcome 1" or ("echo " .. l.turn .. ": " .. l.word)
  if not b:find('"text":%s*"' .. want .. '"') then return fail(l, "wanted " .. want, b) end
  if l.turn >= echoTurns then
    finish(l)
    sessions = sessions + 1
    sessionTurns = sessionTurns + l.turn
  end
end

function response(status, _, b)
  answers = answers + 1
  local conversation = b:match('"conversation":%s*{%s*"id":%s*"([^"]+)"')
  local l = conversation and byConversation[conversation]
  if status ~= 200 or not l then return fail(l, "HTTP " .. status, b) end
  l.waiting = false
  if kind == "echo" then checkEcho(l, b) else checkPractice(l, b) end
end

function done(summary, latency, _)
  local e, s, a, st, first = 0, 0, 0, 0, ""
  for _, t in ipairs(threads) do
    e = e + t:get("errors")
    s = s + t:get("sessions")
    a = a + t:get("answers")
    st = st + t:get("sessionTurns")
    local f = t:get("firstError")
    if first == "" and f and f ~= "" then first = f end
  end
  io.write(string.format("RESULT answers=%d seconds=%.3f sessions=%d session_turns=%d errors=%d p50=%.3f p99=%.3f\n",
    a, summary.duration / 1e6, s, st, e, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
  if first ~= "" then io.write("FIRST_ERROR " .. first:gsub("\n", " ") .. "\n") end
end
