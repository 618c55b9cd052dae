import pino from 'pino';

export function createLogger(level = 'info') {
  return pino({
    level,
    base: { service: 'registry-api' },
    redact: { paths: ['req.headers.authorization', 'req.headers["x-api-key"]', '*.password', '*.token', '*.secret'], censor: '[redacted]' },
  });
}
export type { Logger } from 'pino';
