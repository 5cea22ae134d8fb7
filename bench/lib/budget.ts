/**
 * Buffer's free-plan request budget, and what a way that was stopped by a 429
 * would still need: requests, 15-minute windows and days.
 */
import { FREE } from './common.js';

export interface Projection {
  /** Requests Buffer accepted in the measured run. */
  accepted: number;
  /** Posts still to publish when the run stopped. */
  restPosts: number;
  /** Requests the rest needs (a new run's fixed requests included). */
  restRequests: number;
  /** Requests for all N posts: accepted + rest. */
  totalRequests: number;
  /** Free-plan 15-minute windows the whole N needs (100 requests each). */
  windows15m: number;
  /** Free-plan 24-hour windows (days) the whole N needs (250 requests each). */
  windows24h: number;
  within15m: boolean;
  within24h: boolean;
}

export function project(accepted: number, restPosts: number, restRequests: number): Projection {
  const totalRequests = accepted + restRequests;
  return {
    accepted,
    restPosts,
    restRequests,
    totalRequests,
    windows15m: Math.max(1, Math.ceil(totalRequests / FREE['15m'])),
    windows24h: Math.max(1, Math.ceil(totalRequests / FREE['24h'])),
    within15m: totalRequests <= FREE['15m'],
    within24h: totalRequests <= FREE['24h'],
  };
}

/** How long the whole N takes at the earliest on the free plan, from the windows it needs. */
export function earliestFinish(p: Projection): string {
  if (p.within15m) return 'this run';
  // Rolling windows: each further 100 requests waits for the 15-minute window; each further 250, for the day.
  const byDay = (p.windows24h - 1) * 24 * 60;
  const by15 = (p.windows15m - 1) * 15;
  const minutes = Math.max(byDay, by15);
  if (minutes >= 24 * 60) return `≥ ${Math.round((minutes / (24 * 60)) * 10) / 10} days`;
  if (minutes >= 60) return `≥ ${Math.round((minutes / 60) * 10) / 10} h`;
  return `≥ ${minutes} min`;
}
