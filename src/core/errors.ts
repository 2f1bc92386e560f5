/** Codes that an edge (command line, bot) turns into one clear line for the user. */
export type ErrorCode =
  | 'FILE_NOT_FOUND'
  | 'FILE_UNREADABLE'
  | 'EMPTY_FILE'
  | 'BINARY_FILE'
  | 'UNSUPPORTED_FORMAT'
  | 'NOT_A_REPORT'
  | 'BAD_USAGE'
  | 'BAD_CONFIG'
  | 'DB_ERROR';

export class ReportbotError extends Error {
  override readonly name = 'ReportbotError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly context: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The one line a user sees for any error: a known one as it is, anything else without its stack. */
export function errorLine(err: unknown): string {
  if (err instanceof ReportbotError) return err.message;
  if (err instanceof Error) return `unexpected error: ${err.message.split('\n')[0]}`;
  return `unexpected error: ${String(err)}`;
}
