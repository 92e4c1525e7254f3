/** Structured logs to stderr (stdout is reserved for answers and --json), with secrets redacted. */
import pino, { type Logger } from 'pino';

export type { Logger };

/** Paths pino blanks out wherever they appear in a log object. */
export const REDACT_PATHS = [
  'token',
  '*.token',
  'botToken',
  '*.botToken',
  'appToken',
  '*.appToken',
  'signingSecret',
  '*.signingSecret',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'req.headers.authorization',
  'headers["x-slack-signature"]',
  '*.headers["x-slack-signature"]',
  'env.SLACK_BOT_TOKEN',
  'env.SLACK_SIGNING_SECRET',
  'env.SLACK_APP_TOKEN',
  'env.DISCORD_TOKEN',
  'env.SLACK_CLIENT_SECRET',
  'env.SLACK_STATE_SECRET',
  'env.DATABASE_URL',
  'clientSecret',
  '*.clientSecret',
  'stateSecret',
  '*.stateSecret',
  'password',
  '*.password',
  'connectionString',
  '*.connectionString',
];

/**
 * Slack tokens by their shape (`xoxb-…`, `xoxp-…`, `xapp-…`): with OAuth, tokens arrive from Slack and the
 * database, not from the environment, and the Web API client's debug lines quote whole responses.
 */
const SLACK_TOKEN = /\bx(?:ox[a-z]|app)-[A-Za-z0-9-]{6,}/g;

/**
 * Creates the process logger. Known secret values, and anything shaped like a Slack token, are also
 * scrubbed from every line's text, which catches a token that a library puts inside an error message or a
 * debug line, where key-based redaction cannot see it.
 */
export function createLogger(
  level: string,
  secrets: (string | undefined)[] = [],
  destination: pino.DestinationStream = pino.destination({ fd: 2, sync: true }),
): Logger {
  const values = secrets.filter((s): s is string => typeof s === 'string' && s.length >= 6);
  const stream: pino.DestinationStream = {
    write(line: string) {
      let safe = line;
      for (const v of values) safe = safe.split(v).join('[REDACTED]');
      destination.write(safe.replace(SLACK_TOKEN, '[REDACTED]'));
    },
  };
  return pino(
    { level, base: { app: 'newsdesk' }, redact: { paths: REDACT_PATHS, censor: '[REDACTED]' } },
    stream,
  );
}
