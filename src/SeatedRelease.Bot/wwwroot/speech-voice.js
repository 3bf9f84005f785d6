// The page's own voice, on the browser's speechSynthesis: it says a message part by part at the
// rate its SSML asks for, and keeps each written pause as real silence. Web Chat's speech is not
// used for reading aloud: it stops as soon as the listener types or clicks, and it knows no breaks.
(function (global) {
  'use strict';

  function sleep(ms, signal) {
    return new Promise(function (resolve) {
      if (ms <= 0 || (signal && signal.aborted)) {
        resolve();
        return;
      }
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        if (signal) {
          signal.removeEventListener('abort', done);
        }
        resolve();
      }
      if (signal) {
        signal.addEventListener('abort', done);
      }
    });
  }

  function createVoice(win) {
    const synth = win.speechSynthesis;
    const Utterance = win.SpeechSynthesisUtterance;
    const usable = !!synth && typeof Utterance === 'function';

    // Voices may load a moment after the page: wait a little for them before saying there are none.
    function hasVoicesAsync(waitMs) {
      if (!usable) {
        return Promise.resolve(false);
      }
      if (synth.getVoices().length > 0) {
        return Promise.resolve(true);
      }
      return new Promise(function (resolve) {
        const timer = setTimeout(function () {
          resolve(synth.getVoices().length > 0);
        }, waitMs);
        synth.addEventListener('voiceschanged', function once() {
          synth.removeEventListener('voiceschanged', once);
          clearTimeout(timer);
          resolve(synth.getVoices().length > 0);
        });
      });
    }

    function voiceFor(lang) {
      const voices = synth.getVoices();
      return voices.find((v) => v.lang === lang) || voices.find((v) => (v.lang || '').slice(0, 2) === lang.slice(0, 2));
    }

    function utter(text, rate, lang, signal) {
      return new Promise(function (resolve) {
        const utterance = new Utterance(text);
        utterance.rate = rate;
        utterance.lang = lang;
        const voice = voiceFor(lang);
        if (voice) {
          utterance.voice = voice;
        }
        // Some engines never report the end of an utterance; a generous bound keeps the practice going.
        const bound = setTimeout(finish, 4000 + (text.length * 120) / rate);
        function finish() {
          clearTimeout(bound);
          if (signal) {
            signal.removeEventListener('abort', stop);
          }
          resolve();
        }
        function stop() {
          synth.cancel();
          finish();
        }
        utterance.onend = finish;
        utterance.onerror = finish;
        if (signal) {
          if (signal.aborted) {
            finish();
            return;
          }
          signal.addEventListener('abort', stop);
        }
        synth.speak(utterance);
      });
    }

    /** Says the parts in order, keeping each pause as silence; resolves when all is said or on abort. */
    async function sayAsync(speech, lang, signal) {
      for (const part of speech) {
        if (signal && signal.aborted) {
          return;
        }
        if ('pause' in part) {
          await sleep(part.pause, signal);
        } else {
          await utter(part.text, part.rate, lang, signal);
        }
      }
    }

    return {
      usable: usable,
      hasVoicesAsync: hasVoicesAsync,
      sayAsync: sayAsync,
      cancel: function () {
        if (usable) {
          synth.cancel();
        }
      },
    };
  }

  global.SeatedRelease = Object.assign(global.SeatedRelease || {}, { createVoice: createVoice, sleep: sleep });
})(window);
