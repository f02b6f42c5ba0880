import { AppConfig } from '../config/app-config.js';
import { embeddedDataFolder, startEmbeddedPostgres } from '../database/embedded-postgres.js';

/** The CLI uses the same database as `npm start` would: DATABASE_URL, or the embedded one in DATA_DIR. */
export async function withResolvedDatabase<T>(config: AppConfig, work: (config: AppConfig) => Promise<T>): Promise<T> {
  if (config.databaseUrl !== undefined) return work(config);
  const embedded = await startEmbeddedPostgres(embeddedDataFolder(config.dataDir));
  try {
    return await work(config.withDatabaseUrl(embedded.url));
  } finally {
    await embedded.stop();
  }
}
