import { readFileSync } from 'node:fs';

const read = (file: string): string => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const names = (text: string, pattern: RegExp): Set<string> => new Set([...text.matchAll(pattern)].map((match) => String(match[1])));
const sorted = (set: Set<string>): string[] => [...set].sort();

/** What the app reads: the fields of `EnvironmentVariables`, and every `raw.NAME` loadConfig uses. */
const appConfig = read('src/config/app-config.ts');
const environmentClass = appConfig.slice(appConfig.indexOf('class EnvironmentVariables'), appConfig.indexOf('\n}\n', appConfig.indexOf('class EnvironmentVariables')));
const declared = names(environmentClass, /\s([A-Z][A-Z0-9_]*)\?:/g);
const readByLoadConfig = names(appConfig, /\braw\.([A-Z][A-Z0-9_]*)\b/g);
/** `.env.example` names a variable as `NAME=` or, for a default shown, `# NAME=`. */
const documented = names(read('.env.example'), /^#?[ \t]*([A-Z][A-Z0-9_]*)=/gm);
const compose = read('docker-compose.yml');
const interpolatedByCompose = names(compose, /\$\{([A-Z][A-Z0-9_]*)/g);
const appEnvironment = compose.slice(compose.indexOf('\n  app:\n'), compose.indexOf('\n  mailpit:\n'));
const passedToApp = names(appEnvironment, /^ {6}([A-Z][A-Z0-9_]*):/gm);
/** Set by the compose file itself (DATA_DIR by the image). */
const FIXED_BY_DEPLOYMENT = ['NODE_ENV', 'PORT', 'DATABASE_URL', 'REDIS_URL', 'DATA_DIR'];

describe('.env.example', () => {
  it('finds the variables in app-config.ts (the parse reads what it should)', () => {
    expect(declared.size).toBeGreaterThanOrEqual(29);
    expect(declared).toContain('JWT_SECRET');
    expect(declared).toContain('LOG_LEVEL');
    expect(sorted(readByLoadConfig)).toEqual(sorted(declared));
  });

  it('names every variable the app reads', () => {
    expect(sorted(declared).filter((name) => !documented.has(name))).toEqual([]);
  });

  it('names nothing the app or the compose file does not read', () => {
    expect(sorted(documented).filter((name) => !declared.has(name) && !interpolatedByCompose.has(name))).toEqual([]);
  });

  it('is honoured by Docker Compose: every variable not fixed by the deployment reaches the app', () => {
    expect(sorted(declared).filter((name) => !FIXED_BY_DEPLOYMENT.includes(name) && !passedToApp.has(name))).toEqual([]);
    expect(sorted(passedToApp).filter((name) => !declared.has(name))).toEqual([]);
  });
});
