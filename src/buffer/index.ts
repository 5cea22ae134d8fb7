/** Public surface of the Buffer client for the rest of the product. */
export * from './client.js';
export * from './errors.js';
export type { RateLimitStatus, RateLimitWindowStatus } from './rate-limit.js';
export { parseRateLimitHeaders, parseRetryAfter } from './rate-limit.js';
export { MAX_ALIASES, DEFAULT_BATCH_SIZE } from './documents.js';
export type * from './types.js';
