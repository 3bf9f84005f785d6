// The practice page as a practice room, in a real Chromium: how its lines are paced as text and as
// speech (through a stand-in speech engine that records timings), whether every reply is spoken,
// whether a reload keeps the listener's place, how a double press, a lost server and a small screen
// are met, and what a screen reader is given. It writes what it saw as JSON; the C# test judges it.
//
// Usage: node practice-room.mjs <page url> <report.json> <screenshot folder> [chromium path]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { standInSpeech, shownTimes } from './stand-ins.mjs';

const [url, reportPath, shotsDir, executablePath = '/usr/bin/chromium'] = process.argv.slice(2);
const report = { steps: {}, pageErrors: [], consoleErrors: [] };
const stepTimeout = 90_000;
fs.mkdirSync(shotsDir, { recursive: true });

function note(step, data) {
  report.steps[step] = data;
  fs.writeFileSync(reportPath, JSON.stringify(report, null, 2));
}

const userDataDirs = [];
async function openContext(options = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seatedrelease-room-'));
  userDataDirs.push(dir);
  const context = await chromium.launchPersistentContext(dir, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    ...options,
  });
  return context;
}

// Every activity the page received over Direct Line, as the bot sent it (SSML and all).
function watch(page, wire) {
  page.setDefaultTimeout(stepTimeout);
  page.on('pageerror', (error) => report.pageErrors.push(String(error.message || error)));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') report.consoleErrors.push(message.text().slice(0, 300));
  });
  page.on('response', async (response) => {
    if (response.request().method() === 'GET' && /\/v3\/directline\/conversations\/[^/]+\/activities/.test(response.url())) {
      try {
        const body = await response.json();
        for (const a of body.activities || []) {
          wire.push({ id: a.id, type: a.type, role: a.from && a.from.role, text: a.text, speak: a.speak, replyToId: a.replyToId, conversation: a.conversation && a.conversation.id });
        }
      } catch (_) {
        // A response cut short by a reload.
      }
    }
  });
}

const toolbar = (page) => page.getByRole('toolbar', { name: 'Suggested actions' });
const suggestion = (page, title) => toolbar(page).getByRole('button', { name: title, exact: true });
const input = (page) => page.getByRole('textbox', { name: 'Message input box' });

async function titles(page) {
  return (await toolbar(page).count()) === 0 ? [] : toolbar(page).getByRole('button').allInnerTexts();
}

async function shown(page) {
  return page.evaluate(() => window.__shown.slice());
}

async function spoken(page) {
  return page.evaluate(() => (window.__speech || []).slice());
}

async function waitForShown(page, pattern, afterCount = 0) {
  const deadline = Date.now() + stepTimeout;
  while (Date.now() < deadline) {
    const hit = (await shown(page)).slice(afterCount).find((s) => !s.fromUser && pattern.test(s.text));
    if (hit) return hit;
    await page.waitForTimeout(100);
  }
  throw new Error(`No line matching ${pattern} within ${stepTimeout / 1000} s`);
}

// Waits until the stand-in voice has been silent for a while and the page shows the given button.
async function settle(page, button) {
  await suggestion(page, button).waitFor();
  for (let i = 0; i < 200; i++) {
    const quiet = await page.evaluate(() => !window.speechSynthesis.speaking && !window.speechSynthesis.pending);
    if (quiet) break;
    await page.waitForTimeout(200);
  }
  await page.waitForTimeout(400);
}

