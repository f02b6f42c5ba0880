import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/app-config.js';
import { withResolvedDatabase } from './cli-database.js';
import { createStaff } from './create-staff.js';
import { migrationGenerate, migrationRevert, migrationRun } from './migration-commands.js';

const USAGE = `Usage: npm run cli -- <command> [options]
  create-staff --email E --password P --name N
  migration:run | migration:revert | migration:generate <Name>`;

type Options = Record<string, string | boolean | undefined>;

function required(options: Options, name: string): string {
  const value = options[name];
  if (typeof value !== 'string' || value === '') throw new Error(`--${name} is required\n${USAGE}`);
  return value;
}

async function run(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      name: { type: 'string' },
      migrants: { type: 'string' },
      hosts: { type: 'string' },
      seed: { type: 'string' },
      input: { type: 'string' },
    },
  });
  const [command, ...rest] = positionals;
  const options = values as Options;
  const config = loadConfig();
  switch (command) {
    case 'create-staff':
      return withResolvedDatabase(config, (c) => createStaff(c, { email: required(options, 'email'), password: required(options, 'password'), name: required(options, 'name') }));
    case 'migration:run':
      return withResolvedDatabase(config, migrationRun);
    case 'migration:revert':
      return withResolvedDatabase(config, migrationRevert);
    case 'migration:generate':
      return withResolvedDatabase(config, (c) => migrationGenerate(c, rest[0] ?? ''));
    default:
      throw new Error(USAGE);
  }
}

run(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
