import 'reflect-metadata';
import { createApp } from './app.factory.js';
import { ConfigError, loadConfig } from './config/app-config.js';
import { embeddedDataFolder, startEmbeddedPostgres } from './database/embedded-postgres.js';
import { getGazetteer } from './profiles/reference/gazetteer.js';

async function main(): Promise<void> {
  let config = loadConfig();
  const embedded = config.databaseUrl === undefined ? await startEmbeddedPostgres(embeddedDataFolder(config.dataDir)) : undefined;
  if (embedded !== undefined) config = config.withDatabaseUrl(embedded.url);

  const app = await createApp(config);
  await app.listen(config.port);
  const where = embedded === undefined ? 'PostgreSQL at DATABASE_URL' : `embedded PostgreSQL in ${embeddedDataFolder(config.dataDir)}`;
  console.log(`Common Ground listening on http://localhost:${config.port} (${where})`);
  // Build the place index now rather than on the first place search (it takes about half a second).
  setTimeout(() => getGazetteer(), 0);

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
