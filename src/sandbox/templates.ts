/**
 * Post templates (`postTemplate`, `postTemplates`, `createPostTemplate`,
 * `updatePostTemplate`, `deletePostTemplate`), as the reference describes them:
 *
 * - Visibility: `private` (only the creator sees it, whatever its
 *   organization), `internal` (every member of its organization), `public`
 *   (Buffer's curated library, everyone). Create defaults to `private`;
 *   `public` is refused on create and update ("only available to official
 *   Buffer clients").
 * - Who may change or delete one: its creator, or an admin/owner of its
 *   organization for an `internal` one. Nobody changes a `public` one.
 * - `postTemplate` answers null for an ID the caller cannot see (missing, or
 *   someone else's private template); the mutations answer such an ID with a
 *   NOT_FOUND error, as `deletePost` does for a post.
 * - `postTemplates` is pinned to the caller and the organization; its filter
 *   only narrows. An organization the caller is not a member of is NOT_FOUND,
 *   for the list and for `createPostTemplate`, as for every organization-scoped
 *   field here.
 * - The payload unions' only error member is VoidMutationError, so every
 *   user-fixable refusal (public visibility, an empty title, body or
 *   description, the plan's template limit) is one, with a message that says
 *   what to change. A caller who may see but not change a template gets a
 *   FORBIDDEN error ("valid key, but no permission", buffer-error-codes.yml).
 */
import { codedError, typedError, type TypedError } from './errors.js';
import { keysetPage, type OperationContext } from './operations.js';
import type { PostTemplateVisibility, StoredPostTemplate } from './seed.js';
import { organizationShape } from './shapes.js';
import { visibleOrganization } from './visibility.js';

type Obj = Record<string, unknown>;

const PUBLIC_REFUSED =
  'The visibility `public` is only available to official Buffer clients; use `private` (the default) or `internal`';

function templateShape(t: StoredPostTemplate): Obj {
  return {
    id: t.id,
    body: t.body,
    description: t.description,
    emoji: t.emoji,
    organizationId: t.organizationId,
    title: t.title,
    visibility: t.visibility,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
  };
}

/** Whether the caller may see the template at all (the library's scope). */
function canSee(ctx: OperationContext, t: StoredPostTemplate): boolean {
  switch (t.visibility) {
    case 'public':
      return true;
    case 'internal':
      return ctx.store.canSee(ctx.account, t.organizationId);
    case 'private':
      return t.accountId === ctx.account.id;
  }
}

function canChange(ctx: OperationContext, t: StoredPostTemplate): boolean {
  if (t.visibility === 'public') return false;
  if (t.accountId === ctx.account.id) return true;
  return t.visibility === 'internal' && ctx.store.isAdmin(ctx.account, t.organizationId);
}

/** The template the caller may change, or the typed error to answer (unknown IDs and missing rights throw). */
function changeable(ctx: OperationContext, id: string): StoredPostTemplate | TypedError {
  const t = ctx.store.postTemplates.get(id);
  if (!t || !canSee(ctx, t)) throw codedError('NOT_FOUND', `Post template ${id} not found`);
  if (t.visibility === 'public')
    return typedError(
      'VoidMutationError',
      `Post template ${id} is one of Buffer's public templates; it cannot be changed`,
    );
  if (!canChange(ctx, t))
    throw codedError(
      'FORBIDDEN',
      `Only the creator of post template ${id} or an admin of its organization can change or delete it`,
    );
  return t;
}

/** The message for a text field that must be a non-empty string, or null when it is one. */
function blank(name: string, value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? null : `A post template needs a non-empty ${name}`;
}

// ---------------------------------------------------------------- queries

export function postTemplate(ctx: OperationContext, input: { id: string }): Obj | null {
  const t = ctx.store.postTemplates.get(input.id);
  return t && canSee(ctx, t) ? templateShape(t) : null;
}

