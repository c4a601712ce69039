/** A hand-driven clock for limiter tests: time only moves when a test says so. */
export interface TestClock {
  (): number;
  /** Moves time forward (or back, with a negative value) by `ms`. */
  advance(ms: number): void;
  /** Sets the time. */
  set(ms: number): void;
}

export function testClock(start = 1_700_000_000_000): TestClock {
  let time = start;
  const clock = (() => time) as TestClock;
  clock.advance = (ms) => {
    time += ms;
  };
  clock.set = (ms) => {
    time = ms;
  };
  return clock;
}
