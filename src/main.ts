import 'reflect-metadata';
import { createApp } from './app.factory.js';
import { ConfigError, loadConfig } from './config/app-config.js';
import { embeddedDataFolder, startEmbeddedPostgres } from './database/embedded-postgres.js';

async function main(): Promise<void> {
  let config = loadConfig();
  const embedded = config.databaseUrl === undefined ? await startEmbeddedPostgres(embeddedDataFolder(config.dataDir)) : undefined;
  if (embedded !== undefined) config = config.withDatabaseUrl(embedded.url);

  const app = await createApp(config);
  await app.listen(config.port);
  const where = embedded === undefined ? 'PostgreSQL at DATABASE_URL' : `embedded PostgreSQL in ${embeddedDataFolder(config.dataDir)}`;
  console.log(`Common Ground listening on http://localhost:${config.port} (${where})`);

  let stopping = false;
  const stop = async (signal: NodeJS.Signals): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', (signal) => void stop(signal));
  process.on('SIGTERM', (signal) => void stop(signal));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
