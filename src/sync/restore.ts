/**
 * `on-drift: restore`: make Buffer match the file again. A post deleted in
 * Buffer is created anew (its new ID is written back); a post changed in
 * Buffer's app gets the file's text, thread or time back through `editPost`,
 * sending only what differs.
 */
import type { Service } from '../buffer/types.js';
import { describeWhen } from '../plan/build-plan.js';
import { toCreatePostInput } from '../plan/post-input.js';
import type { CreateItem, EditItem, SkipItem } from '../plan/types.js';
import type { PostFile, RenderedPost } from '../posts/model.js';
import type { EditableField } from '../plan/post-input.js';
import type { Drift } from './drift.js';

export function restoreItem(
  drift: Drift,
  render: (post: PostFile, service: Service) => RenderedPost,
  now: Date,
): CreateItem | EditItem | SkipItem {
  const { tracked, channel } = drift;
  const base = { file: tracked.file, line: tracked.line, ref: tracked.ref, service: channel?.service };
  if (!channel) {
    return {
      ...base,
      action: 'skip',
      postId: tracked.entry.id,
      reason: `cannot restore: channel "${tracked.ref}" is not connected to the organization`,
    };
  }
  const rendered = render(tracked.post, channel.service);
  const input = toCreatePostInput(tracked.post, rendered, channel);
  const when = describeWhen(input.mode, input.dueAt, input.saveToDraft);
  if (drift.kind === 'gone') {
    if (input.mode === 'customScheduled' && input.dueAt && Date.parse(input.dueAt) <= now.getTime()) {
      return {
        ...base,
        action: 'skip',
        postId: tracked.entry.id,
        reason: `cannot recreate the deleted post: its time ${input.dueAt} has passed; set a new dueAt`,
      };
    }
    return { ...base, action: 'create', service: channel.service, channelId: channel.id, input, rendered, when };
  }
  const edit: EditItem['input'] = { id: tracked.entry.id };
  const changed: EditableField[] = [];
  if (drift.fields.includes('text') || drift.fields.includes('thread')) {
    edit.text = input.text ?? '';
    // Buffer requires a thread's first item to equal the text: the thread travels with it.
    if (input.metadata) edit.metadata = input.metadata;
    changed.push('text');
  }
  if (drift.fields.includes('time')) {
    // The file's time, or back into the queue.
    edit.mode = input.mode;
    if (input.dueAt) edit.dueAt = input.dueAt;
    changed.push('schedule');
  }
  // Every edit of a draft says so (Buffer schedules a draft edited with a mode);
  // a post the file no longer calls a draft gets its schedule.
  if (input.saveToDraft) edit.saveToDraft = true;
  if (drift.fields.includes('draft')) {
    if (!input.saveToDraft) {
      edit.saveToDraft = false;
      edit.mode = input.mode;
      if (input.dueAt) edit.dueAt = input.dueAt;
      if (!changed.includes('schedule')) changed.push('schedule');
    }
    changed.push('draft');
  }
  return {
    ...base,
    action: 'edit',
    service: channel.service,
    channelId: channel.id,
    postId: tracked.entry.id,
    input: edit,
    changed,
    rendered,
    when: changed.includes('schedule') ? when : undefined,
  };
}
