import type { Client } from 'discord.js';
import type { Logger } from '../logger.ts';

/**
 * @discordjs/rest waits out a 429 and retries a 5xx (3 times) silently; these make both visible.
 * `route` is the generalised route: interaction and webhook tokens never reach the log.
 */
export function onRestEvents(client: Client, logger: Logger): void {
  client.rest.on('rateLimited', (info) => logger.warn('rate limited', { route: info.route, retryAfterMs: info.retryAfter, global: info.global }));
  client.rest.on('response', (request, response) => {
    if (response.status === 429) {
      logger.warn('Discord answered 429 (rate limited); retrying after the wait it asked for', {
        method: request.method,
        route: request.route,
        retryAfter: response.headers.get('retry-after'),
      });
    } else if (response.status >= 500) {
      logger.warn(`Discord answered ${response.status}`, { method: request.method, route: request.route, attempt: request.retries + 1 });
    }
  });
}
