/**
 * The sandbox's notion of "now". Tests need time that moves only when they say
 * so ('frozen'); the interactive `sandbox` command needs time that flows
 * ('wall'). Both can be advanced or set through the control endpoint.
 */
export type ClockMode = 'frozen' | 'wall';

export class SandboxClock {
  /** Sandbox time (ms) at the moment `anchorRealMs` was taken. */
  private anchorSandboxMs: number;
  private anchorRealMs: number;

  constructor(
    private readonly mode: ClockMode,
    initial: string | Date | undefined,
    private readonly realNow: () => number = Date.now,
  ) {
    this.anchorRealMs = realNow();
    this.anchorSandboxMs = initial === undefined ? this.anchorRealMs : parseInstant(initial);
  }

  nowMs(): number {
    if (this.mode === 'frozen') return this.anchorSandboxMs;
    return this.anchorSandboxMs + (this.realNow() - this.anchorRealMs);
  }

  nowIso(): string {
    return new Date(this.nowMs()).toISOString();
  }

  advance(seconds: number): void {
    this.set(this.nowMs() + seconds * 1000);
  }

  set(instant: string | Date | number): void {
    this.anchorSandboxMs = typeof instant === 'number' ? instant : parseInstant(instant);
    this.anchorRealMs = this.realNow();
  }
}

function parseInstant(value: string | Date): number {
  const ms = value instanceof Date ? value.getTime() : Date.parse(value);
  if (Number.isNaN(ms)) throw new Error(`Invalid clock time: ${String(value)}`);
  return ms;
}
