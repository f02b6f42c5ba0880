import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { PgliteSessionQueue } from './pglite-session-queue.js';

export interface EmbeddedPostgres {
  readonly url: string;
  /** A tarball of the data directory; a later start can begin from it (tests use it as a template). */
  dump(): Promise<Blob>;
  stop(): Promise<void>;
}

/** Where the embedded database keeps its files inside DATA_DIR: the app, the CLI and the tests open the same folder. */
export function embeddedDataFolder(dataDir: string): string {
  return join(dataDir, 'pglite');
}

/**
 * PostgreSQL compiled to WASM, served on a loopback port so the app talks to it
 * through the same `pg` driver and migrations as to a real server.
 * `dataDir` undefined keeps it in memory (tests); `template` starts from a dump instead of an empty cluster.
 */
export async function startEmbeddedPostgres(dataDir: string | undefined, template?: Blob): Promise<EmbeddedPostgres> {
  if (dataDir !== undefined) mkdirSync(dirname(dataDir), { recursive: true });
  const db = await PGlite.create({
    dataDir: dataDir ?? 'memory://',
    extensions: { cube, earthdistance, pg_trgm, btree_gist },
    ...(template === undefined ? {} : { loadDataDir: template }),
  });
  // PGlite is one backend; the socket server multiplexes pool connections onto it.
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 100 });
  // Connections get their handlers' queue at connect time, so replacing it before start() covers all.
  (server as unknown as { queryQueue: PgliteSessionQueue }).queryQueue = new PgliteSessionQueue(db);
  await server.start();
  const port = listeningPort(server);
  let stopped = false;
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    dump: () => db.dumpDataDir('none'),
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
    },
  };
}

function listeningPort(server: PGLiteSocketServer): number {
  const address = (server as unknown as { server?: { address(): unknown } }).server?.address();
  if (typeof address === 'object' && address !== null && 'port' in address && typeof address.port === 'number') {
    return address.port;
  }
  throw new Error('Embedded PostgreSQL did not report its port');
}
