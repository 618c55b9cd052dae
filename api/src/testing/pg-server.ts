import { createLogger } from '../common/logger';
import { startEmbeddedPostgres } from '../db/embedded';

/**
 * A PostgreSQL a test can stop and start again: `node dist/api/testing/pg-server.js <dataDir> <port>` prints one JSON
 * line with its admin URL once ready, and stops the server cleanly on SIGTERM.
 */
async function main() {
  const [dataDir, port] = process.argv.slice(2);
  const pg = await startEmbeddedPostgres({ dataDir, port: Number(port), logger: createLogger('warn') });
  process.stdout.write(JSON.stringify({ url: pg.url('postgres') }) + '\n');
  const stop = () => void pg.stop().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
main().catch((error) => {
  process.stderr.write(String(error?.message ?? error) + '\n');
  process.exit(1);
});
