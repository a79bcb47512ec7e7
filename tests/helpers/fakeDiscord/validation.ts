/** Discord's checks on what the bot sends: message bodies and application command definitions. */
import { ApplicationCommandType, type APIEmbed, type APIMessage } from 'discord.js';
import { apiError, formError, isRecord, type RouteResult } from './util.ts';

const MAX_CONTENT_LENGTH = 2000;
const COMMAND_NAME_RE = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** The fields of a message create or edit body the fake looks at. */
export interface MessageBody {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIMessage['components'];
  flags?: number;
  tts?: boolean;
  allowed_mentions?: unknown;
  message_reference?: { message_id?: string; channel_id?: string; guild_id?: string };
  attachments?: Array<{ id?: string | number; filename?: string; description?: string }>;
  sticker_ids?: string[];
  poll?: unknown;
}

export function messageBodyOf(body: unknown): MessageBody {
  return isRecord(body) ? body : {};
}

function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Content over 2000 code points, over 10 embeds, long embed parts, or (on create) an empty message. */
export function validateMessageBody(data: MessageBody, fileCount: number, isEdit = false): RouteResult | null {
  if (data.content !== undefined && data.content !== null) {
    if (typeof data.content !== 'string') return formError('content', 'STRING_TYPE_CONVERT', 'Could not interpret as string.');
    if (codePointLength(data.content) > MAX_CONTENT_LENGTH) {
      return formError('content', 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_CONTENT_LENGTH} or fewer in length.`);
    }
  }
  if (data.embeds && data.embeds.length > 10) return formError('embeds', 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
  for (const embed of data.embeds ?? []) {
    if ((embed.description?.length ?? 0) > 4096) {
      return formError('embeds.description', 'BASE_TYPE_MAX_LENGTH', 'Must be 4096 or fewer in length.');
    }
    if ((embed.title?.length ?? 0) > 256) return formError('embeds.title', 'BASE_TYPE_MAX_LENGTH', 'Must be 256 or fewer in length.');
  }
  if (isEdit) return null;
  const hasContent = typeof data.content === 'string' && data.content.length > 0;
  const hasOther = (data.embeds?.length ?? 0) > 0 || (data.components?.length ?? 0) > 0 || (data.sticker_ids?.length ?? 0) > 0 || data.poll !== undefined || fileCount > 0;
  if (!hasContent && !hasOther) return apiError(400, 50006, 'Cannot send an empty message');
  return null;
}

/** Names, descriptions, option and choice counts of one application command. */
export function validateCommand(raw: unknown): RouteResult | null {
  if (!isRecord(raw)) return apiError(400, 50035, 'Invalid Form Body');
  const type = raw['type'] ?? ApplicationCommandType.ChatInput;
  const name = raw['name'];
  if (typeof name !== 'string' || name.length === 0) return formError('name', 'BASE_TYPE_REQUIRED', 'This field is required');
  if (type !== ApplicationCommandType.ChatInput) {
    return name.length > 32 ? formError('name', 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 32 in length.') : null;
  }
  if (!COMMAND_NAME_RE.test(name) || name !== name.toLowerCase()) {
    return formError('name', 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
  }
  const description = raw['description'];
  if (typeof description !== 'string' || description.length < 1 || description.length > 100) {
    return formError('description', 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
  }
  const options = raw['options'];
  if (options === undefined) return null;
  if (!Array.isArray(options) || options.length > 25) return formError('options', 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  for (const opt of options) {
    if (!isRecord(opt) || typeof opt['name'] !== 'string' || !COMMAND_NAME_RE.test(opt['name'])) {
      return formError('options.name', 'APPLICATION_COMMAND_INVALID_NAME', 'Option name is invalid');
    }
    const d = opt['description'];
    if (typeof d !== 'string' || d.length < 1 || d.length > 100) {
      return formError('options.description', 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    }
    const choices = opt['choices'];
    if (Array.isArray(choices) && choices.length > 25) return formError('options.choices', 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  }
  return null;
}
