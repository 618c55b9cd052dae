import crypto from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Logger } from 'pino';
import type { QueryFastPath } from './query-fast-path';
import { isSameOrigin } from './security';

/** What the lane puts on a request, like the Express route: the request id and its logger. */
export interface LaneRequest extends IncomingMessage {
  id: string;
  log: Logger;
}

export interface LaneOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  path: string;
  /** The body limit of the Express route (bytes): larger bodies go there and get its 413. */
  limitBytes: number;
  /** Security headers of the API's answers, plus cache-control. */
  headers: Record<string, string>;
  logger: Logger;
  context(req: LaneRequest): Promise<C>;
  /** Repeated queries answered without Apollo's pipeline (query-fast-path.ts). */
  fast?: QueryFastPath<C>;
}

const JSON_TYPE = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;
const REQUEST_ID = /^[\w-]{1,64}$/;

/** The id a client sent (when it is safe to log and echo), else a new one. */
export function requestIdOf(header: string | string[] | undefined): string {
  const incoming = Array.isArray(header) ? header[0] : header;
  return incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
}

/**
 * The hot path of the API: a POST of JSON to the GraphQL endpoint goes straight to Apollo, without Express's router,
 * body parser and response helpers, which cost about as much CPU as a list's whole query. It answers with the same
 * headers, limits and errors as the Express route, which still takes every other request (GET, other content types
 * or encodings, bodies without a length or over the limit, other origins, OPTIONS). Returns false when it does not
 * take the request.
 */
export function graphqlLane<C extends BaseContext>(options: LaneOptions<C>): (req: IncomingMessage, res: ServerResponse) => boolean {
  const { apollo, path, limitBytes, logger } = options;
  return (req, res) => {
    if (req.method !== 'POST' || req.url !== path) return false;
    const type = req.headers['content-type'];
    if (!type || !JSON_TYPE.test(type) || req.headers['content-encoding'] || req.headers['transfer-encoding']) return false;
    const length = Number(req.headers['content-length']);
    if (!(length > 0 && length <= limitBytes)) return false;
    const origin = req.headers.origin;
    if (origin && !isSameOrigin(origin, req.headers.host)) return false;

    const lane = req as LaneRequest;
    lane.id = requestIdOf(req.headers['x-request-id']);
    lane.log = logger.child({ requestId: lane.id });
    if (lane.log.isLevelEnabled('info')) {
      const started = process.hrtime.bigint();
      res.on('finish', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        lane.log.info({ method: req.method, url: req.url, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
      });
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      answer(lane, res, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).catch((error: unknown) => {
        lane.log.error({ err: error }, 'unhandled error');
        send(res, 500, options.headers, lane.id, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      });
    });
    req.on('error', () => res.destroy());
    return true;
  };

  async function answer(req: LaneRequest, res: ServerResponse, raw: Buffer): Promise<void> {
    // PostgreSQL cannot store a NUL character in text: refused at the door, like the Express route does.
    if (raw.includes(0) || raw.includes('\\u0000')) return badRequest(req, res, 'Text may not contain NUL characters (\\u0000).');
    const text = raw.toString('utf8');
    const first = /\S/.exec(text)?.[0];
    let body: unknown;
    try {
      if (first !== '{' && first !== '[') throw new SyntaxError(`Unexpected token ${first ?? 'end'} in JSON at position 0`);
      body = JSON.parse(text);
    } catch (error) {
      return badRequest(req, res, (error as Error).message);
    }
    const fast = await options.fast?.answer(body, req.headers, () => options.context(req));
    if (fast) return complete(req, res, fast.status, fast.headers, fast.body);
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers: headerMap(req.headers), search: '', body },
      context: () => options.context(req),
    });
    if (response.body.kind === 'complete') return complete(req, res, response.status ?? 200, response.headers, response.body.string);
    res.writeHead(response.status ?? 200, responseHeaders(req, response.headers));
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  function responseHeaders(req: LaneRequest, headers: HeaderMap): Record<string, string> {
    const out: Record<string, string> = { ...options.headers, 'x-request-id': req.id };
    for (const [name, value] of headers) out[name] = value;
    return out;
  }

  function complete(req: LaneRequest, res: ServerResponse, status: number, headers: HeaderMap, body: string): void {
    const out = responseHeaders(req, headers);
    out['content-length'] = String(Buffer.byteLength(body));
    res.writeHead(status, out);
    res.end(body);
  }

  function badRequest(req: LaneRequest, res: ServerResponse, message: string): void {
    send(res, 400, options.headers, req.id, { errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  }
}

/** Node's request headers as Apollo's map (repeated headers joined). */
export function headerMap(headers: IncomingHttpHeaders): HeaderMap {
  const map = new HeaderMap();
  for (const name in headers) {
    const value = headers[name];
    if (value !== undefined) map.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return map;
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, id: string, body: unknown): void {
  if (res.headersSent) return void res.destroy();
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'x-request-id': id, 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) });
  res.end(text);
}

const isLoopback = (address: string) => /^127\./.test(address) || /^::ffff:127\./i.test(address) || address === '::1';

/**
 * The client's address as Express reports it with `trust proxy` set to loopback: X-Forwarded-For is believed only
 * through proxies on this machine (read from the right, up to the first address that is not one).
 */
export function clientAddress(req: IncomingMessage): string | undefined {
  const socket = req.socket.remoteAddress;
  if (!socket) return undefined;
  const header = req.headers['x-forwarded-for'];
  const forwarded = typeof header === 'string' ? header.split(',').map((a) => a.trim()).filter(Boolean).reverse() : [];
  const chain = [socket, ...forwarded];
  for (let i = 0; i < chain.length - 1; i++) if (!isLoopback(chain[i])) return chain[i];
  return chain[chain.length - 1];
}
