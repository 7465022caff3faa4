import { describe, expect, it } from "vitest";
import { idleScheduler } from "../../../src/client/idle-scheduler.ts";

/** A page's idle callbacks, played by hand: each pause has the length given, a millisecond apart. */
function pausesOf(lengths: number[]) {
  let clock = 0;
  const waiting: ((d: IdleDeadline) => void)[] = [];
  const timeouts: number[] = [];
  return {
    timeouts,
    clock: {
      requestIdle: (cb: (d: IdleDeadline) => void, o: { timeout: number }) => (waiting.push(cb), timeouts.push(o.timeout)),
      now: () => clock,
    },
    /** Plays the pauses, 100 ms apart, until none is left or nobody waits. */
    play() {
      for (const length of lengths) {
        const cb = waiting.shift();
        if (!cb) break;
        clock += 100;
        cb({ timeRemaining: () => length, didTimeout: false });
      }
    },
  };
}

describe("work in the page's pauses", () => {
  it("waits for a pause long enough for a piece", () => {
    const page = pausesOf([2, 4, 12, 30]);
    const ran: number[] = [];
    idleScheduler(page.clock, 10, 1000)(() => ran.push(page.clock.now()));
    page.play();
    expect(ran).toEqual([300]);
  });

  it("runs anyway once it has waited its longest, however short the pauses stay", () => {
    const page = pausesOf(Array(50).fill(3));
    const ran: number[] = [];
    idleScheduler(page.clock, 10, 1000)(() => ran.push(page.clock.now()));
    page.play();
    expect(ran).toEqual([1000]);
    // Each new wait asks the browser for what is left of the second, never a fresh second.
    expect(page.timeouts.slice(0, 3)).toEqual([1000, 900, 800]);
  });

  it("runs when the browser says the wait timed out, whatever the pause", () => {
    let cb: ((d: IdleDeadline) => void) | undefined;
    const ran: string[] = [];
    idleScheduler({ requestIdle: (c) => (cb = c), now: () => 0 }, 10, 1000)(() => ran.push("ran"));
    cb!({ timeRemaining: () => 0, didTimeout: true });
    expect(ran).toEqual(["ran"]);
  });
});
