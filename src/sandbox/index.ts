/**
 * The Buffer sandbox (SPEC §7): a local emulator of Buffer's public GraphQL API
 * for tests, `npm start` and users trying a workflow without their real queue.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { SandboxClock } from './clock.js';
import { defaultRateLimits, SandboxEngine, type SandboxStateSnapshot } from './engine.js';
import type { FaultConfig } from './faults.js';
import { createSandboxServer, type RequestObserver } from './http-server.js';
import type { RateLimits } from './rate-limiter.js';
import { defaultSeed, type SandboxSeed } from './seed.js';
import type { PersistedState } from './store.js';

export { defaultSeed, defaultChannelId, DEFAULT_ACCOUNT_ID, DEFAULT_ORGANIZATION_ID, DEFAULT_API_KEY } from './seed.js';
export type {
  SandboxSeed,
  SeedAccount,
  SeedChannel,
  SeedOrganization,
  StoredPost,
  StoredIdea,
  StoredIdeaGroup,
  StoredPostTemplate,
  Plan,
} from './seed.js';
export type { SandboxStateSnapshot, SandboxStats } from './engine.js';
export type { FaultConfig, FaultRule, FaultKind } from './faults.js';
export type { ObservedRequest, RequestObserver } from './http-server.js';

export interface SandboxOptions {
  /** Default 0 (a free port). */
  port?: number;
  /** Default `defaultSeed()`. */
  seed?: SandboxSeed;
  /** Initial sandbox clock; default: current wall time. */
  now?: string | Date;
  /** 'frozen' (default): time moves only through the clock control; 'wall': follows real time plus any advances. */
  clock?: 'frozen' | 'wall';
  /** Added before every GraphQL answer (benchmarks). */
  latencyMs?: number;
  /** Default Buffer's free plan 100 / 250 / 3000; false = off. */
  rateLimits?: RateLimits | false;
  /** Load at start if present, save after every change. */
  statePath?: string;
  /**
   * Every Nth `createIdea` answers `IdeaResponse` instead of `Idea` (both are
   * success members of CreateIdeaPayload); default 0 = never. The faults
   * control's `ideaResponseEvery` overrides it while those faults are set.
   */
  ideaResponseEvery?: number;
  /**
   * In-process only: awaited before each GraphQL request is executed. Tests use it
   * to see exactly what a client sent, or to act (push a commit) at that moment.
   */
  onRequest?: RequestObserver;
}

export interface RunningSandbox {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  /** The first API key of the seed's first account ('sandbox' in the default seed). */
  apiKey: string;
  close(): Promise<void>;
  /** Same JSON as GET /__sandbox/state. */
  state(): SandboxStateSnapshot;
  /** Same as POST /__sandbox/reset. */
  reset(seed?: SandboxSeed): void;
  /** Same as POST /__sandbox/clock {advanceSeconds}. */
  advanceClock(seconds: number): void;
  /** Same as POST /__sandbox/clock {now}. */
  setClock(iso: string): void;
  /** Same as POST /__sandbox/faults. */
  setFaults(config: FaultConfig): void;
}

export async function startSandbox(opts: SandboxOptions = {}): Promise<RunningSandbox> {
  const seed = opts.seed ?? defaultSeed();
  let persisted: PersistedState | undefined;
  if (opts.statePath && existsSync(opts.statePath)) {
    persisted = JSON.parse(readFileSync(opts.statePath, 'utf8')) as PersistedState;
  }
  const engine = new SandboxEngine({
    seed,
    clock: new SandboxClock(opts.clock ?? 'frozen', opts.now),
    rateLimits: opts.rateLimits === undefined ? defaultRateLimits() : opts.rateLimits,
    latencyMs: opts.latencyMs ?? 0,
    statePath: opts.statePath,
    ideaResponseEvery: opts.ideaResponseEvery,
    persisted,
  });
  engine.persist();
  const server = createSandboxServer(engine, defaultSeed, (ms) => delay(ms), opts.onRequest);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const apiKey = engine.store.accounts[0]?.apiKeys[0] ?? 'sandbox';
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    apiKey,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
    state: () => engine.state(),
    reset: (s) => engine.reset(s ?? defaultSeed()),
    advanceClock: (seconds) => void engine.advanceClock(seconds),
    setClock: (iso) => void engine.setClock(iso),
    setFaults: (config) => engine.setFaults(config),
  };
}
