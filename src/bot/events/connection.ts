import { Events, WebSocketShardEvents, type Client } from 'discord.js';
import type { Logger } from '../logger.ts';

/** Client and gateway events, logged: discord.js reconnects by itself; these make each drop visible. */
export function onConnectionEvents(client: Client, logger: Logger): void {
  client.on(Events.Error, (error) => logger.error('client error', { error }));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.ShardError, (error, shardId) => logger.error('gateway error', { shard: shardId, error }));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn('gateway disconnected', { shard: shardId, code: event.code }));
  client.on(Events.ShardReconnecting, (shardId) => logger.info('gateway reconnecting', { shard: shardId }));
  client.on(Events.ShardResume, (shardId, replayed) => logger.info('gateway resumed', { shard: shardId, replayed }));
  client.on(Events.ShardReady, (shardId) => logger.info('gateway session started', { shard: shardId }));
  if (logger.enabled('debug')) client.on(Events.Debug, (message) => logger.debug(message));
}

/** Close codes of the gateway connection (attached once the shards exist, after login). */
export function onShardClose(client: Client, logger: Logger, stopping: () => boolean): void {
  for (const shard of client.ws.shards.values()) {
    shard.on(WebSocketShardEvents.Close, (event) => {
      if (stopping()) logger.info('gateway connection closed', { shard: shard.id, code: event.code });
      else logger.warn('gateway connection closed', { shard: shard.id, code: event.code });
    });
  }
}
