/**
 * `movePostInQueue`: a queued post to the top or bottom of its channel's queue.
 * "A scheduling-only operation that never re-validates the post's content"
 * (reference), so neither the post rules nor the posting limits run: the
 * queue holds as many posts before as after.
 *
 * The queue is the channel's scheduled posts that took a queue slot
 * (`addToQueue`, `shareNext`); custom-scheduled posts keep their time and
 * their slot stays taken. Moving re-slots the queued posts in their new
 * order into the free slots from now on, as `shareNext` re-slots them when
 * it puts a post first (queue-slots.ts): `top` takes the next available
 * slot, `bottom` the last one, and the posts in between close up.
 *
 * An unknown ID is a NOT_FOUND error, as for `deletePost`. A post that is
 * not queued (a draft, a sent post, a custom-scheduled one) or a channel
 * that cannot publish answers VoidMutationError, the payload union's only
 * error member, with a message that says why.
 */
import { codedError, typedError } from './errors.js';
import { channelProblem, channelQueue, type OperationContext } from './operations.js';
import { freeSlots } from './queue-slots.js';
import { postShape } from './shapes.js';
import { visiblePost } from './visibility.js';

type Obj = Record<string, unknown>;

export function movePostInQueue(ctx: OperationContext, input: { id: string; position: 'top' | 'bottom' }): Obj {
  const post = visiblePost(ctx, input.id);
  if (!post) throw codedError('NOT_FOUND', `Post ${input.id} not found`);
  if (post.status !== 'scheduled' || post.dueAt === null)
    return typedError('VoidMutationError', `Post ${post.id} is not in a queue (its status is ${post.status})`);
  if (post.isCustomScheduled)
    return typedError(
      'VoidMutationError',
      `Post ${post.id} is scheduled for a fixed time, not queued; change its time with editPost`,
    );
  const channel = ctx.store.channels.get(post.channelId)!;
  const blocked = channelProblem(channel);
  if (blocked) return typedError('VoidMutationError', blocked.message);

  const { fixed, queued } = channelQueue(ctx.store, channel.id);
  const others = queued.filter((p) => p !== post);
  const order = input.position === 'top' ? [post, ...others] : [...others, post];
  const slots = freeSlots(channel.postingSchedule ?? [], channel.timezone, ctx.nowMs(), fixed);
  const nowIso = new Date(ctx.nowMs()).toISOString();
  for (const p of order) {
    const dueAt = new Date(slots.next().value as number).toISOString();
    if (p.dueAt !== dueAt || p === post) p.updatedAt = nowIso;
    p.dueAt = dueAt;
  }
  ctx.changed();
  return { __typename: 'PostActionSuccess', post: postShape(ctx.store, post) };
}