export function postTemplates(
  ctx: OperationContext,
  args: {
    input: { organizationId: string; filter?: { visibility?: PostTemplateVisibility | null } | null };
    first?: number | null;
    after?: string | null;
  },
): Obj {
  const { organizationId, filter } = args.input;
  visibleOrganization(ctx, organizationId);
  // The scope is pinned whatever the input says: public, this organization's internal, the caller's private.
  const list = [...ctx.store.postTemplates.values()].filter(
    (t) =>
      (t.visibility === 'public' ||
        (t.visibility === 'internal' && t.organizationId === organizationId) ||
        (t.visibility === 'private' && t.accountId === ctx.account.id)) &&
      (filter?.visibility == null || t.visibility === filter.visibility),
  );
  // The official CLI's `postTemplates list` defaults to 25 (facts §5); oldest first, as `ideas`.
  const page = keysetPage(list, (t) => [Date.parse(t.createdAt), t.id], args, 25, templateShape);
  return { ...page, totalCount: list.length };
}

// ---------------------------------------------------------------- mutations

export function createPostTemplate(ctx: OperationContext, input: Record<string, unknown>): Obj {
  const organizationId = String(input.organizationId);
  // "The caller must be a member of this organization."
  visibleOrganization(ctx, organizationId);
  const visibility = (input.visibility as PostTemplateVisibility | null | undefined) ?? 'private';
  if (visibility === 'public') return typedError('VoidMutationError', PUBLIC_REFUSED);
  // `description` is nullable "for backwards-compat" only: null or empty is refused.
  const problem = blank('title', input.title) ?? blank('body', input.body) ?? blank('description', input.description);
  if (problem) return typedError('VoidMutationError', problem);
  if (input.emoji === null) return typedError('VoidMutationError', 'A post template emoji cannot be null; omit it');
  const org = ctx.store.organizations.get(organizationId)!;
  const limit = organizationShape(ctx.store, org).limits as { postTemplates: number };
  const used = [...ctx.store.postTemplates.values()].filter(
    (t) => t.visibility !== 'public' && t.organizationId === organizationId,
  ).length;
  if (used >= limit.postTemplates)
    return typedError(
      'VoidMutationError',
      `You have reached the limit of ${limit.postTemplates} post templates on the ${org.plan} plan. Upgrade your plan or delete a template.`,
    );
  const nowIso = new Date(ctx.nowMs()).toISOString();
  const t: StoredPostTemplate = {
    id: ctx.store.newId(ctx.nowMs()),
    organizationId,
    accountId: ctx.account.id,
    title: String(input.title),
    body: String(input.body),
    description: String(input.description),
    emoji: typeof input.emoji === 'string' ? input.emoji : '',
    visibility,
    createdAt: nowIso,
    updatedAt: nowIso,
  };
  ctx.store.postTemplates.set(t.id, t);
  ctx.changed();
  return { __typename: 'CreatePostTemplateSuccess', postTemplate: templateShape(t) };
}

/**
 * Omitted fields keep their value. A field sent as null is refused rather than
 * guessed at: every stored field is a string, and title, body and description
 * must not be empty (the storage contract the reference states for
 * description). Nothing changes unless every field is acceptable.
 */
export function updatePostTemplate(ctx: OperationContext, input: Record<string, unknown>): Obj {
  const found = changeable(ctx, String(input.id));
  if ('__typename' in found) return found;
  if (input.visibility === 'public') return typedError('VoidMutationError', PUBLIC_REFUSED);
  for (const key of ['title', 'body', 'description', 'emoji', 'visibility'] as const) {
    if (key in input && input[key] === null)
      return typedError('VoidMutationError', `A post template ${key} cannot be null; omit it to keep the current one`);
  }
  for (const key of ['title', 'body', 'description'] as const) {
    const problem = key in input ? blank(key, input[key]) : null;
    if (problem) return typedError('VoidMutationError', problem);
  }
  for (const key of ['title', 'body', 'description', 'emoji'] as const) {
    if (typeof input[key] === 'string') found[key] = input[key];
  }
  if (typeof input.visibility === 'string') found.visibility = input.visibility as PostTemplateVisibility;
  found.updatedAt = new Date(ctx.nowMs()).toISOString();
  ctx.changed();
  return { __typename: 'UpdatePostTemplateSuccess', postTemplate: templateShape(found) };
}

export function deletePostTemplate(ctx: OperationContext, input: { id: string }): Obj {
  const found = changeable(ctx, input.id);
  if ('__typename' in found) return found;
  ctx.store.postTemplates.delete(found.id);
  ctx.changed();
  return { __typename: 'EmptySuccess', _empty: '' };
}
