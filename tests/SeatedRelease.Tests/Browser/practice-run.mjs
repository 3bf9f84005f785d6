// Walks the practice page in a real Chromium the way a keyboard user would, and writes what it
// saw as JSON for the xunit test to judge. It never decides pass or fail itself beyond "could
// not finish": each observation is reported, and the C# test asserts on them.
//
// Usage: node practice-run.mjs <page url> <report.json> <screenshot.png> [chromium path]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const [url, reportPath, screenshotPath, executablePath = '/usr/bin/chromium'] = process.argv.slice(2);
const here = path.dirname(fileURLToPath(import.meta.url));
const report = { steps: [], directLineCalls: [], consoleErrors: [] };
const stepTimeout = 60_000;

function note(step, data) {
  report.steps.push(Object.assign({ step }, data));
}

function save() {
  fs.writeFileSync(reportPath, JSON.stringify(report, null, 2));
}

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'seatedrelease-chromium-'));
let context;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
} catch (error) {
  report.launchError = String(error && error.message || error);
  save();
  process.exit(3);
}

const page = context.pages()[0] || await context.newPage();
page.setDefaultTimeout(stepTimeout);
page.on('request', (request) => {
  const address = request.url();
  if (address.includes('/v3/directline/')) {
    const shape = address.split('/v3/directline')[1]
      .replace(/conversations\/[^/?]+/, 'conversations/{id}')
      .replace(/watermark=\d*/, 'watermark={n}');
    const call = `${request.method()} ${shape}`;
    if (!report.directLineCalls.includes(call)) {
      report.directLineCalls.push(call);
    }
  }
});
page.on('console', (message) => {
  if (message.type() === 'error') {
    report.consoleErrors.push(message.text());
  }
});

const toolbar = () => page.getByRole('toolbar', { name: 'Suggested actions' });
const suggestion = (title) => toolbar().getByRole('button', { name: title, exact: true });
const input = () => page.getByRole('textbox', { name: 'Message input box' });

// The bot's messages only: Web Chat marks the user's bubbles with a "from-user" class.
async function botTexts() {
  return page.locator('[role=feed] > article').evaluateAll((articles) =>
    articles
      .filter((a) => !a.querySelector('[class*="from-user"]'))
      .map((a) => (a.querySelector('p') || a).textContent.trim()));
}

async function waitForBotText(pattern, after) {
  const deadline = Date.now() + stepTimeout;
  while (Date.now() < deadline) {
    const texts = (await botTexts()).slice(after);
    const hit = texts.find((t) => pattern.test(t));
    if (hit) {
      return hit;
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`No message matching ${pattern} within ${stepTimeout / 1000} s`);
}

async function titles() {
  if (await toolbar().count() === 0) {
    return [];
  }
  return toolbar().getByRole('button').allInnerTexts();
}

async function focusState() {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) {
      return null;
    }
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute('role'),
      name: (el.getAttribute('aria-label') || el.textContent || el.getAttribute('placeholder') || '').trim().slice(0, 60),
      visibleFocus: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
    };
  });
}

