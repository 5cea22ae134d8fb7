/** An applied state as the plan's tests need one: these files and orphans on `main`, no ideas, no attempts. */
import type { AppliedState } from '../../src/state/applied-state.js';

export function appliedState(files: AppliedState['files'], orphans: AppliedState['orphans'] = []): AppliedState {
  return {
    version: 1,
    branch: 'main',
    commit: 'c'.repeat(40),
    recordedAt: '2026-11-30T05:00:00Z',
    files,
    ideas: {},
    orphans,
    attempts: [],
  };
}
