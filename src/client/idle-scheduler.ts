/**
 * Runs work in the page's pauses, one piece per pause, without starving it: a pause long enough
 * for a piece is waited for, but never longer than `maxWaitMs` in all. While the live map flies
 * or the page scrolls, pauses are short, and a piece laid out in one would lengthen a frame; a page
 * that never pauses long (a software-drawn map on a busy phone) still gets its work done.
 */
export type IdleScheduler = (callback: () => void) => void;

interface IdleClock {
  requestIdle: (callback: (deadline: IdleDeadline) => void, options: { timeout: number }) => unknown;
  now: () => number;
}

export function idleScheduler({ requestIdle, now }: IdleClock, pauseMs: number, maxWaitMs: number): IdleScheduler {
  return (callback) => {
    const giveUpAt = now() + maxWaitMs;
    const inPause = (deadline: IdleDeadline): void => {
      const left = giveUpAt - now();
      if (deadline.timeRemaining() >= pauseMs || deadline.didTimeout || left <= 0) callback();
      else requestIdle(inPause, { timeout: Math.max(1, left) });
    };
    requestIdle(inPause, { timeout: maxWaitMs });
  };
}
