/** Inputs of validation, shared by the rule modules and `validatePost`. */
import type { Channel, Service } from '../buffer/types.js';
import type { PostFile, RenderedPost } from '../posts/model.js';

/** One channel a post goes to, with the text rendered for its network. */
export interface ValidationTarget {
  /** The channel reference as written in the file (key of `channels` and of `buffer:`). */
  ref: string;
  service: Service;
  /** The resolved Buffer channel; absent offline (fork PRs, no API key). */
  channel?: Channel;
  rendered: RenderedPost;
}

export interface ValidateOptions {
  /** The current instant; injected so results do not depend on the clock. */
  now: Date;
  /** The post has not been created in Buffer yet (a `dueAt` in the past only matters then). */
  isNew: boolean;
  /** No Buffer access: channels are unresolved and limits are the generic ones. */
  offline?: boolean;
}

/** What every rule receives. */
export interface RuleContext {
  post: PostFile;
  targets: readonly ValidationTarget[];
  opts: ValidateOptions;
}