async function typeAndSend(page, text) {
  await input(page).focus();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

// Break after each line, in ms, from the SSML the bot sent.
function pauseAfter(speak) {
  const trailing = /<break time=["'](\d+)ms["']\/>(?:<\/[a-z]+>)*$/.exec(speak || '');
  return trailing ? Number(trailing[1]) : 0;
}

// Consecutive bot lines of one turn: the pause the SSML asks for after the first, and the gaps seen.
function pacing(wire, shownLines, speech, fromText, toText) {
  const bot = wire.filter((a) => a.role === 'bot' && a.type === 'message');
  const pairs = [];
  const start = bot.findIndex((a) => a.text.includes(fromText));
  for (let i = Math.max(start, 0); start >= 0 && i + 1 < bot.length; i++) {
    const a = bot[i];
    const b = bot[i + 1];
    if (a.replyToId !== b.replyToId) break;
    const shownA = shownLines.find((s) => s.text === a.text);
    const shownB = shownLines.find((s) => s.text === b.text);
    const saidA = speech.filter((s) => s.text.includes(a.text.slice(0, 20))).at(-1);
    const saidB = speech.filter((s) => s.text.includes(b.text.slice(0, 20))).at(-1);
    pairs.push({
      from: a.text,
      to: b.text,
      ssmlPauseMs: pauseAfter(a.speak),
      shownGapMs: shownA && shownB ? Math.round(shownB.at - shownA.at) : null,
      spokenGapMs: saidA && saidB && saidA.end !== null ? Math.round(saidB.start - saidA.end) : null,
      rate: saidA ? saidA.rate : null,
    });
    if (b.text.includes(toText)) break;
  }
  return pairs;
}

async function layout(page) {
  return page.evaluate(() => {
    const rect = (el) => (el ? el.getBoundingClientRect() : null);
    const frame = rect(document.querySelector('.chat-frame'));
    const transcript = rect(document.querySelector('.webchat__basic-transcript__scrollable'));
    const actions = rect(document.querySelector('.webchat__suggested-actions'));
    const articles = document.querySelectorAll('[role=feed] > article');
    const last = rect(articles[articles.length - 1]);
    const inputBox = rect(document.querySelector('[aria-label="Message input box"]'));
    return {
      viewport: { width: window.innerWidth, height: window.innerHeight },
      horizontalOverflow: document.documentElement.scrollWidth > window.innerWidth + 1,
      frameHeight: frame && frame.height,
      transcriptHeight: transcript && transcript.height,
      actionsHeight: actions && actions.height,
      // The current instruction is on screen: its bottom is inside the transcript and the window.
      lastLineVisible: !!(last && transcript && last.bottom <= transcript.bottom + 1 && last.bottom > transcript.top + 8
        && last.bottom <= window.innerHeight + 1 && last.bottom > 0),
      inputVisible: !!(inputBox && inputBox.top >= 0 && inputBox.bottom <= window.innerHeight + 1 && inputBox.height > 0),
    };
  });
}

// The chat as a person sees it on a small screen once they scroll to it, and whether they can type.
async function smallScreen(page, name, width, height) {
  await page.setViewportSize({ width, height });
  await page.waitForTimeout(500);
  await page.locator('.chat-frame').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(300);
  const seen = await layout(page);
  await page.screenshot({ path: path.join(shotsDir, `${name}.png`) });
  await input(page).focus();
  const focused = await layout(page);
  return { ...seen, inputReachable: focused.inputVisible, buttons: await titles(page) };
}

const contexts = [];
let debugPage = null;
let debugWire = [];
try {
  // ---- The practice, with a stand-in voice that has voices.
  const main = await openContext();
  contexts.push(main);
  await main.addInitScript(standInSpeech, { voices: true });
  await main.addInitScript(shownTimes);
  const page = main.pages()[0] || await main.newPage();
  const wire = [];
  watch(page, wire);
  debugPage = page;
  debugWire = wire;

  // Warm the host (the test is about the page, not a cold JIT), then time three fresh loads of a new
  // listener: navigation start to the first line on the page.
  await page.goto(url);
  await waitForShown(page, /./);
  const loads = [];
  let firstLine;
  let webchatJs;
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    firstLine = await waitForShown(page, /./);
    webchatJs = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('/lib/webchat.js')).map((r) => ({ encoded: r.encodedBodySize, decoded: r.decodedBodySize }))[0]);
    loads.push(Math.round(firstLine.at));
  }
  const sorted = loads.slice().sort((a, b) => a - b);
  note('greeting', { firstLineMs: sorted[1], loads, first: firstLine.text, webchatJs });
  wire.length = 0;

  await settle(page, 'Yes');
  note('safety', { buttons: await titles(page) });
  await suggestion(page, 'No').click();
  await settle(page, 'Hardwood floor');
  const surfaceButtons = await titles(page);
  await suggestion(page, 'Mat').click();
  await settle(page, 'Ready');
  note('textPacing', { pairs: pacing(wire, await shown(page), [], 'Move down', 'Say ready'), surfaceButtons });

  // Voice on at a question: the whole current turn is read, not only its last line.
  const saidBefore = (await spoken(page)).length;
  await page.getByRole('switch', { name: 'Voice' }).click();
  await page.waitForTimeout(4000);
  const replayed = (await spoken(page)).slice(saidBefore).map((s) => s.text);
  note('voiceOn', { checked: await page.getByRole('switch', { name: 'Voice' }).getAttribute('aria-checked'), replayed });

  // A typed answer during that reading: it stops, and the reply is spoken.
  let said = (await spoken(page)).length;
  await typeAndSend(page, 'ready');
  await settle(page, 'Ready');
  const afterTyped = (await spoken(page)).slice(said).map((s) => s.text);
  const repliesTyped = wire.filter((a) => a.role === 'bot').slice(-3).map((a) => a.text);

  // A clicked answer: its reply is spoken too, paced by the SSML, at the SSML's rate.
  said = (await spoken(page)).length;
  const wireAt = wire.length;
  const shownAt = (await shown(page)).length;
  await suggestion(page, 'Ready').click();
  // The button of the turn before can still be on the page for a moment after the click: wait for this turn's own
  // last line (it asks for ready) before waiting for the voice to go quiet, or a busy machine measures too early.
  await waitForShown(page, /say ready/i, shownAt);
  await settle(page, 'Ready');
  const turn = wire.slice(wireAt).filter((a) => a.role === 'bot');
  const afterClicked = (await spoken(page)).slice(said).map((s) => s.text);
  note('voiceReplies', {
    typed: { replies: repliesTyped, spoken: afterTyped },
    clicked: { replies: turn.map((a) => a.text), spoken: afterClicked },
    pairs: pacing(wire, await shown(page), await spoken(page), turn[0] ? turn[0].text : '', 'Say ready'),
  });

  // Small screens, at the prompt with the most buttons: a phone, and 1280 x 900 at 400% zoom.
  for (const [name, width, height] of [['phone320', 320, 640], ['zoom400', 320, 225]]) {
    note(name, await smallScreen(page, name, width, height));
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  // A reload keeps the place.
  await page.reload();
  const welcome = await waitForShown(page, /welcome back|pick up where/i);
  await settle(page, 'Yes');
  await suggestion(page, 'Yes').click();
  await settle(page, 'Ready');
  note('reload', { welcome: welcome.text, userId: await page.evaluate(() => localStorage.getItem('seatedrelease.userId')) });

  // A double click on Ready sends one "ready".
  const echoesBefore = wire.filter((a) => a.role === 'user').length;
  await suggestion(page, 'Ready').dblclick();
  await page.waitForTimeout(2500);
  const doubleEchoes = wire.filter((a) => a.role === 'user').slice(echoesBefore).map((a) => a.text);

  // "That hurts" typed in the middle of a paced turn is answered at once, and the turn stops.
  const countBefore = (await shown(page)).length;
  await typeAndSend(page, 'that hurts');
  const sentAt = await page.evaluate(() => performance.now());
  const painReply = await waitForShown(page, /hurt|pain|stop moving/i, countBefore);
  await suggestion(page, 'Mild').waitFor();
  await page.waitForTimeout(4000);
  const afterPain = (await shown(page)).filter((s) => s.at >= painReply.at && !s.fromUser).map((s) => s.text);
  note('doubleAndPain', {
    doubleEchoes,
    painReply: painReply.text,
    painAnsweredMs: Math.round(painReply.at - sentAt),
    afterPain,
    painButtons: await titles(page),
  });

  // What a screen reader is given. Each line's words as an accessible name: Chromium's own tree,
  // counting every node but the InlineTextBox pieces a text is laid out in (never read on their own).
  const cdp = await main.newCDPSession(page);
  const accessibleNames = async () => (await cdp.send('Accessibility.getFullAXTree')).nodes
    .filter((n) => !n.ignored && n.role && n.role.value !== 'InlineTextBox' && n.name && n.name.value)
    .map((n) => ({ role: n.role.value, name: n.name.value.trim() }));
  const namedAs = (names, text) => names.filter((n) => n.name === text || (/ said: /.test(n.name) && n.name.endsWith(' said: ' + text)));
  const botTexts = (await shown(page)).filter((s) => !s.fromUser).map((s) => s.text);
  const names = await accessibleNames();
  const linesNamed = [...new Set(botTexts)].map((text) => ({
    text,
    shown: botTexts.filter((t) => t === text).length,
    named: namedAs(names, text).map((n) => n.role),
  }));
  // The arrow keys through the transcript still name the message they reach, speaker and words.
  await page.locator('[aria-activedescendant]').first().focus();
  await page.keyboard.press('ArrowUp');
  await page.waitForTimeout(300);
  const activeId = await page.locator('[aria-activedescendant]').first().getAttribute('aria-activedescendant');
  const activeNames = (await accessibleNames()).filter((n) => n.role === 'article').map((n) => n.name);
  await input(page).focus();
  const tree = await page.locator('body').ariaSnapshot();
  note('screenReader', {
    botSaid: (tree.match(/Bot said/g) || []).length,
    namedSaid: (tree.match(/Practice guide said/g) || []).length,
    botLines: await page.locator('[role=feed] > article').evaluateAll((articles) => articles.filter((a) => !a.querySelector('[class*="from-user"]')).length),
    sentAt: (tree.match(/Sent at/g) || []).length,
    liveRegionButtons: await page.locator('.webchat__live-region-activity__suggested-action').evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length),
    sample: tree.split('\n').slice(-40),
    linesNamed,
    keyboard: { activeId, articleNames: activeNames },
  });

  // After sharp pain: what the buttons offer.
  await suggestion(page, 'Sharp or spreading').click();
  await page.waitForTimeout(1000);
  await settle(page, (await titles(page))[0] || 'Start').catch(() => {});
  note('sharpPain', { buttons: await titles(page) });

  // A second tab is its own practice.
  const tab = await main.newPage();
  const wire2 = [];
  watch(tab, wire2);
  await tab.goto(url);
  await waitForShown(tab, /./);
  // After the sharp pain the listener is held for today, so this tab may not ask the safety question.
  await toolbar(tab).getByRole('button').first().waitFor();
  await typeAndSend(tab, 'second tab words');
  await waitForShown(tab, /./, (await shown(tab)).length);
  await page.waitForTimeout(1500);
  note('twoTabs', {
    firstConversation: [...new Set(wire.map((a) => a.conversation))],
    secondConversation: [...new Set(wire2.map((a) => a.conversation))],
    firstTabSawSecondsWords: (await shown(page)).some((s) => s.text === 'second tab words'),
  });

  // Start over: a new listener, nothing offered back.
  const before = await tab.evaluate(() => localStorage.getItem('seatedrelease.userId'));
  await tab.getByRole('button', { name: 'Start over' }).click();
  await tab.waitForLoadState('load');
  await settle(tab, 'Yes');
  note('startOver', {
    before,
    after: await tab.evaluate(() => localStorage.getItem('seatedrelease.userId')),
    greeting: (await shown(tab)).map((s) => s.text),
  });

  // axe-core on the practice page.
  await page.addScriptTag({ path: path.join(path.dirname(new URL(import.meta.url).pathname), 'node_modules', 'axe-core', 'axe.min.js') });
  note('axe', {
    violations: await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }))),
  });

  // ---- A browser without voices, a server that does not answer, switches pressed while connecting.
  const bare = await openContext({ viewport: { width: 320, height: 225 }, deviceScaleFactor: 4 });
  contexts.push(bare);
  await bare.addInitScript(standInSpeech, { voices: false });
  await bare.addInitScript(shownTimes);
  const lone = bare.pages()[0] || await bare.newPage();
  watch(lone, []);
  await lone.route('**/tokens/generate', (route) => route.abort('connectionrefused'));
  await lone.goto(url);
  await lone.getByRole('button', { name: 'Try again' }).waitFor();
  const unreachable = await lone.locator('#status').innerText();
  await lone.getByRole('switch', { name: 'Larger text' }).click();
  await lone.unroute('**/tokens/generate');
  await lone.route('**/tokens/generate', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await route.continue();
  });
  await lone.getByRole('button', { name: 'Try again' }).click();
  const connecting = await lone.locator('#status').innerText();
  await lone.getByRole('switch', { name: 'Voice' }).click();
  await lone.getByRole('switch', { name: 'Larger text' }).click();
  await lone.waitForTimeout(2000);
  const voiceNote = await lone.locator('#status').innerText();
  const voiceChecked = await lone.getByRole('switch', { name: 'Voice' }).getAttribute('aria-checked');
  const greeted = await waitForShown(lone, /./).then((s) => s.text, () => null);
  note('robust', {
    unreachable,
    connecting,
    voiceChecked,
    voiceNote,
    greeted,
    toasts: (await lone.locator('.webchat__toast, [class*="toaster"]').allInnerTexts()).filter((t) => t.trim()),
  });
  await settle(lone, 'Yes');
  note('zoom400greeting', await smallScreen(lone, 'zoom400-greeting', 320, 225));
} catch (error) {
  report.error = String(error && error.stack || error);
  if (debugPage) {
    report.lastShown = (await shown(debugPage).catch(() => [])).slice(-12);
    report.lastWire = debugWire.slice(-12).map((a) => `${a.role}: ${a.text}`);
  }
} finally {
  fs.writeFileSync(reportPath, JSON.stringify(report, null, 2));
  for (const context of contexts) {
    await context.close().catch(() => {});
  }
  for (const dir of userDataDirs) {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
process.exit(report.error ? 1 : 0);
