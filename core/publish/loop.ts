/**
 * Drives the publish state machine (scheduler.ts) with a clock and a build function: sets one
 * timer for the next due start, runs one build at a time, and after each build starts the job
 * that coalesced meanwhile. The clock is injected so tests run it on fake time.
 */
import { dayKey } from '../learning/time';
import {
  type ChangedRecord,
  DEFAULT_TIMING,
  initialPublishState,
  nextStartAt,
  type PublishEvent,
  type PublishJob,
  type PublishState,
  type PublishTiming,
  publishStep,
  type PublishTrigger,
} from './scheduler';

export interface PublishClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** What a build reports: pages written, or why it failed (the previous site stays up). */
export type BuildOutcome = { ok: true; pages: number; log: string } | { ok: false; reason: string; log: string };

export interface PublishLoopOptions {
  build: (job: PublishJob) => Promise<BuildOutcome>;
  /** Called after every event with the new state (to keep build records in step). */
  onChange?: (state: PublishState, event: PublishEvent, outcome?: BuildOutcome) => void;
  clock?: PublishClock;
  timing?: PublishTiming;
  /** Zone whose civil day decides when date-dependent pages need the daily build. */
  timeZone?: string;
  /** When the site being served was built (the daily build counts days from it). */
  builtAt?: number;
}

const realClock: PublishClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export class PublishLoop {
  private state: PublishState = initialPublishState();
  private timer: unknown;
  private readonly clock: PublishClock;
  private readonly timing: PublishTiming;
  private running: Promise<void> | null = null;
  private lastBuiltDay: string | null = null;

  constructor(private readonly options: PublishLoopOptions) {
    this.clock = options.clock ?? realClock;
    this.timing = options.timing ?? DEFAULT_TIMING;
    if (options.builtAt !== undefined) this.lastBuiltDay = dayKey(options.builtAt, this.zone);
  }

  private get zone(): string {
    return this.options.timeZone ?? 'Asia/Shanghai';
  }

  /** The current state (read-only snapshot). */
  get current(): PublishState {
    return this.state;
  }

  /** A public record changed: build after the quiet period. */
  change(records: ChangedRecord[]): void {
    this.apply({ type: 'change', at: this.clock.now(), records });
  }

  /** Build as soon as nothing else builds. */
  request(trigger: Exclude<PublishTrigger, 'change'>): void {
    this.apply({ type: 'request', at: this.clock.now(), trigger });
  }

  /** Requests the daily build when the civil day changed since the last successful build. */
  checkDaily(): void {
    const today = dayKey(this.clock.now(), this.zone);
    if (this.lastBuiltDay !== null && this.lastBuiltDay !== today && !this.state.waiting && !this.state.building) {
      this.request('daily');
    }
  }

  /** Resolves when no build runs and none waits (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.running || this.state.waiting) {
      await (this.running ?? new Promise((r) => this.clock.setTimeout(() => r(undefined), 50)));
    }
  }

  stop(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private apply(event: PublishEvent, outcome?: BuildOutcome): void {
    this.state = publishStep(this.state, event, this.timing);
    this.options.onChange?.(this.state, event, outcome);
    this.schedule();
  }

  private schedule(): void {
    this.stop();
    const due = nextStartAt(this.state);
    if (due === null) return;
    this.timer = this.clock.setTimeout(() => this.startDue(), Math.max(0, due - this.clock.now()));
  }

  private startDue(): void {
    this.timer = undefined;
    const before = this.state.building;
    this.apply({ type: 'start', at: this.clock.now() });
    const job = this.state.building;
    if (!job || job === before) return;
    this.running = this.run(job);
  }

  private async run(job: PublishJob): Promise<void> {
    let outcome: BuildOutcome;
    try {
      outcome = await this.options.build(job);
    } catch (error) {
      outcome = { ok: false, reason: error instanceof Error ? error.message : String(error), log: '' };
    }
    this.running = null;
    const at = this.clock.now();
    if (outcome.ok) this.lastBuiltDay = dayKey(job.startedAt ?? at, this.zone);
    this.apply(outcome.ok ? { type: 'finish', at, ok: true } : { type: 'finish', at, ok: false, reason: outcome.reason }, outcome);
  }
}
