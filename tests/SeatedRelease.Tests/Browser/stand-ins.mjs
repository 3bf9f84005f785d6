// Scripts injected into the page under test before its own scripts run. They only record what the
// page does; the C# test judges it.

/**
 * A stand-in for the browser's speechSynthesis that records each utterance's words, rate, start and
 * end (performance.now). It "speaks" msPerChar a character at the normal rate (90 ms, about 11
 * characters a second, unless told), slower at a lower rate, as a real voice does. With voices=false
 * it has none, like headless or bare Linux browsers. Speech recognition is taken away (headless
 * Chromium has the API but no microphone behind it) unless recognition=true, when a stand-in that
 * records when it is started and stopped takes its place.
 */
export function standInSpeech({ voices, msPerChar = 90, recognition = false }) {
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
    const ms = Math.round((utterance.text.length * msPerChar) / (utterance.rate || 1));
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
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: StandInUtterance, configurable: true });

  // The microphone: each start() is logged with its time and whether the voice was speaking then.
  // It hears nothing until the test calls window.__hear(words), and stays open until then or until
  // the page stops or aborts it.
  const listening = [];
  window.__listening = listening;
  let open = null;
  window.__hear = (words) => {
    if (!open) return false;
    open.hear(words);
    return true;
  };
  class StandInRecognition extends EventTarget {
    constructor() {
      super();
      this.continuous = false;
      this.interimResults = false;
      this.lang = '';
      this.maxAlternatives = 1;
      this.grammars = null;
      this.entry = null;
    }
    emit(type, fields = {}) {
      const event = new Event(type);
      Object.assign(event, fields);
      this.dispatchEvent(event);
      const handler = this['on' + type];
      if (typeof handler === 'function') handler.call(this, event);
    }
    start() {
      if (this.entry) throw new DOMException('already started', 'InvalidStateError');
      this.entry = { start: performance.now(), end: null, speaking: !!current || queue.length > 0 };
      listening.push(this.entry);
      open = this;
      setTimeout(() => { this.emit('start'); this.emit('audiostart'); }, 0);
    }
    hear(words) {
      const alternatives = [{ transcript: words, confidence: 0.95 }];
      alternatives.isFinal = true;
      this.emit('result', { results: [alternatives], resultIndex: 0 });
      this.finish('heard');
    }
    finish(how) {
      if (!this.entry || this.entry.end !== null) return;
      this.entry.end = performance.now();
      this.entry.how = how;
      if (open === this) open = null;
      setTimeout(() => { this.emit('audioend'); this.emit('end'); }, 0);
    }
    stop() { this.finish('stop'); }
    abort() { this.finish('abort'); }
  }
  class StandInGrammarList {
    constructor() { this.length = 0; }
    addFromString() { this.length += 1; }
    addFromURI() { this.length += 1; }
  }
  for (const [name, value] of [
    ['SpeechRecognition', recognition ? StandInRecognition : undefined],
    ['webkitSpeechRecognition', recognition ? StandInRecognition : undefined],
    ['SpeechGrammarList', recognition ? StandInGrammarList : undefined],
    ['webkitSpeechGrammarList', recognition ? StandInGrammarList : undefined],
  ]) {
    Object.defineProperty(window, name, { value, configurable: true });
  }
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
