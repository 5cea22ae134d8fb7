/** The plan: what a run will do, per file × channel. Pure data, rendered by report/. */
import type { CreateIdeaInput, CreatePostInput, EditPostInput, Post, Service } from '../buffer/types.js';
import type { LengthCount } from '../validate/length.js';
import type { Finding, RenderedPost } from '../posts/model.js';
import type { EditableField } from './post-input.js';

export type PlanAction = 'create' | 'edit' | 'replace' | 'delete' | 'skip' | 'create-idea';

interface PlanItemBase {
  action: PlanAction;
  /** Repository-relative path of the post or idea file. */
  file: string;
  /** Line to point at (the channel reference, else the front-matter start). */
  line: number;
  /** The channel reference as written in the file. */
  ref?: string;
  channelId?: string;
  service?: Service;
  /** Human description of when it goes out: an ISO time, "next queue slot", "now", "draft". */
  when?: string;
}

export interface CreateItem extends PlanItemBase {
  action: 'create';
  ref: string;
  channelId: string;
  service: Service;
  input: CreatePostInput;
  rendered: RenderedPost;
  length?: LengthCount;
}
export interface EditItem extends PlanItemBase {
  action: 'edit';
  ref: string;
  postId: string;
  input: EditPostInput;
  changed: EditableField[];
  rendered: RenderedPost;
  length?: LengthCount;
}
/**
 * A change `editPost` cannot express (Buffer keeps what an edit omits: a
 * removed metadata field, a thread made a single post): the old post is
 * deleted and a new one created in one request, at the same time or queue
 * position (apply/apply.ts), and the file records the new ID.
 */
export interface ReplaceItem extends PlanItemBase {
  action: 'replace';
  ref: string;
  channelId: string;
  service: Service;
  /** The post this replaces. */
  postId: string;
  input: CreatePostInput;
  /** Why an edit cannot do it, for the reader. */
  why: string;
  changed: EditableField[];
  rendered: RenderedPost;
  length?: LengthCount;
}
export interface DeleteItem extends PlanItemBase {
  action: 'delete';
  postId: string;
  reason: 'file-removed' | 'channel-removed';
}
export interface SkipItem extends PlanItemBase {
  action: 'skip';
  postId?: string;
  reason: string;
  /** true when the skip is a failure (invalid file) rather than a decision. */
  blocked?: boolean;
}
export interface CreateIdeaItem extends PlanItemBase {
  action: 'create-idea';
  input: Omit<CreateIdeaInput, 'organizationId'>;
}

export type PlanItem = CreateItem | EditItem | ReplaceItem | DeleteItem | SkipItem | CreateIdeaItem;

export interface Plan {
  /** `diff`: from before..after; `full`: the whole directory was reconciled. */
  basis: 'diff' | 'full' | 'offline';
  basisReason?: string;
  items: PlanItem[];
  findings: Finding[];
  /** Things the reader should know that are not findings about a file. */
  notes: string[];
}

/** Remote post state by ID, looked up before planning edits and deletes. */
export type RemotePosts = Map<string, Post | null>;
