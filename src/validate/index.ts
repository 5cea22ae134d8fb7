/** Public surface of validation: rules, length counting and the limits table. */
export { validatePost, type ValidateOptions, type ValidationTarget } from './rules.js';
export {
  countLength,
  weightedLengthX,
  graphemeLength,
  mastodonLength,
  threadsLength,
  characterLength,
  byteLength,
  type LengthCount,
  type LengthUnit,
} from './length.js';
export { NETWORK_LIMITS, MASTODON_DEFAULT_LIMIT, type NetworkRules, type MediaRequirement } from './network-limits.js';
export { VALIDATION_CODES, type ValidationCode } from './codes.js';
export { validateIdeaFile, isIdeaPath, type IdeaValidateOptions } from './idea-file.js';
