// Measures how long the event loop is blocked, and by which handler: a 1 ms timer chain whose
// gaps are the blocks. A gap is charged to every handler call in flight during it; gaps with
// no call in flight belong to the benchmark itself and are not charged to the app.

export class BlockProbe {
  private last = performance.now();
  private timer: NodeJS.Timeout | undefined;
  private readonly inFlight = new Map<string, number>();
  private touched = new Set<string>();
  private waiters: (() => void)[] = [];
  /** The longest block seen during each channel's calls, in ms. */
  readonly longest = new Map<string, number>();

  start(): void {
    this.last = performance.now();
    const tick = () => {
      const now = performance.now();
      const gap = now - this.last;
      this.last = now;
      for (const channel of this.touched) this.longest.set(channel, Math.max(this.longest.get(channel) ?? 0, gap));
      this.touched = new Set(this.inFlight.keys());
      const waiting = this.waiters;
      this.waiters = [];
      waiting.forEach((resolve) => resolve());
      this.timer = setTimeout(tick, 1);
    };
    this.timer = setTimeout(tick, 1);
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  /** Resolves after the probe's next tick: the gap so far is charged before anything else runs. */
  tick(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  enter(channel: string): void {
    this.inFlight.set(channel, (this.inFlight.get(channel) ?? 0) + 1);
    this.touched.add(channel);
  }

  leave(channel: string): void {
    const left = this.inFlight.get(channel)! - 1;
    if (left === 0) this.inFlight.delete(channel);
    else this.inFlight.set(channel, left);
  }
}
