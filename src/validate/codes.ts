/**
 * Stable machine codes of validation findings. Reports, annotations and tests
 * match on these, so they never change once shipped; the parser may emit the
 * same code (e.g. `due-at-required`) and validation then stays quiet about it.
 */
export const VALIDATION_CODES = {
  tooLong: 'too-long',
  tooManyHashtags: 'too-many-hashtags',
  tooManyLinks: 'too-many-links',
  titleTooLong: 'title-too-long',
  titleInvalid: 'title-invalid',
  mediaRequired: 'media-required',
  tooManyImages: 'too-many-images',
  tooManyVideos: 'too-many-videos',
  tooManyMedia: 'too-many-media',
  documentNotSupported: 'document-not-supported',
  mixedMedia: 'mixed-media',
  metadataRequired: 'metadata-required',
  metadataInvalid: 'metadata-invalid',
  metadataKeyUnknown: 'metadata-key-unknown',
  metadataUnused: 'metadata-unused',
  linkAttachmentWithAssets: 'link-attachment-with-assets',
  threadNotSupported: 'thread-not-supported',
  threadTextMismatch: 'thread-text-mismatch',
  emptyThreadItem: 'empty-thread-item',
  emptyPost: 'empty-post',
  assetVariant: 'asset-variant',
  assetUrlMissing: 'asset-url-missing',
  assetUrlNotHttps: 'asset-url-not-https',
  assetUrlRelative: 'asset-url-relative',
  assetUrlInvalid: 'asset-url-invalid',
  assetFieldMissing: 'asset-field-missing',
  videoThumbnailUrl: 'video-thumbnail-url',
  dueAtRequired: 'due-at-required',
  dueAtPast: 'due-at-past',
  offlinePartialCheck: 'offline-partial-check',
} as const;

export type ValidationCode = (typeof VALIDATION_CODES)[keyof typeof VALIDATION_CODES];
