// Scripts injected into the page under test before its own scripts run. They only record what the
// page does; the C# test judges it.

/**
 * A stand-in for the browser's speechSynthesis that records each utterance's words, rate, start and
 * end (performance.now). It "speaks" at about 11 characters a second, slower at a lower rate, as a
 * real voice does. With voices=false it has none, like headless or bare Linux browsers. Speech
 * recognition is taken away: headless Chromium has the API but no microphone behind it.
 */
export function standInSpeech({ voices }) {
  const log = [];
  window.__speech = log;
  let current = null;
  const queue = [];
  class StandInUtterance {
    constructor(text) {
      this.text = text;
      this.rate = 1;
      this.lang = '';
      this.voice = null;
      this.onend = null;
      this.onerror = null;
    }
  }
  function next() {
    const utterance = queue.shift();
    if (!utterance) {
      current = null;
      return;
    }
    const entry = { text: utterance.text, rate: utterance.rate, start: performance.now(), end: null };
    log.push(entry);
    const ms = Math.round((utterance.text.length * 90) / (utterance.rate || 1));
    current = {
      utterance,
      entry,
      timer: setTimeout(() => {
        entry.end = performance.now();
        current = null;
        if (utterance.onend) utterance.onend({});
        next();
      }, ms),
    };
  }
  const synth = {
    get speaking() { return !!current; },
    get pending() { return queue.length > 0; },
    paused: false,
    getVoices: () => (voices ? [{ name: 'Stand-in', lang: 'en-US', default: true, localService: true, voiceURI: 'stand-in' }] : []),
    addEventListener() {},
    removeEventListener() {},
    speak(utterance) {
      queue.push(utterance);
      if (!current) next();
    },
    cancel() {
      const dropped = queue.splice(0);
      if (current) {
        clearTimeout(current.timer);
        current.entry.end = performance.now();
        current.entry.cancelled = true;
        const { utterance } = current;
        current = null;
        if (utterance.onerror) utterance.onerror({ error: 'interrupted' });
      }
      for (const utterance of dropped) {
        if (utterance.onerror) utterance.onerror({ error: 'canceled' });
      }
    },
    pause() {},
    resume() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechRecognition', { value: undefined, configurable: true });
  Object.defineProperty(window, 'webkitSpeechRecognition', { value: undefined, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: StandInUtterance, configurable: true });
}

/** Notes when each message of the transcript first appears on the page (performance.now). */
export function shownTimes() {
  const shown = [];
  window.__shown = shown;
  const seen = new WeakSet();
  const observer = new MutationObserver(() => {
    for (const article of document.querySelectorAll('[role=feed] > article')) {
      if (seen.has(article)) continue;
      const text = article.querySelector('p');
      if (!text) continue;
      seen.add(article);
      shown.push({
        text: text.textContent.trim(),
        fromUser: !!article.querySelector('[class*="from-user"]'),
        at: performance.now(),
      });
    }
  });
  document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true }));
}
