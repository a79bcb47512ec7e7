import { PermissionFlagsBits, type APIInteractionGuildMember, type GuildMember, type Interaction } from 'discord.js';

export type ModeratorCheck = { ok: true } | { ok: false; reason: string };

export interface MemberFacts {
  /** Whether the command was used in a server at all. */
  inGuild: boolean;
  /** The member's permissions in the channel, as Discord sent them with the interaction. */
  permissions: bigint | null;
  roleIds: readonly string[];
}

/**
 * Who may run moderator commands: the Manage Server permission, and — when MODERATOR_ROLE_ID is
 * set — that role too. Checked on the server side even though the command's default permissions
 * already hide it, because server admins can override command permissions per role or channel.
 */
export function checkModerator(member: MemberFacts, moderatorRoleId: string | null): ModeratorCheck {
  if (!member.inGuild) return { ok: false, reason: 'This command only works in a server, not in direct messages.' };
  if (member.permissions === null || (member.permissions & PermissionFlagsBits.ManageGuild) !== PermissionFlagsBits.ManageGuild) {
    return { ok: false, reason: 'Only moderators (members with the Manage Server permission) can use this command.' };
  }
  if (moderatorRoleId !== null && !member.roleIds.includes(moderatorRoleId)) {
    return { ok: false, reason: 'Only members with the moderator role can use this command.' };
  }
  return { ok: true };
}

/** The facts `checkModerator` needs, read from an interaction (cached member or raw API member). */
export function memberFacts(interaction: Interaction): MemberFacts {
  if (!interaction.inGuild()) return { inGuild: false, permissions: null, roleIds: [] };
  return {
    inGuild: true,
    permissions: interaction.memberPermissions?.bitfield ?? null,
    roleIds: roleIdsOf(interaction.member),
  };
}

function roleIdsOf(member: GuildMember | APIInteractionGuildMember | null): string[] {
  if (!member) return [];
  const roles = member.roles;
  return Array.isArray(roles) ? [...roles] : [...roles.cache.keys()];
}
