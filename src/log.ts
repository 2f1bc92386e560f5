/** Structured logs on stderr; the bot token is cut out of every line, whatever carries it. */
import { pino, type Logger } from 'pino';

export function createLogger(level: string, secret?: string): Logger {
  const scrub = (s: string): string => (secret ? s.split(secret).join('[token]') : s);
  return pino(
    {
      level,
      base: undefined,
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? scrub(a) : a)) as Parameters<typeof method>);
        },
      },
      formatters: {
        log: (obj) => (secret ? (JSON.parse(scrub(JSON.stringify(obj))) as Record<string, unknown>) : obj),
      },
    },
    pino.destination({ fd: 2, sync: true }),
  );
}
