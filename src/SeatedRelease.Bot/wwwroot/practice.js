// Starts Microsoft Web Chat against the host's own Direct Line and makes it a practice room: the
// bot's lines keep their pauses, Voice reads every reply, the listener's place survives a reload,
// and one press sends one message.
(function () {
  'use strict';

  const WebChat = window.WebChat;
  const SR = window.SeatedRelease;
  const domain = new URL('v3/directline', document.baseURI).href;
  const host = document.getElementById('webchat');
  const status = document.getElementById('status');
  const retryButton = document.getElementById('retry');
  const voiceSwitch = document.getElementById('voice-switch');
  const voiceNote = document.getElementById('voice-note');
  const textSizeSwitch = document.getElementById('text-size-switch');
  const startOverButton = document.getElementById('start-over');

  // A deliberate press; a second identical one sooner than this is a bounce or a tremor.
  const repeatWindowMs = 1000;
  // Web Chat's "open the microphone when its speech ends" state (botframework-webchat-core DictateState).
  const dictateWillStart = 1;
  const lang = document.documentElement.lang === 'en' ? 'en-US' : document.documentElement.lang;

  const settings = {
    voice: false,
    largeText: readSetting('largeText') === 'on',
  };

  const voice = SR.createVoice(window);
  const Recognition = window.SpeechRecognition || window.webkitSpeechRecognition;
  const browserPonyfill = typeof Recognition === 'function' && voice.usable
    ? WebChat.createBrowserWebSpeechPonyfillFactory()
    : undefined;

  function readSetting(name) {
    try {
      return window.localStorage.getItem('seatedrelease.' + name);
    } catch (_) {
      return null;
    }
  }

  function saveSetting(name, value) {
    try {
      if (value === null) {
        window.localStorage.removeItem('seatedrelease.' + name);
      } else {
        window.localStorage.setItem('seatedrelease.' + name, value);
      }
    } catch (_) {
      // Private browsing may refuse storage; the page still works for this visit.
    }
  }

  // Who the listener is lives in localStorage, shared by the browser's tabs and kept over a reload,
  // so the bot can offer to pick up where they left off and answer "how did I do last time". Each
  // page load opens its own conversation, and the bot keeps one practice per conversation: two tabs
  // are two practices, never one practice driven from two places.
  function stableUserId() {
    const kept = readSetting('userId');
    if (kept && /^web-[a-z0-9]{8,32}$/.test(kept)) {
      return kept;
    }
    const made = 'web-' + Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => (b % 36).toString(36)).join('');
    saveSetting('userId', made);
    return made;
  }

  const userId = stableUserId();

  function isBotMessage(activity) {
    return activity && activity.type === 'message' && activity.from && activity.from.role === 'bot';
  }

  function clientIdOf(activity) {
    return activity && activity.channelData && activity.channelData.clientActivityID;
  }

  function withPlainSpeak(action) {
    const activity = action.payload.activity;
    if (typeof activity.speak !== 'string') {
      return action;
    }
    const rewritten = Object.assign({}, activity, { speak: SR.ssmlToPlainText(activity.speak) || undefined });
    // The SSML is kept aside for the page's own voice.
    rewritten.channelData = Object.assign({}, activity.channelData, { ssml: activity.speak });
    return Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: rewritten }) });
  }

  function speechOf(activity) {
    const ssml = activity.channelData && activity.channelData.ssml;
    return SR.ssmlToSpeech(ssml || activity.speak, activity.text);
  }

  let release = function () {};
  // Lines the timeline lets out come back through the store's middleware: they pass this time.
  const released = new WeakSet();
  let botName = '';

  async function lineAsync(activity, signal) {
    const speech = speechOf(activity);
    if (settings.voice) {
      await voice.sayAsync(speech, lang, signal);
    } else {
      await SR.sleep(SR.pauseOf(speech), signal);
    }
  }

  function whenIdle(last) {
    if (settings.voice && browserPonyfill && last.inputHint === 'expectingInput') {
      store.dispatch({ type: 'WEB_CHAT/START_DICTATE' });
    }
  }

  const timeline = SR.createTimeline(function (action) { release(action); }, lineAsync, whenIdle);
  const pendingEchoes = new Set();
  let lastSent = { text: null, at: 0 };

  function onUserPost(activity) {
    timeline.interrupt();
    const id = clientIdOf(activity);
    if (id) {
      pendingEchoes.add(id);
      // Should the echo never come (the post failed), bot lines must not be held back for ever.
      setTimeout(function () { pendingEchoes.delete(id); }, 15000);
    }
  }

  const store = WebChat.createStore({}, function () {
    return function (next) {
      return function (action) {
        if (action.type === 'WEB_CHAT/SEND_MESSAGE') {
          // Dropped here, before Web Chat starts sending: nothing of its own waits on it yet.
          const text = ((action.payload && action.payload.text) || '').trim().toLowerCase();
          const now = performance.now();
          if (text === lastSent.text && now - lastSent.at < repeatWindowMs) {
            return undefined;
          }
          lastSent = { text: text, at: now };
          return next(action);
        }
        if (action.type === 'DIRECT_LINE/POST_ACTIVITY') {
          const activity = action.payload && action.payload.activity;
          if (activity && activity.type === 'message') {
            onUserPost(activity);
          }
          return next(action);
        }
        if (action.type === 'DIRECT_LINE/POST_ACTIVITY_REJECTED') {
          pendingEchoes.delete((action.meta && action.meta.clientActivityID) || clientIdOf(action.payload && action.payload.activity));
          return next(action);
        }
        if (action.type === 'WEB_CHAT/SET_DICTATE_STATE' && action.payload && action.payload.dictateState === dictateWillStart) {
          // After a spoken answer Web Chat would open the microphone as soon as a question is shown,
          // while the page's voice is still saying it: the timeline opens it once the question is said.
          return undefined;
        }
        if (action.type === 'WEB_CHAT/MARK_ACTIVITY' && action.payload && action.payload.name === 'speak' && action.payload.value) {
          // The page's own voice reads every reply; Web Chat's would read some of them a second time.
          return undefined;
        }
        if (action.type === 'DIRECT_LINE/QUEUE_INCOMING_ACTIVITY' && action.payload && action.payload.activity) {
          const activity = action.payload.activity;
          if (released.has(action)) {
            return next(action);
          }
          if (activity.from && activity.from.role === 'user') {
            pendingEchoes.delete(clientIdOf(activity));
            return next(action);
          }
          if (!isBotMessage(activity)) {
            return next(action);
          }
          if (pendingEchoes.size > 0) {
            // Sent before the listener's message reached the bot: the rest of a turn they spoke over.
            return undefined;
          }
          if (!botName && activity.from.name) {
            botName = activity.from.name;
            render();
          }
          const plain = withPlainSpeak(action);
          timeline.push(plain.payload.activity, plain);
          return undefined;
        }
        return next(action);
      };
    };
  });
  let firstLine = true;
  release = function (action) {
    released.add(action);
    store.dispatch(action);
    if (firstLine) {
      firstLine = false;
      // On a small screen the chat fills it; bring it into view once the guide has spoken.
      if (window.innerHeight < 520) {
        host.parentElement.scrollIntoView({ block: 'start' });
      }
    }
  };

  // The activities of the bot's latest turn that are on the page: the question and what led to it.
  function currentTurn() {
    const activities = store.getState().activities || [];
    const turn = [];
    for (let i = activities.length - 1; i >= 0; i--) {
      const activity = activities[i];
      if (activity.from && activity.from.role === 'user') {
        break;
      }
      if (isBotMessage(activity)) {
        if (turn.length > 0 && turn[0].replyToId !== activity.replyToId) {
          break;
        }
        turn.unshift(activity);
      }
    }
    return turn;
  }

  function styleOptions() {
    return {
      hideUploadButton: true,
      suggestedActionLayout: 'flow',
      sendBoxTextWrap: true,
      primaryFont: 'system-ui, "Segoe UI", Calibri, Arial, sans-serif',
      bubbleMinHeight: settings.largeText ? 48 : 40,
      suggestedActionHeight: settings.largeText ? 52 : 44,
      sendBoxHeight: settings.largeText ? 52 : 44,
      fontSizeSmall: settings.largeText ? '90%' : '80%',
      // A timestamp only after a long silence: a screen reader otherwise hears one on every line.
      groupTimestamp: 60 * 60 * 1000,
      timestampColor: '#595959',
      subtle: '#595959',
    };
  }

  let directLine;

  function render() {
    document.documentElement.classList.toggle('large-text', settings.largeText);
    if (!directLine) {
      // Still connecting: the switches keep their setting, and the first render uses it.
      return;
    }
    WebChat.renderWebChat(
      {
        directLine: directLine,
        store: store,
        userID: userId,
        username: 'You',
        locale: 'en-US',
        styleOptions: styleOptions(),
        overrideLocalizedStrings: {
          ACTIVITY_BOT_SAID_ALT: (botName || 'The guide') + ' said:',
          ACTIVITY_YOU_SAID_ALT: 'You said:',
        },
        webSpeechPonyfillFactory: settings.voice ? browserPonyfill : undefined,
        // No "Sent at" under each line: read on every line, it buries the instructions.
        activityStatusMiddleware: function () {
          return function () {
            return function () {
              return false;
            };
          };
        },
      },
      host
    );
  }

  function showSwitch(button, on) {
    button.setAttribute('aria-checked', on ? 'true' : 'false');
    button.querySelector('.switch-state').textContent = on ? 'On' : 'Off';
  }

  function say(text) {
    status.textContent = text;
  }

  async function setVoice(on) {
    if (on && !(await voice.hasVoicesAsync(1500))) {
      settings.voice = false;
      showSwitch(voiceSwitch, false);
      voiceNote.textContent = 'This browser has no speech voices, so nothing can be read aloud. Your screen reader, the text and the buttons still work.';
      say('Voice is off: this browser has no speech voices.');
      return;
    }
    settings.voice = on;
    showSwitch(voiceSwitch, on);
    render();
    if (on) {
      // The switch is the listener's go-ahead: read the current question now, all of it.
      if (!timeline.busy) {
        timeline.replay(currentTurn());
      }
    } else {
      voice.cancel();
      store.dispatch({ type: 'WEB_CHAT/STOP_DICTATE' });
    }
  }

  function setLargeText(on) {
    settings.largeText = on;
    saveSetting('largeText', on ? 'on' : 'off');
    showSwitch(textSizeSwitch, on);
    render();
  }

  function showRetry(message) {
    say(message);
    retryButton.hidden = false;
  }

  async function start() {
    retryButton.hidden = true;
    say('Connecting to the practice guide…');
    let conversation;
    try {
      // The token speaks for this listener only: the host refuses anything it carries from another id.
      const response = await fetch(domain + '/tokens/generate', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ user: { id: userId } }),
      });
      if (!response.ok) {
        throw new Error('the server answered ' + response.status);
      }
      conversation = await response.json();
    } catch (error) {
      showRetry('The practice guide could not be reached (' + (error && error.message ? error.message : 'no answer') + '). Check the connection and try again.');
      return;
    }

    if (directLine) {
      directLine.end();
    }
    directLine = WebChat.createDirectLine({
      domain: domain,
      token: conversation.token,
      webSocket: false,
      // Every line is paced on the page anyway; the poll only decides how soon an answer is heard.
      pollingInterval: 300,
    });
    directLine.connectionStatus$.subscribe(function (state) {
      // 2 is Online, 4 FailedToConnect, 5 Ended (botframework-directlinejs ConnectionStatus).
      if (state === 2) {
        say('');
      } else if (state === 4) {
        showRetry('The connection to the practice guide was lost. Try again to start a new conversation; your place is kept.');
      }
    });
    render();
  }

  showSwitch(textSizeSwitch, settings.largeText);
  if (!voice.usable) {
    voiceSwitch.disabled = true;
    voiceNote.textContent = 'This browser cannot read aloud. You can still type or use the buttons.';
  }

  voiceSwitch.addEventListener('click', function () {
    setVoice(!settings.voice);
  });
  textSizeSwitch.addEventListener('click', function () {
    setLargeText(!settings.largeText);
  });
  // A second press of a suggested button, a double click or a bounce, never reaches Web Chat: besides
  // sending twice, two quick presses leave its message box read-only (each press focuses the box
  // "without keyboard" by making it read-only for a moment, and the second one restores the first's
  // read-only state). A different button pressed at once (Ready, then That hurts) still goes through,
  // so the box is made writable again after any press; the page never disables it.
  let lastPress = { title: null, at: 0 };
  host.addEventListener('click', function (event) {
    const button = event.target.closest && event.target.closest('[role=toolbar] button');
    if (!button) {
      return;
    }
    const title = button.textContent.trim();
    const now = performance.now();
    if (event.detail > 1 || (title === lastPress.title && now - lastPress.at < repeatWindowMs)) {
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    lastPress = { title: title, at: now };
    setTimeout(function () {
      const box = host.querySelector('textarea[data-id="webchat-sendbox-input"], input[data-id="webchat-sendbox-input"]');
      if (box) {
        box.removeAttribute('readonly');
      }
    }, 50);
  }, true);

  retryButton.addEventListener('click', function () {
    start();
  });
  startOverButton.addEventListener('click', function () {
    // A new listener for this browser: no "welcome back", no earlier practice.
    saveSetting('userId', null);
    voice.cancel();
    window.location.reload();
  });

  SR.nameLinesOnce(host);
  start();
})();
