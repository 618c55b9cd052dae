import { Client } from 'pg';
import type { Logger } from 'pino';
import type { Viewer } from '../../common/context';

/** The channel the triggers on session, app_user and api_key notify (see the viewer-cache migration). */
export const VIEWER_CHANNEL = 'registry_viewers';

/**
 * Who a credential belongs to, remembered for a few seconds so that a request costs no lookup of its own. Correct
 * because it is emptied on every change: any update or delete of a session, an account or an API key notifies
 * VIEWER_CHANNEL (triggers, whatever made the change, on any instance), and this process also empties it itself before
 * answering a mutation of accounts. While the notifications cannot be heard (connection lost), it is off.
 */
export class ViewerCache {
  private readonly entries = new Map<string, { viewer: Viewer; validUntil: number }>();
  /** Bumped by every clear: a lookup that began before a clear must not store what it read. */
  private generation = 0;
  private listening = false;

  constructor(
    private readonly ttlMs: number,
    private readonly max = 10_000,
  ) {}

  get enabled(): boolean {
    return this.listening && this.ttlMs > 0;
  }

  /** The generation a lookup starts in, to hand back to `set`. */
  begin(): number {
    return this.generation;
  }

  get(key: string): Viewer | undefined {
    if (!this.enabled) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (Date.now() >= entry.validUntil) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.viewer;
  }

  /** Remembers a viewer until `expiresAt` at the latest (a session's or key's own expiry). */
  set(key: string, viewer: Viewer, generation: number, expiresAt: Date | null | undefined): void {
    if (!this.enabled || generation !== this.generation) return;
    const validUntil = Math.min(Date.now() + this.ttlMs, expiresAt ? new Date(expiresAt).getTime() : Infinity);
    if (!Number.isFinite(validUntil)) return; // an expiry we cannot read is never trusted
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { viewer, validUntil });
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  setListening(on: boolean): void {
    this.clear();
    this.listening = on;
  }
}

/** Mutations of accounts, sessions and keys (by the root field's name): this instance forgets every viewer after them. */
export const ACCOUNT_MUTATION = /^(session|password|user|apiKey)/;

/**
 * LISTENs on VIEWER_CHANNEL over a connection of its own and clears the cache on each notification; reconnects with
 * a back-off when the connection drops, keeping the cache off meanwhile.
 */
export function listenForViewerChanges(url: string, cache: ViewerCache, logger: Logger): { stop(): Promise<void> } {
  let client: Client | undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let delay = 500;

  const connect = async () => {
    if (stopped) return;
    const c = new Client({ connectionString: url });
    client = c;
    const lost = (reason: string) => {
      if (client !== c) return;
      client = undefined;
      cache.setListening(false);
      c.end().catch(() => undefined); // its listeners stay: a late error is still handled (and ignored) above
      if (!stopped) {
        logger.warn({ reason, retryMs: delay }, 'viewer cache off: change notifications lost');
        timer = setTimeout(connect, delay);
        timer.unref();
        delay = Math.min(delay * 2, 10_000);
      }
    };
    c.on('error', (error) => lost(error.message));
    c.on('end', () => lost('connection closed'));
    c.on('notification', () => cache.clear());
    try {
      await c.connect();
      await c.query(`listen ${VIEWER_CHANNEL}`);
      if (client !== c) return;
      delay = 500;
      cache.setListening(true);
    } catch (error) {
      lost((error as Error).message);
    }
  };
  void connect();

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      cache.setListening(false);
      const c = client;
      client = undefined;
      await c?.end().catch(() => undefined);
    },
  };
}
