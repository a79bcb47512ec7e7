import type { Logger } from './logger.ts';

/** The parts of `process` the bot hooks into; tests pass a stand-in. */
export interface ProcessHooks {
  on(event: 'SIGINT' | 'SIGTERM' | 'unhandledRejection' | 'uncaughtException', listener: (...args: unknown[]) => void): unknown;
  off(event: 'SIGINT' | 'SIGTERM' | 'unhandledRejection' | 'uncaughtException', listener: (...args: unknown[]) => void): unknown;
  exit(code: number): void;
}

/**
 * SIGINT/SIGTERM stop the bot and exit 0 (within 5 s even if stopping hangs); an unhandled
 * rejection or exception is logged and the bot keeps running. Returns a function that removes
 * the handlers again.
 */
export function installProcessHooks(hooks: ProcessHooks | null, logger: Logger, stop: () => Promise<void>): () => void {
  if (!hooks) return () => {};
  const onSignal = (...args: unknown[]) => {
    const signal = typeof args[0] === 'string' ? args[0] : 'signal';
    logger.info(`${signal} received, shutting down`);
    // A stuck destroy must not keep the process alive: exit after 5 s regardless.
    const timer = setTimeout(() => hooks.exit(0), 5_000);
    timer.unref();
    stop()
      .catch((error: unknown) => logger.error('error while shutting down', { error }))
      .finally(() => {
        clearTimeout(timer);
        hooks.exit(0);
      });
  };
  const onRejection = (...args: unknown[]) => logger.error('unhandled promise rejection (the bot keeps running)', { error: args[0] });
  const onException = (...args: unknown[]) => logger.error('uncaught exception (the bot keeps running)', { error: args[0] });
  hooks.on('SIGINT', onSignal);
  hooks.on('SIGTERM', onSignal);
  hooks.on('unhandledRejection', onRejection);
  hooks.on('uncaughtException', onException);
  return () => {
    hooks.off('SIGINT', onSignal);
    hooks.off('SIGTERM', onSignal);
    hooks.off('unhandledRejection', onRejection);
    hooks.off('uncaughtException', onException);
  };
}
