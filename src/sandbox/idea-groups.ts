/**
 * Idea groups, the folders of the ideas board: `ideaGroups` lists an
 * organization's groups, and `createIdea`'s `group: {groupId, placeAfterId}`
 * places an idea in one. Buffer's public API has no mutation that creates or
 * renames a group, so groups come from the seed (`ideaGroups` in a seed file).
 */
import type { OperationContext } from './operations.js';
import { visibleOrganization } from './visibility.js';

type Obj = Record<string, unknown>;

/** The organization's groups, in the seed's (the board's) order. */
export function ideaGroups(ctx: OperationContext, input: { organizationId: string }): Obj[] {
  visibleOrganization(ctx, input.organizationId);
  return [...ctx.store.ideaGroups.values()]
    .filter((g) => g.organizationId === input.organizationId)
    .map((g) => ({ id: g.id, name: g.name, isLocked: g.isLocked }));
}

interface IdeaPlacement {
  groupId: string | null;
  position: number;
}

/**
 * Where a new idea lands, or the InvalidInputError message. The reference's
 * IdeaGroupInput: `groupId` null = the unassigned group, `placeAfterId` null =
 * the top. Positions are floats ("numerical position for ordering within a
 * group"): a placement between two ideas takes the midpoint, so no other idea
 * is renumbered. Without `group` the idea goes to the bottom of the
 * unassigned ideas, as before groups existed.
 */
export function placeIdea(
  ctx: OperationContext,
  organizationId: string,
  group: { groupId?: string | null; placeAfterId?: string | null } | null | undefined,
): IdeaPlacement | string {
  const groupId = group?.groupId ?? null;
  if (groupId !== null) {
    const g = ctx.store.ideaGroups.get(groupId);
    if (!g || g.organizationId !== organizationId)
      return `Idea group ${groupId} not found in organization ${organizationId}`;
    if (g.isLocked) return `Idea group ${g.name} is locked; your plan does not include it`;
  }
  const members = [...ctx.store.ideas.values()]
    .filter((i) => i.organizationId === organizationId && i.groupId === groupId)
    .sort((a, b) => a.position - b.position);
  if (!group) return { groupId, position: members.length === 0 ? 0 : members[members.length - 1]!.position + 1 };
  const afterId = group.placeAfterId ?? null;
  if (afterId === null) return { groupId, position: members.length === 0 ? 0 : members[0]!.position - 1 };
  const at = members.findIndex((i) => i.id === afterId);
  if (at === -1)
    return groupId === null
      ? `Idea ${afterId} is not an unassigned idea of organization ${organizationId}`
      : `Idea ${afterId} is not in idea group ${groupId}`;
  const after = members[at]!.position;
  const next = members[at + 1]?.position;
  return { groupId, position: next === undefined ? after + 1 : (after + next) / 2 };
}
