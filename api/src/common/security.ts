import crypto from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Config } from '../config';

/**
 * Response headers for every answer: no sniffing, no framing, no referrer, a content security policy (the console's
 * only inline script is the runtime settings the server writes into index.html: allowed by its hash), isolation from
 * other origins, and HSTS when the product is served over HTTPS.
 */
export function securityHeaders(config: Config, consoleScript?: string) {
  const { api, console: forConsole } = securityHeaderValues(config, consoleScript);
  return (req: Request, res: Response, next: NextFunction) => {
    const headers = req.path.startsWith(config.graphqlPath) || req.path.startsWith(config.openDataPath) ? api : forConsole;
    for (const name in headers) res.setHeader(name, headers[name]);
    next();
  };
}

/** The headers above, for the API's answers and for the console's pages. */
export function securityHeaderValues(config: Config, consoleScript?: string): { api: Record<string, string>; console: Record<string, string> } {
  const scriptHash = consoleScript ? `'sha256-${crypto.createHash('sha256').update(consoleScript).digest('base64')}'` : '';
  // MUI (emotion) injects its styles at run time: styles need 'unsafe-inline'; scripts never do.
  const consolePolicy = [
    "default-src 'self'",
    `script-src 'self' ${scriptHash}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  const apiPolicy = "default-src 'none'; frame-ancestors 'none'";
  const hsts = config.hsts || config.publicUrl?.startsWith('https://');
  const common: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    ...(hsts ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
  return { api: { ...common, 'content-security-policy': apiPolicy }, console: { ...common, 'content-security-policy': consolePolicy } };
}

/** True when a browser's Origin is the server's own host (the console). */
export function isSameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * CORS for the GraphQL endpoint: the console is same-origin; other origins only when listed in CORS_ORIGINS. A request
 * from any other origin is refused outright (403), so a page elsewhere cannot even make a signed-in browser send one.
 */
export function cors(config: Config) {
  const allowed = new Set(config.corsOrigins);
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.header('origin');
    if (!origin) return next(); // not a browser, or a same-origin GET
    const sameOrigin = isSameOrigin(origin, req.header('host'));
    if (!sameOrigin && !allowed.has(origin)) {
      res.status(403).json({ errors: [{ message: `Origin ${origin} is not allowed (CORS_ORIGINS).`, extensions: { code: 'FORBIDDEN' } }] });
      return;
    }
    if (!sameOrigin) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('vary', 'Origin');
      res.setHeader('access-control-allow-headers', 'content-type, authorization, x-api-key, x-request-id, apollo-require-preflight');
      res.setHeader('access-control-allow-methods', 'POST, GET, OPTIONS');
      res.setHeader('access-control-max-age', '600');
      res.setHeader('access-control-expose-headers', 'x-request-id, retry-after');
    }
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    next();
  };
}

/**
 * A token bucket per key (an API key, an address): `perMinute` requests a minute on average, bursts up to that many.
 * In memory: each API instance counts for itself (docs/scaling.md says what changes with several).
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token; returns the seconds to wait when there is none (0 when allowed). */
  take(key: string): number {
    if (this.perMinute <= 0) return 0;
    const t = this.now();
    const b = this.buckets.get(key) ?? { tokens: this.perMinute, at: t };
    b.tokens = Math.min(this.perMinute, b.tokens + ((t - b.at) / 60_000) * this.perMinute);
    b.at = t;
    if (this.buckets.size > 100_000) this.buckets.clear(); // a flood of keys must not grow memory without bound
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - b.tokens) / this.perMinute) * 60);
  }
}

export const tooManyRequests = (what: string, retryAfter: number) =>
  new GraphQLError(`Too many ${what}: try again in ${retryAfter} s.`, { extensions: { code: 'TOO_MANY_REQUESTS', retryAfter, http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) } } });
