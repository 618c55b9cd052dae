// PostGraphile 4 over the product's database, the bench's peer, forked by dist/api/bench/run.js. The same IPC as the
// floor's: {type:'start', databaseUrl, poolSize} → {type:'ready', port}; {type:'stats'} → {type:'stats', statements,
// peakRssMb} (peak since the previous stats).
import http from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';

// Every statement PostGraphile sends goes through Client#query: count them.
let statements = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function counted(...args) {
  statements++;
  return query.apply(this, args);
};
let peak = process.memoryUsage().rss;
setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50).unref();

async function start({ databaseUrl, poolSize }) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  pool.on('error', () => undefined);
  // Production settings (https://www.graphile.org/postgraphile/usage-library/): no GraphiQL, no query log, no
  // watch; the tables of `public` and the bench's functions of `bench_peer`; connections and lists both available.
  const middleware = postgraphile(pool, ['public', 'bench_peer'], {
    simpleCollections: 'both',
    disableDefaultMutations: true,
    dynamicJson: true,
    ignoreRBAC: true,
    disableQueryLog: true,
    setofFunctionsContainNulls: false,
    retryOnInitFail: false,
    graphiql: false,
    enableQueryBatching: false,
    bodySizeLimit: '1MB',
    extendedErrors: ['hint', 'detail', 'errcode'],
  });
  await middleware.getGraphQLSchema(); // introspected and built before the first measured request
  return new Promise((resolve, reject) => {
    const server = http.createServer(middleware);
    server.keepAliveTimeout = 30_000;
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server.address().port));
  });
}

process.on('disconnect', () => process.exit(0));
process.on('SIGINT', () => undefined); // the parent decides when to stop
process.on('message', (m) => {
  if (m?.type === 'start') {
    start(m).then(
      (port) => process.send({ type: 'ready', port }),
      (error) => process.send({ type: 'failed', message: error?.stack ?? String(error) }),
    );
  } else if (m?.type === 'stats') {
    const rss = process.memoryUsage().rss;
    process.send({ type: 'stats', statements, peakRssMb: Math.max(peak, rss) / 2 ** 20 });
    peak = rss;
  }
});
