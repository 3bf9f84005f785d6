// Starts Microsoft Web Chat against the host's own Direct Line and wires the page's two switches.
(function () {
  'use strict';

  const WebChat = window.WebChat;
  const toPlain = window.SeatedRelease.ssmlToPlainText;
  const domain = new URL('v3/directline', document.baseURI).href;
  const host = document.getElementById('webchat');
  const status = document.getElementById('status');
  const voiceSwitch = document.getElementById('voice-switch');
  const textSizeSwitch = document.getElementById('text-size-switch');

  const settings = {
    voice: false,
    largeText: readSetting('largeText'),
  };

  const speechSupported = 'speechSynthesis' in window &&
    typeof (window.SpeechRecognition || window.webkitSpeechRecognition) === 'function';
  const speechPonyfillFactory = speechSupported ? WebChat.createBrowserWebSpeechPonyfillFactory() : undefined;

  function readSetting(name) {
    try {
      return window.localStorage.getItem('seatedrelease.' + name) === 'on';
    } catch (_) {
      return false;
    }
  }

  function saveSetting(name, on) {
    try {
      window.localStorage.setItem('seatedrelease.' + name, on ? 'on' : 'off');
    } catch (_) {
      // Private browsing may refuse storage; the switch still works for this visit.
    }
  }

  function plainSpeak(action) {
    const activity = action.payload && action.payload.activity;
    if (!activity || typeof activity.speak !== 'string') {
      return action;
    }
    const speak = toPlain(activity.speak);
    const rewritten = Object.assign({}, activity);
    if (speak) {
      rewritten.speak = speak;
    } else {
      delete rewritten.speak;
    }
    return Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: rewritten }) });
  }

  const store = WebChat.createStore({}, function () {
    return function (next) {
      return function (action) {
        if (action.type === 'DIRECT_LINE/QUEUE_INCOMING_ACTIVITY' || action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
          return next(plainSpeak(action));
        }
        const result = next(action);
        if (action.type === 'DIRECT_LINE/POST_ACTIVITY' && settings.voice) {
          // Web Chat stops reading aloud once the user types or clicks; with Voice on, the
          // person asked for every reply to be read, however they answered.
          next({ type: 'WEB_CHAT/START_SPEAKING' });
        }
        return result;
      };
    };
  });

  function lastBotMessage() {
    const activities = store.getState().activities || [];
    for (let i = activities.length - 1; i >= 0; i--) {
      const activity = activities[i];
      if (activity.type === 'message' && activity.from && activity.from.role === 'bot') {
        return activity;
      }
    }
    return undefined;
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
      timestampColor: '#595959',
      subtle: '#595959',
    };
  }

  let directLine;

  function render() {
    document.documentElement.classList.toggle('large-text', settings.largeText);
    WebChat.renderWebChat(
      {
        directLine: directLine,
        store: store,
        userID: userId,
        username: 'You',
        locale: 'en-US',
        styleOptions: styleOptions(),
        webSpeechPonyfillFactory: settings.voice ? speechPonyfillFactory : undefined,
      },
      host
    );
  }

  function showSwitch(button, on) {
    button.setAttribute('aria-checked', on ? 'true' : 'false');
    button.querySelector('.switch-state').textContent = on ? 'On' : 'Off';
  }

  function setVoice(on) {
    settings.voice = on;
    showSwitch(voiceSwitch, on);
    render();
    if (on) {
      store.dispatch({ type: 'WEB_CHAT/START_SPEAKING' });
      // The switch is the person's go-ahead: read the last message now, and listen if it asked something.
      const last = lastBotMessage();
      if (last) {
        if (last.inputHint === 'expectingInput') {
          store.dispatch({ type: 'WEB_CHAT/SET_DICTATE_STATE', payload: { dictateState: 1 } });
        }
        store.dispatch({ type: 'WEB_CHAT/MARK_ACTIVITY', payload: { activityID: last.id, name: 'speak', value: true } });
      }
    } else {
      store.dispatch({ type: 'WEB_CHAT/STOP_SPEAKING' });
      store.dispatch({ type: 'WEB_CHAT/STOP_DICTATE' });
      if (window.speechSynthesis) {
        window.speechSynthesis.cancel();
      }
    }
  }

  function setLargeText(on) {
    settings.largeText = on;
    saveSetting('largeText', on);
    showSwitch(textSizeSwitch, on);
    render();
  }

  const userId = 'user-' + Math.random().toString(36).slice(2, 12);

  async function start() {
    status.textContent = 'Connecting to the practice guide…';
    let conversation;
    try {
      const response = await fetch(domain + '/tokens/generate', { method: 'POST' });
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      conversation = await response.json();
    } catch (error) {
      status.textContent = 'The practice guide could not be reached (' + error.message + '). Reload the page to try again.';
      return;
    }

    directLine = WebChat.createDirectLine({
      domain: domain,
      token: conversation.token,
      webSocket: false,
      pollingInterval: 500,
    });
    directLine.connectionStatus$.subscribe(function (state) {
      // 2 is Online, 4 FailedToConnect, 5 Ended (botframework-directlinejs ConnectionStatus).
      if (state === 2) {
        status.textContent = '';
      } else if (state === 4 || state === 5) {
        status.textContent = 'The conversation has ended. Reload the page to start again.';
      }
    });

    showSwitch(textSizeSwitch, settings.largeText);
    if (!speechSupported) {
      voiceSwitch.disabled = true;
      document.getElementById('voice-note').textContent =
        'Voice needs a browser with speech recognition, such as Chrome or Edge. You can still type or use the buttons.';
    }
    render();
  }

  voiceSwitch.addEventListener('click', function () {
    setVoice(!settings.voice);
  });
  textSizeSwitch.addEventListener('click', function () {
    setLargeText(!settings.largeText);
  });

  start();
})();
