/**
 * The REST routes the bot uses, answered the way Discord answers them: the gateway URL, command
 * registration, interaction callbacks, webhook follow-ups, edits and deletes, and channel messages.
 * Anything else is a 404 (or 405 for a known path with another method).
 */
import {
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
  type APIApplicationCommand,
  type APIInteractionResponse,
  type APIMessage,
  type RESTGetAPIGatewayBotResult,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { FakeState } from './state.ts';
import type { RecordedFile } from './types.ts';
import { messageBodyOf, validateCommand, validateMessageBody } from './validation.ts';
import { apiError, formError, isRecord, type RouteResult } from './util.ts';

export interface RouteContext {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  files: RecordedFile[];
  params: Record<string, string>;
}

interface Route {
  methods: readonly string[];
  pattern: RegExp;
  /** Needs `Authorization: Bot <token>` (interaction callbacks and webhooks do not). */
  auth: boolean;
  handle: (ctx: RouteContext) => RouteResult;
}

export interface RouteSettings {
  token: string;
  gatewayUrl: string;
  callbackDeadlineMs: number | undefined;
  /** What GET /gateway/bot recommends: `shards`, and `max_concurrency` of the session start limit. */
  recommendedShards: number;
  maxConcurrency: number;
  /** IDENTIFYs so far, for `session_start_limit.remaining`. */
  identifies: () => number;
}

const RESPONSE_TYPES: readonly number[] = [
  InteractionResponseType.Pong,
  InteractionResponseType.ChannelMessageWithSource,
  InteractionResponseType.DeferredChannelMessageWithSource,
  InteractionResponseType.DeferredMessageUpdate,
  InteractionResponseType.UpdateMessage,
  InteractionResponseType.ApplicationCommandAutocompleteResult,
  InteractionResponseType.Modal,
  InteractionResponseType.PremiumRequired,
  InteractionResponseType.LaunchActivity,
];

export class Routes {
  private readonly routes: Route[];

  constructor(
    private readonly state: FakeState,
    private readonly settings: RouteSettings,
  ) {
    this.routes = this.table();
  }

  answer(method: string, path: string, query: URLSearchParams, body: unknown, files: RecordedFile[], authorization: string | undefined): RouteResult {
    let methodMismatch = false;
    for (const route of this.routes) {
      const m = route.pattern.exec(path);
      if (!m) continue;
      if (!route.methods.includes(method)) {
        methodMismatch = true;
        continue;
      }
      if (route.auth && authorization !== `Bot ${this.settings.token}`) return apiError(401, 0, '401: Unauthorized');
      const params: Record<string, string> = {};
      for (const [k, v] of Object.entries(m.groups ?? {})) if (v !== undefined) params[k] = v;
      return route.handle({ method, path, query, body, files, params });
    }
    return methodMismatch ? apiError(405, 0, '405: Method Not Allowed') : apiError(404, 0, '404: Not Found');
  }

  private table(): Route[] {
    const p = (ctx: RouteContext, name: string): string => {
      const v = ctx.params[name];
      if (v === undefined) throw new Error(`missing route param ${name}`);
      return v;
    };
    return [
      {
        methods: ['GET'],
        pattern: /^\/gateway\/bot$/,
        auth: true,
        handle: () => {
          const result: RESTGetAPIGatewayBotResult = {
            url: this.settings.gatewayUrl,
            shards: this.settings.recommendedShards,
            session_start_limit: { total: 1000, remaining: 1000 - this.settings.identifies(), reset_after: 86_400_000, max_concurrency: this.settings.maxConcurrency },
          };
          return { status: 200, body: result };
        },
      },
      {
        methods: ['GET', 'PUT'],
        pattern: /^\/applications\/(?<appId>[^/]+)(?:\/guilds\/(?<guildId>[^/]+))?\/commands$/,
        auth: true,
        handle: (ctx) => this.commands(ctx),
      },
      {
        methods: ['POST'],
        pattern: /^\/interactions\/(?<id>[^/]+)\/(?<token>[^/]+)\/callback$/,
        auth: false,
        handle: (ctx) => this.callback(ctx, p(ctx, 'id'), p(ctx, 'token')),
      },
      {
        methods: ['POST'],
        pattern: /^\/webhooks\/(?<appId>[^/]+)\/(?<token>[^/]+)$/,
        auth: false,
        handle: (ctx) => this.followup(ctx, p(ctx, 'appId'), p(ctx, 'token')),
      },
      {
        methods: ['PATCH', 'DELETE'],
        pattern: /^\/webhooks\/(?<appId>[^/]+)\/(?<token>[^/]+)\/messages\/(?<messageId>[^/]+)$/,
        auth: false,
        handle: (ctx) => this.webhookMessage(ctx, p(ctx, 'appId'), p(ctx, 'token'), p(ctx, 'messageId')),
      },
      {
        methods: ['POST'],
        pattern: /^\/channels\/(?<channelId>\d+)\/messages$/,
        auth: true,
        handle: (ctx) => this.channelMessage(ctx, p(ctx, 'channelId')),
      },
    ];
  }

  /** GET lists, PUT replaces the global or guild command set (keeping ids of commands that stay). */
  private commands(ctx: RouteContext): RouteResult {
    if (ctx.params['appId'] !== this.state.applicationId) return apiError(403, 50001, 'Missing Access');
    const guildId = ctx.params['guildId'];
    if (guildId !== undefined && !this.state.guilds.some((g) => g.guild.id === guildId)) return apiError(403, 50001, 'Missing Access');
    const key = guildId ?? 'global';
    const current = this.state.commands.get(key) ?? [];
    if (ctx.method === 'GET') return { status: 200, body: current };
    if (!Array.isArray(ctx.body)) return apiError(400, 50035, 'Invalid Form Body');
    if (ctx.body.length > 100) return formError('_errors', 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
    const next: APIApplicationCommand[] = [];
    for (const raw of ctx.body) {
      const err = validateCommand(raw);
      if (err) return err;
      const body = raw as RESTPostAPIApplicationCommandsJSONBody;
      const existing = current.find((c) => c.name === body.name && c.type === (body.type ?? ApplicationCommandType.ChatInput));
      next.push(this.state.toCommand(body, guildId, existing?.id));
    }
    this.state.commands.set(key, next);
    return { status: 200, body: next };
  }

  /** The interaction callback: once per interaction, within the deadline, of a type that fits it. */
  private callback(ctx: RouteContext, id: string, token: string): RouteResult {
    const entry = this.state.interactionById(id);
    if (!entry || entry.payload.token !== token || entry.expired) return apiError(404, 10062, 'Unknown interaction');
    const deadline = this.settings.callbackDeadlineMs;
    if (deadline !== undefined && Date.now() - entry.dispatchedAt > deadline) {
      entry.expired = true;
      return apiError(404, 10062, 'Unknown interaction');
    }
    if (entry.acknowledged) return apiError(400, 40060, 'Interaction has already been acknowledged.');
    if (!isRecord(ctx.body) || typeof ctx.body['type'] !== 'number') return formError('type', 'BASE_TYPE_REQUIRED', 'This field is required');
    const response = ctx.body as unknown as APIInteractionResponse;
    if (!RESPONSE_TYPES.includes(response.type)) return formError('type', 'BASE_TYPE_CHOICES', 'Value must be one of valid choices.');
    const isAutocomplete = entry.payload.type === InteractionType.ApplicationCommandAutocomplete;
    if (isAutocomplete !== (response.type === InteractionResponseType.ApplicationCommandAutocompleteResult)) {
      return apiError(400, 50035, 'Interaction response type is not valid for this interaction type');
    }

    let message: APIMessage | null = null;
    if (response.type === InteractionResponseType.ApplicationCommandAutocompleteResult) {
      const choices = response.data.choices ?? [];
      if (choices.length > 25) return formError('data.choices', 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
      for (const c of choices) {
        if (typeof c.name !== 'string' || c.name.length < 1 || c.name.length > 100) {
          return formError('data.choices.name', 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
        }
        if (typeof c.value === 'string' && c.value.length > 100) {
          return formError('data.choices.value', 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
        }
      }
    } else if (response.type === InteractionResponseType.ChannelMessageWithSource) {
      const data = messageBodyOf(response.data);
      const err = validateMessageBody(data, ctx.files.length);
      if (err) return err;
      message = this.state.createInteractionMessage(entry, data, ctx.files, false);
    } else if (response.type === InteractionResponseType.DeferredChannelMessageWithSource) {
      message = this.state.createInteractionMessage(entry, { flags: messageBodyOf(response.data).flags ?? 0 }, [], true);
    }
    entry.acknowledged = true;
    entry.callbackType = response.type;
    if (message) entry.originalMessageId = message.id;
    return { status: 204 };
  }

  private followup(ctx: RouteContext, appId: string, token: string): RouteResult {
    const entry = this.state.interactionByToken(token);
    if (appId !== this.state.applicationId || !entry || !entry.acknowledged) return apiError(404, 10015, 'Unknown Webhook');
    const data = messageBodyOf(ctx.body);
    const err = validateMessageBody(data, ctx.files.length);
    if (err) return err;
    const message = this.state.createInteractionMessage(entry, data, ctx.files, false);
    return ctx.query.get('wait') === 'true' ? { status: 200, body: message } : { status: 204 };
  }

  /** PATCH or DELETE `@original` or a follow-up of this interaction. */
  private webhookMessage(ctx: RouteContext, appId: string, token: string, messageId: string): RouteResult {
    const entry = this.state.interactionByToken(token);
    if (appId !== this.state.applicationId || !entry || !entry.acknowledged) return apiError(404, 10015, 'Unknown Webhook');
    const id = messageId === '@original' ? entry.originalMessageId : messageId;
    const msg = id ? this.state.messages.get(id) : undefined;
    if (!msg || msg.webhook_id !== this.state.applicationId || msg.interaction_metadata?.id !== entry.payload.id) {
      return apiError(404, 10008, 'Unknown Message');
    }
    if (ctx.method === 'DELETE') {
      this.state.messages.delete(msg.id);
      return { status: 204 };
    }
    const data = messageBodyOf(ctx.body);
    const err = validateMessageBody(data, ctx.files.length, true);
    if (err) return err;
    const updated = this.state.editMessage(msg, data, ctx.files);
    return updated ? { status: 200, body: updated } : apiError(400, 50006, 'Cannot send an empty message');
  }

  private channelMessage(ctx: RouteContext, channelId: string): RouteResult {
    if (!this.state.guildOfChannel(channelId)) return apiError(404, 10003, 'Unknown Channel');
    const data = messageBodyOf(ctx.body);
    const err = validateMessageBody(data, ctx.files.length);
    if (err) return err;
    return { status: 200, body: this.state.createChannelMessage(channelId, data, ctx.files) };
  }
}
