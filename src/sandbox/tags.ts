/**
 * Buffer's `TagComparator` (reference): results with any of the tags in `in`
 * (OR), or, with `isEmpty`, results that have no tags; both may be combined.
 * One reading for every filter that takes it: posts, ideas and
 * aggregatedPostMetrics.
 */
export interface TagComparator {
  in: readonly string[];
  isEmpty?: boolean | null;
}

export function matchesTags(tagIds: readonly string[], tags: TagComparator | null | undefined): boolean {
  if (!tags) return true;
  return tagIds.some((t) => tags.in.includes(t)) || (tags.isEmpty === true && tagIds.length === 0);
}
