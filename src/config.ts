/**
 * The environment, checked once at start. Every bad value is named on its own line, so a
 * misconfigured deployment says exactly what to fix; the token itself is never echoed.
 */
import { z } from 'zod';
import { Cron } from 'croner';
import { ReportbotError } from './core/errors.ts';
import { DEFAULT_DB } from './index/index.ts';

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const empty = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const url = (what: string) =>
  z.preprocess(
    empty,
    z
      .string()
      .url(`${what} must be a URL such as https://example.org`)
      .refine((u) => /^https?:\/\//.test(u), `${what} must start with http:// or https://`)
      .optional(),
  );

function validCron(pattern: string): boolean {
  try {
    new Cron(pattern, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
}

function validZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const Schema = z.object({
  TELEGRAM_BOT_TOKEN: z.preprocess(
    empty,
    z.string().regex(/^\d+:[\w-]{20,}$/, 'TELEGRAM_BOT_TOKEN does not look like a token from @BotFather (digits:letters)').optional(),
  ),
  TELEGRAM_API_ROOT: url('TELEGRAM_API_ROOT'),
  WEBHOOK_URL: url('WEBHOOK_URL').refine((u) => u === undefined || u.startsWith('https://') || /^http:\/\/(127\.0\.0\.1|localhost)/.test(u), 'WEBHOOK_URL must be https:// (Telegram calls only https webhooks)'),
  PORT: z.preprocess(empty, z.coerce.number({ message: 'PORT must be a port number 1–65535' }).int('PORT must be a port number 1–65535').min(1, 'PORT must be a port number 1–65535').max(65535, 'PORT must be a port number 1–65535').default(8080)),
  ADMIN_IDS: z.preprocess(
    empty,
    z
      .string()
      .regex(/^\s*-?\d+(\s*,\s*-?\d+)*\s*$/, 'ADMIN_IDS must be Telegram user ids separated by commas, e.g. 12345,67890')
      .default('')
      .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean).map(Number)),
  ),
  REPORTBOT_DB: z.preprocess(empty, z.string().default(DEFAULT_DB)),
  DIGEST_CRON: z.preprocess(empty, z.string().default('0 9 * * 1').refine(validCron, 'DIGEST_CRON is not a cron pattern (e.g. "0 9 * * 1" = Monday 09:00)')),
  TZ: z.preprocess(empty, z.string().default('Asia/Shanghai').refine(validZone, 'TZ is not a time zone name (e.g. Asia/Shanghai)')),
  INBOX_DIR: z.preprocess(empty, z.string().default('data/inbox')),
  DATA_DIR: z.preprocess(empty, z.string().default('data')),
  LOG_LEVEL: z.preprocess(empty, z.enum(LEVELS, { message: `LOG_LEVEL must be one of ${LEVELS.join(', ')}` }).default('info')),
  // An optional chat model for questions the rules cannot read: any OpenAI-compatible endpoint
  // (DeepSeek https://api.deepseek.com, Qwen/DashScope …/compatible-mode/v1, a local Ollama
  // http://127.0.0.1:11434/v1). It only turns a question into a query; it never supplies a number.
  LLM_MODEL: z.preprocess(empty, z.string().optional()),
  LLM_BASE_URL: url('LLM_BASE_URL'),
  LLM_API_KEY: z.preprocess(empty, z.string().optional()),
  RATE_LIMIT_PER_MINUTE: z.preprocess(empty, z.coerce.number({ message: 'RATE_LIMIT_PER_MINUTE must be a whole number' }).int('RATE_LIMIT_PER_MINUTE must be a whole number').min(1, 'RATE_LIMIT_PER_MINUTE must be at least 1').default(20)),
});

export type Config = z.infer<typeof Schema>;

/** The config from an environment, or one BAD_CONFIG error whose message has one line per bad value. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  return check(Schema, env);
}

const ModelSchema = Schema.pick({ LLM_MODEL: true, LLM_BASE_URL: true, LLM_API_KEY: true });

/** Only the chat-model settings, for commands that need nothing else from the environment. */
export function loadModelConfig(env: NodeJS.ProcessEnv): z.infer<typeof ModelSchema> {
  return check(ModelSchema, env);
}

function check<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv): z.infer<S> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  // one line per variable: its first complaint is the one to fix
  const byName = new Map<string, string>();
  for (const i of parsed.error.issues) {
    const name = String(i.path[0] ?? 'config');
    if (!byName.has(name)) byName.set(name, i.message.startsWith(name) ? i.message : `${name}: ${i.message}`);
  }
  throw new ReportbotError('BAD_CONFIG', [...byName.values()].join('\n'), { variables: [...byName.keys()] });
}
