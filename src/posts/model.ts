/**
 * The in-memory shape of a post file (SPEC §2) and of every problem found in it.
 * Parsing (posts/), validation (validate/), planning (plan/) and reporting
 * (report/) all speak these types.
 */
import type { AssetInput, PostInputMetaData, SchedulingType, ShareMode } from '../buffer/types.js';

export type Severity = 'error' | 'warning' | 'notice';

/** A problem at a place in a file. Lines and columns are 1-based. */
export interface Finding {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  /** Stable machine code, e.g. `yaml-syntax`, `unknown-key`, `too-long`. */
  code: string;
  /** What is wrong and what to do about it. */
  message: string;
}

export interface SourcePosition {
  line: number;
  column: number;
}

/** A channel reference as the user wrote it: an ID, `service`, or `service:name`. */
export interface ChannelRefText {
  ref: string;
  position: SourcePosition;
}

/** One entry of the `buffer:` block the action writes back, keyed by channel reference. */
export interface TrackedPost {
  id: string;
  status?: string;
  dueAt?: string;
  sentAt?: string;
  link?: string;
  error?: string;
  [key: string]: unknown;
}

/** One item of a thread (a thematic break in the body starts the next one). */
export interface ThreadItem {
  /** Markdown source of this item. */
  markdown: string;
  /** Images found in this item's Markdown, as assets. */
  assets: AssetInput[];
  position: SourcePosition;
}

export interface PostFile {
  /** Repository-relative path with forward slashes, e.g. `posts/2026-12-01-launch.md`. */
  path: string;
  /** The raw text of the file, unchanged. */
  raw: string;
  channels: ChannelRefText[];
  /** As written; `customScheduled` when the file gives a `dueAt` and no `mode` (the user meant that date). */
  mode: ShareMode;
  /** `dueAt` exactly as written, and its resolved ISO instant (UTC, `Z`), if valid. */
  dueAt?: { raw: string; iso?: string; position: SourcePosition };
  schedulingType: SchedulingType;
  draft: boolean;
  /** Front-matter assets (seed object form already converted) followed by body images. */
  assets: AssetInput[];
  metadata?: PostInputMetaData;
  /** Body Markdown (after the front-matter), and the line it starts on. */
  body: string;
  bodyLine: number;
  /** One item for a plain post; several when the body has thematic breaks. */
  items: ThreadItem[];
  /** The `buffer:` block as read from the file (empty when untracked). */
  tracked: Record<string, TrackedPost>;
  /** Problems found while reading the file. An `error` means the post must not be sent. */
  findings: Finding[];
}

export interface IdeaFile {
  path: string;
  raw: string;
  title?: string;
  services: string[];
  date?: string;
  body: string;
  media: { url: string; alt?: string }[];
  tracked?: { id: string; [key: string]: unknown };
  findings: Finding[];
}

/** What one network receives for a post: the top-level text, and thread items where the service threads. */
export interface RenderedPost {
  /** Top-level `text` (for a thread: equal to the first item's text). */
  text: string;
  /** Top-level assets (front-matter assets plus the first item's body images). */
  assets: AssetInput[];
  /** Present only when the body has several items; every item with its own text and images. */
  thread?: { text: string; assets: AssetInput[]; position: SourcePosition }[];
}
