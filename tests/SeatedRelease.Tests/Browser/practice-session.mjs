// A whole practice on the page with Voice on, answered by voice as `listen` answers it: how long each
// turn lasts from its first line shown to the moment the page opens the microphone for the answer,
// and when the microphone opens. The voice is the stand-in speech engine, speaking at the pace the
// plan gives; the microphone is a stand-in that records when it is started and hears what the test
// says into it. The C# test judges the report.
//
// The page runs on Playwright's fake clock: its timers (the timeline's pauses, the voice's breaks, the
// stand-in voice's speaking time, Direct Line's polling) fire as this script moves the clock on, and
// every time it records is read on that clock, so a practice of some fourteen minutes plays in about
// one. Nothing is scaled: a pause of 5 s is 5 s on the page's clock. The host it talks to skips its own
// waits (the lines keep their gaps in their timestamps), so the page's timeline alone keeps the rests.
//
// Usage: node practice-session.mjs <page url> <report.json> <screenshot folder> <chromium path> <plan.json>
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { standInSpeech, shownTimes } from './stand-ins.mjs';

const [url, reportPath, shotsDir, executablePath, planPath] = process.argv.slice(2);
const plan = JSON.parse(fs.readFileSync(planPath, 'utf8'));
const report = { pageErrors: [], turns: [] };
// How far the page's clock moves between two looks at the page. Only when the script notices a turn
// has ended depends on it, not any time recorded: those are read on the page's clock as things happen.
const stepMs = 1000;
// The clock moves in ticks no longer than Direct Line's polling interval, and only once no request of
// the page is under way: an answer from the host takes (almost) no time on the page's clock, as on a
// fast network, and Direct Line's own timeouts and retries never see a request outlast them because
// the clock ran on without it.
const tickMs = 250;
let requests = 0;
async function settledAsync() {
  for (let waited = 0; requests > 0 && waited < 10_000; waited += 2) {
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}
async function advanceAsync(page, ms) {
  for (let moved = 0; moved < ms; moved += tickMs) {
    await settledAsync();
    await page.clock.runFor(Math.min(tickMs, ms - moved));
  }
  await settledAsync();
}
fs.mkdirSync(shotsDir, { recursive: true });

function save() {
  fs.writeFileSync(reportPath, JSON.stringify(report, null, 2));
}

// The utterances of a turn's last line. Shown and said start together, in either order (Web Chat
// renders a moment after the line is let out), so they are found by their words, after the line before.
function saidLast(speech, lines) {
  const after = lines.length > 1 ? lines[lines.length - 2].at : lines[0].at - 1000;
  const words = lines[lines.length - 1].text.slice(0, 20);
  return speech.filter((s) => s.start >= after && s.text.includes(words));
}

// Break after a line, in ms, from the SSML the bot sent: the page keeps it after the last words.
function pauseAfter(speak) {
  const trailing = /<break time=["'](\d+)ms["']\/>(?:<\/[a-z]+>)*$/.exec(speak || '');
  return trailing ? Number(trailing[1]) : 0;
}

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'seatedrelease-session-'));
let context;
let page;
// The bot's lines as Direct Line handed them to the page.
const wire = [];
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // Should the page ask for the microphone, a fake one is granted without a prompt.
      '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream',
      // A practice is long: a page in the background must not have its timers slowed.
      '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
  });
  await context.addInitScript(standInSpeech, { voices: true, msPerChar: plan.msPerChar, recognition: true });
  await context.addInitScript(shownTimes);
  page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(120_000);
  await page.clock.install();
  page.on('request', () => { requests += 1; });
  page.on('requestfinished', () => { requests -= 1; });
  page.on('requestfailed', () => { requests -= 1; });
  page.on('pageerror', (error) => report.pageErrors.push(String(error.message || error)));

  page.on('response', async (response) => {
    if (response.request().method() === 'GET' && /\/v3\/directline\/conversations\/[^/]+\/activities/.test(response.url())) {
      try {
        for (const a of (await response.json()).activities || []) {
          if (a.type === 'message' && a.from && a.from.role === 'bot') wire.push({ text: a.text, speak: a.speak, inputHint: a.inputHint, timestamp: a.timestamp });
        }
      } catch (_) {
        // A response cut short.
      }
    }
  });

  // Voice goes on before the conversation starts, so the greeting is spoken like every other turn.
  let connect;
  const connected = new Promise((resolve) => { connect = resolve; });
  await page.route('**/tokens/generate', async (route) => {
    await connected;
    await route.continue();
  });
  await page.goto(url);
  await page.getByRole('switch', { name: 'Voice' }).click();
  await page.waitForFunction(() => document.getElementById('voice-switch').getAttribute('aria-checked') === 'true');
  // From here the page's time moves only when this script moves it. The second ahead covers the round trip to the page
  // on a loaded machine: pausing at a time that has already passed throws. Nothing is due yet, since the conversation
  // waits for the token.
  await page.clock.pauseAt(await page.evaluate(() => Date.now()) + 1000);
  connect();
  await new Promise((resolve) => setTimeout(resolve, 150));

  let seen = 0;
  for (let i = 0; i < plan.turns.length; i++) {
    const expected = plan.turns[i].lines.length;
    const last = i === plan.turns.length - 1;
    // A bound on the page's clock: three times the turn's length in listen, and a minute.
    const budget = 3 * plan.turns[i].lengthMs + 60_000;
    let spent = 0;
    // Every line of the turn shown, then (but for the closing) the microphone opened for the answer.
    let lines;
    let micAfter;
    for (;;) {
      const { shown, listening, speech, quiet } = await page.evaluate(() => ({
        shown: window.__shown.slice(),
        listening: window.__listening.slice(),
        speech: window.__speech.slice(),
        quiet: !window.speechSynthesis.speaking && !window.speechSynthesis.pending,
      }));
      const all = shown.filter((s) => !s.fromUser);
      if (all.length >= seen + expected) {
        lines = all.slice(seen, seen + expected);
        const lastAt = lines[lines.length - 1].at;
        micAfter = listening.filter((l) => l.start >= lastAt);
        const lastSaid = saidLast(speech, lines).some((s) => s.end !== null);
        if (last ? quiet && lastSaid : micAfter.length > 0) break;
      }
      if (spent > budget) {
        throw new Error(`Turn ${i} (${plan.turns[i].step}) did not finish: ${all.length - seen} of ${expected} lines, ${listening.length} microphone openings in all`);
      }
      await advanceAsync(page, stepMs);
      spent += stepMs;
    }
    seen += expected;
    const start = lines[0].at;
    const lastLine = lines[lines.length - 1];
    const speech = await page.evaluate(() => window.__speech.slice());
    const lastSaid = saidLast(speech, lines).at(-1);
    const lastWire = wire.filter((a) => a.text === lastLine.text).at(-1);
    let end;
    if (last) {
      // No microphone after the closing: its end is the last words and the pause the SSML keeps after them.
      await advanceAsync(page, pauseAfter(lastWire && lastWire.speak) + 1500);
      end = lastSaid.end + pauseAfter(lastWire && lastWire.speak);
    } else {
      end = micAfter[0].start;
    }
    const listening = await page.evaluate(() => window.__listening.slice());
    const mic = listening.filter((l) => l.start >= lastLine.at).slice(0, last ? undefined : 1);
    report.turns.push({
      answer: plan.turns[i].answer,
      step: plan.turns[i].step,
      lines: lines.map((l) => l.text),
      pageMs: Math.round(end - start),
      listenMs: plan.turns[i].lengthMs,
      // Of which spoken: the stand-in's utterances in the turn, and espeak-ng's speech and cue tones.
      pageSpokenMs: Math.round(speech.filter((s) => s.start >= start - 200 && s.start < end).reduce((sum, s) => sum + ((s.end || s.start) - s.start), 0)),
      listenSpokenMs: plan.turns[i].spokenMs,
      micOpens: mic.map((m) => ({
        afterInputHint: lastWire ? lastWire.inputHint : null,
        whileSpeaking: m.speaking,
        afterLastWordsMs: lastSaid && lastSaid.end !== null ? Math.round(m.start - lastSaid.end) : null,
      })),
      micOpensDuring: listening.filter((l) => l.start >= start && l.start < lastLine.at).map((l) => Math.round(l.start - start)),
    });
    save();
    if (!last) {
      // The listener answers by voice into the open microphone (Web Chat shows "Listening…" in place
      // of the message box while it is open).
      if (!(await page.evaluate((words) => window.__hear(words), plan.turns[i + 1].answer))) {
        throw new Error(`The microphone was closed when the answer to turn ${i} was said`);
      }
      // The answer goes to the host and the turn comes back in real time: give it that before the
      // page's clock moves on, so the turn's lines reach the page together, as they do in use.
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
  await page.screenshot({ path: path.join(shotsDir, 'closing.png') });

  const speech = await page.evaluate(() => window.__speech.slice());
  report.sessionMs = Math.round(report.turns.reduce((sum, t) => sum + t.pageMs, 0));
  report.listenMs = plan.listenMs;
  report.ratio = Number((report.sessionMs / plan.listenMs).toFixed(4));
  report.spokenMs = Math.round(speech.reduce((sum, s) => sum + ((s.end || s.start) - s.start), 0));
  report.msPerChar = plan.msPerChar;
  report.utterances = speech.length;
  report.cancelled = speech.filter((s) => s.cancelled).length;
} catch (error) {
  report.error = String(error && error.stack || error);
  // When each line appeared and when each was sent, to tell a page that showed lines out of order from one that was slow.
  if (page) report.lastShown = (await page.evaluate(() => window.__shown.slice(-8)).catch(() => [])).map((s) => `${Math.round(s.at)} ${s.text}`);
  report.lastWire = wire.slice(-8).map((a) => `${a.timestamp} ${a.text}`);
} finally {
  save();
  if (context) await context.close().catch(() => {});
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
process.exit(report.error ? 1 : 0);
