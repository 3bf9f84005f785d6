// The bot's timing on the page. A turn's lines reach the browser within milliseconds of each other;
// the practice lives in the silences between them. Each line is shown, then (with Voice on) said,
// then its SSML pauses are kept before the next line of the same turn appears. Silence longer than
// one SSML break reaches us as the gap between the server's timestamps of two lines, and is kept
// after the break, so a rest of 5 s of break and 15 s of delay lasts 20 s here too.
(function (global) {
  'use strict';

  const sleep = global.SeatedRelease.sleep;

  /**
   * release(action): show the line now (the action given with it). lineAsync(activity, signal): resolves when the line has
   * been said and its pauses kept. idle(lastActivity): called when nothing more waits.
   */
  function createTimeline(release, lineAsync, idle) {
    const queue = [];
    let running = false;
    let abort = new AbortController();
    let readyAt = 0;
    let previous = null;

    function serverGap(before, after) {
      if (!before || before.replyToId !== after.replyToId) {
        return 0;
      }
      const gap = Date.parse(after.timestamp) - Date.parse(before.timestamp);
      return isNaN(gap) ? 0 : Math.max(0, Math.min(gap, 60000));
    }

    async function pumpAsync() {
      if (running) {
        return;
      }
      running = true;
      let last = null;
      try {
        while (queue.length > 0) {
          const item = queue.shift();
          const signal = abort.signal;
          if (!item.replay) {
            await sleep(readyAt + serverGap(previous, item.activity) - performance.now(), signal);
            if (signal.aborted) {
              continue;
            }
            release(item.action);
            previous = item.activity;
          }
          last = item.activity;
          await lineAsync(item.activity, signal);
          if (!signal.aborted) {
            readyAt = performance.now();
          }
        }
      } finally {
        running = false;
      }
      if (last) {
        idle(last);
      }
    }

    return {
      /** A new line from the bot. */
      push: function (activity, action) {
        queue.push({ activity: activity, action: action });
        pumpAsync();
      },
      /** Lines already shown, to be said again (Voice turned on). */
      replay: function (activities) {
        for (const activity of activities) {
          queue.push({ activity: activity, replay: true });
        }
        pumpAsync();
      },
      /** The listener spoke: what was still to come of the bot's turn is dropped, its pause ends. */
      interrupt: function () {
        queue.length = 0;
        abort.abort();
        abort = new AbortController();
        readyAt = 0;
        previous = null;
      },
      get busy() {
        return running || queue.length > 0;
      },
    };
  }

  global.SeatedRelease = Object.assign(global.SeatedRelease || {}, { createTimeline: createTimeline });
})(window);
