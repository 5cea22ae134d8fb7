/**
 * What an API key can see: the organizations its account belongs to, and their
 * channels and posts. Anything else does not exist for the caller (NOT_FOUND),
 * the one refusal every organization-scoped root field shares (operations,
 * templates, idea groups, movePostInQueue, aggregatedPostMetrics).
 */
import { codedError } from './errors.js';
import type { OperationContext } from './operations.js';
import type { SeedChannel, StoredPost } from './seed.js';

export function visibleOrganization(ctx: OperationContext, organizationId: string): void {
  if (!ctx.store.organizations.has(organizationId) || !ctx.store.canSee(ctx.account, organizationId)) {
    throw codedError('NOT_FOUND', `Organization ${organizationId} not found`);
  }
}

export function visibleChannel(ctx: OperationContext, id: string): SeedChannel | undefined {
  const c = ctx.store.channels.get(id);
  return c && ctx.store.canSee(ctx.account, c.organizationId) ? c : undefined;
}

export function visiblePost(ctx: OperationContext, id: string): StoredPost | undefined {
  const p = ctx.store.posts.get(id);
  return p && ctx.store.canSee(ctx.account, p.organizationId) ? p : undefined;
}
