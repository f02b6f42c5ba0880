import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/app-config.js';
import { withResolvedDatabase } from './cli-database.js';
import { assignFromFile } from './assign.js';
import { createStaff } from './create-staff.js';
import { migrationGenerate, migrationRevert, migrationRun } from './migration-commands.js';
import { seedCommand } from './seed.js';

const USAGE = `Usage: npm run cli -- <command> [options]
  create-staff --email E --password P --name N [--organisation ID | --admin]
      (without a flag: a coordinator of the default organisation)
  seed --migrants N --hosts M [--seed S]
  assign --input FILE
  migration:run | migration:revert | migration:generate <Name>`;

type Options = Record<string, string | boolean | undefined>;

function required(options: Options, name: string): string {
  const value = options[name];
  if (typeof value !== 'string' || value === '') throw new Error(`--${name} is required\n${USAGE}`);
  return value;
}

function count(options: Options, name: string, fallback?: number): number {
  const raw = options[name];
  if (raw === undefined && fallback !== undefined) return fallback;
  const value = typeof raw === 'string' ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} must be a whole number >= 0\n${USAGE}`);
  return value;
}

/** Where a new staff account works: one organisation, or the whole platform with --admin. */
function staffPlace(options: Options): { organisationId: string | null; admin: boolean } {
  const admin = options.admin === true;
  const organisation = options.organisation;
  if (admin && organisation !== undefined) throw new Error(`--organisation and --admin exclude each other\n${USAGE}`);
  if (organisation !== undefined && (typeof organisation !== 'string' || !UUID.test(organisation))) throw new Error(`--organisation must be an organisation id (a UUID)\n${USAGE}`);
  return { organisationId: typeof organisation === 'string' ? organisation : null, admin };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
      organisation: { type: 'string' },
      admin: { type: 'boolean' },
    },
  });
  const [command, ...rest] = positionals;
  const options = values as Options;
  if (command === 'assign') {
    // Pure computation: no configuration or database is needed for it.
    console.log(JSON.stringify(assignFromFile(required(options, 'input'))));
    return;
  }
  const config = loadConfig();
  switch (command) {
    case 'create-staff':
      return withResolvedDatabase(config, (c) => createStaff(c, { email: required(options, 'email'), password: required(options, 'password'), name: required(options, 'name'), ...staffPlace(options) }));
    case 'seed':
      return withResolvedDatabase(config, (c) =>
        seedCommand(c, { migrants: count(options, 'migrants'), hosts: count(options, 'hosts'), seed: count(options, 'seed', 1) }),
      );
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