async function typeAndSend(text) {
  await input().focus();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

try {
  await page.goto(url);
  note('page', {
    lang: await page.evaluate(() => document.documentElement.lang),
    title: await page.title(),
    h1: await page.locator('h1').allInnerTexts(),
  });

  // Greeting, then the safety question with its Yes/No buttons.
  await suggestion('Yes').waitFor();
  const texts = await botTexts();
  note('greeting', { first: texts[0] || '', count: texts.length, buttons: await titles() });
  const safetyQuestion = texts.find((t) => /disc|sciatica|sacroiliac/i.test(t)) || '';

  // Keyboard only: Tab from the top of the page to the "No" button, noting each stop's focus ring.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  const stops = [];
  let reachedNo = false;
  for (let i = 0; i < 40 && !reachedNo; i++) {
    await page.keyboard.press('Tab');
    const state = await focusState();
    if (state) {
      stops.push(state);
      reachedNo = state.tag === 'button' && state.name === 'No';
      if (!reachedNo && state.tag === 'button' && ['Yes', 'That hurts', 'Repeat', 'Stop'].includes(state.name)) {
        // A toolbar may hold one tab stop and move with the arrow keys.
        for (let j = 0; j < 6 && !reachedNo; j++) {
          await page.keyboard.press('ArrowRight');
          const moved = await focusState();
          reachedNo = !!moved && moved.name === 'No';
          if (reachedNo) {
            stops.push(moved);
          }
        }
        if (!reachedNo) {
          break;
        }
      }
    }
  }
  note('keyboard', { stops, reachedNo });
  let before = (await botTexts()).length;
  if (reachedNo) {
    await page.keyboard.press('Enter');
  } else {
    await suggestion('No').click();
  }
  note('safety', { question: safetyQuestion, answeredWithKeyboard: reachedNo });

  // Surface question: Mat / Carpet / Hardwood floor.
  await suggestion('Hardwood floor').waitFor();
  note('surface', { buttons: await titles() });
  before = (await botTexts()).length;
  await suggestion('Mat').click();

  // Ready prompts until one repetition has been guided.
  const readyPrompts = [];
  let repetitionDone = false;
  for (let i = 0; i < 6 && !repetitionDone; i++) {
    await suggestion('Ready').waitFor();
    const all = await botTexts();
    readyPrompts.push({ prompt: all[all.length - 1], buttons: await titles() });
    repetitionDone = all.slice(before).some((t) => /next one|repetition \d/i.test(t));
    if (!repetitionDone) {
      before = all.length;
      await typeAndSend('ready');
      await suggestion('Ready').waitFor({ state: 'detached' }).catch(() => {});
    }
  }
  note('repetition', { readyPrompts, repetitionDone });

  // Pain report.
  before = (await botTexts()).length;
  await typeAndSend('that hurts');
  const safetyReply = await waitForBotText(/hurt|pain/i, before);
  await suggestion('Mild').waitFor();
  note('pain', { reply: safetyReply, buttons: await titles() });

  // What a screen reader is given: the accessibility tree and Web Chat's live region.
  const tree = await page.locator('body').ariaSnapshot();
  const liveRegion = await page.locator('.webchat__live-region-transcript, [role=log]').allInnerTexts();
  note('screenReader', {
    treeHasMarkup: /<\/?(speak|voice|prosody|break)\b|xmlns/i.test(tree),
    liveRegionHasMarkup: liveRegion.some((t) => /<\/?(speak|voice|prosody|break)\b|xmlns/i.test(t)),
    sendFailed: /send failed|could not send/i.test(tree),
    sample: tree.split('\n').filter((l) => /said/i.test(l)).slice(-3),
  });

  // Larger text, then a 640 px wide window: what 1280 px looks like at 200% zoom.
  const bubble = page.locator('[role=feed] article p').last();
  const normalSize = await bubble.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await page.getByRole('switch', { name: 'Larger text' }).press('Enter');
  const largeSize = await bubble.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  note('largerText', {
    checked: await page.getByRole('switch', { name: 'Larger text' }).getAttribute('aria-checked'),
    normalSize,
    largeSize,
  });
  await page.setViewportSize({ width: 640, height: 450 });
  await page.waitForTimeout(300);
  note('zoom200', {
    horizontalOverflow: await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1),
    inputVisible: await input().isVisible(),
  });
  await page.screenshot({ path: screenshotPath.replace(/\.png$/, '-zoom200.png') });
  await page.setViewportSize({ width: 1280, height: 900 });

  // Voice switch: on where the browser has voices; otherwise off again, saying why.
  const voice = page.getByRole('switch', { name: 'Voice' });
  const voiceEnabled = await voice.isEnabled();
  if (voiceEnabled) {
    await voice.click();
    await page.waitForTimeout(2000);
  }
  note('voice', {
    enabled: voiceEnabled,
    checked: await voice.getAttribute('aria-checked'),
    status: await page.locator('#status').innerText(),
  });
  if (voiceEnabled && (await voice.getAttribute('aria-checked')) === 'true') {
    await voice.click();
  }

  // axe-core, run in the page.
  await page.addScriptTag({ path: path.join(here, 'node_modules', 'axe-core', 'axe.min.js') });
  const axe = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, target: v.nodes[0] && v.nodes[0].target }));
  });
  note('axe', { violations: axe });

  await page.screenshot({ path: screenshotPath, fullPage: true });
} catch (error) {
  report.error = String(error && error.stack || error);
  await page.screenshot({ path: screenshotPath, fullPage: true }).catch(() => {});
} finally {
  save();
  await context.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
process.exit(report.error ? 1 : 0);
