/**
 * The keys of `buffer-gitops.yml` (SPEC §5, "Settings file") as data: name,
 * the kind of value, the accepted values of an enum and what the key means.
 * settings-file.ts takes its key list and list-valued keys from here,
 * settings.ts its enums, and scripts/schemas.ts writes
 * schemas/settings.schema.json from the same definitions, so an editor and
 * the action cannot disagree about what the file may say. How each value is
 * checked (time zones, branch patterns, folders) stays in settings.ts.
 */

export const DRIFT_POLICIES = ['report', 'restore'] as const;
export type DriftPolicy = (typeof DRIFT_POLICIES)[number];

/** The texts a boolean setting takes: YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them. */
export const TRUE_TEXTS = ['true', 'True', 'TRUE'] as const;
export const FALSE_TEXTS = ['false', 'False', 'FALSE'] as const;

export type SettingType =
  /** Any single value, used as text. */
  | { kind: 'text' }
  /** An IANA time zone name (checked against the runtime's zone database). */
  | { kind: 'time-zone' }
  /** A folder inside the repository, relative to its top folder. */
  | { kind: 'folder' }
  /** Branch names or patterns: one, or a list. */
  | { kind: 'branches' }
  /** `true` or `false`. */
  | { kind: 'boolean' }
  /** A number of seconds, 0 or more. */
  | { kind: 'seconds' }
  | { kind: 'enum'; values: readonly string[] }
  /** An http(s) URL. */
  | { kind: 'url' };

export interface SettingDef {
  type: SettingType;
  /** What the key means and its default (editor hover text). */
  description: string;
}

export const SETTINGS_FILE_FIELDS = {
  timezone: {
    type: { kind: 'time-zone' },
    description: 'IANA time zone (e.g. Europe/Berlin) for dueAt values and idea dates written without a UTC offset.',
  },
  'posts-dir': {
    type: { kind: 'folder' },
    description: 'Folder of post files (Markdown with front-matter), searched recursively for *.md. Default: posts.',
  },
  'ideas-dir': {
    type: { kind: 'folder' },
    description: "Folder of idea files, one entry on Buffer's ideas board each. Default: ideas.",
  },
  'organization-id': {
    type: { kind: 'text' },
    description: 'Buffer organization ID. Needed only when the account has several organizations.',
  },
  branches: {
    type: { kind: 'branches' },
    description:
      "Branches where apply and sync may change Buffer or push: a name or pattern, or a list (`*` stays within one `/` segment, `**` crosses them, a leading `!` excludes). Default: the repository's default branch.",
  },
  'delete-sent': {
    type: { kind: 'boolean' },
    description: 'Also delete posts Buffer has already sent when their file is removed. Default: false.',
  },
  'on-drift': {
    type: { kind: 'enum', values: DRIFT_POLICIES },
    description:
      "What sync does when a post was changed or removed in Buffer's app: report, or restore (make Buffer match the file again). Default: report.",
  },
  'max-wait': {
    type: { kind: 'seconds' },
    description:
      'Longest wait, in seconds, for a single Buffer rate-limit Retry-After before the run stops cleanly. Default: 300.',
  },
  'metrics-file': {
    type: { kind: 'text' },
    description:
      "Where sync writes post metrics (a CSV, one row per post file and channel), relative to the repository's top folder; none turns metrics off. Default: metrics.csv in the posts folder.",
  },
  'api-url': {
    type: { kind: 'url' },
    description:
      'Buffer API endpoint (a proxy, or the buffer-gitops sandbox). The BUFFER_API_URL environment variable wins over it. Default: https://api.buffer.com.',
  },
} as const satisfies Record<string, SettingDef>;

export type SettingsFileKey = keyof typeof SETTINGS_FILE_FIELDS;
export const SETTINGS_FILE_KEYS = Object.keys(SETTINGS_FILE_FIELDS) as readonly SettingsFileKey[];
