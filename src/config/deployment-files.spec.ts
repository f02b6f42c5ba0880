import { readFileSync } from 'node:fs';

const read = (file: string): string => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const dockerfile = read('Dockerfile');
const compose = read('docker-compose.yml');

/** Node's even majors are its LTS lines; 20 leaves support in April 2026, 22 is supported until April 2027. */
const OLDEST_SUPPORTED_LTS = 22;

/** Instructions with their continuation lines joined, comments dropped, keyword upper-cased. */
function instructions(text: string): Array<{ keyword: string; args: string }> {
  return text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [keyword = '', ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

/** What in the Dockerfile would make the image unsupported, privileged, unwritable or unwatched. */
function dockerfileProblems(text: string): string[] {
  const all = instructions(text);
  const froms = all.filter((instruction) => instruction.keyword === 'FROM');
  const problems = froms.flatMap(({ args }) => {
    const major = /^node:(\d+)\b/.exec(args)?.[1];
    if (major === undefined) return [`base image is not a versioned Node image: ${args}`];
    const version = Number(major);
    return version >= OLDEST_SUPPORTED_LTS && version % 2 === 0 ? [] : [`Node ${version} is not a supported LTS line`];
  });
  if (froms.length === 0) problems.push('no FROM');

  const final = all.slice(all.findLastIndex((instruction) => instruction.keyword === 'FROM'));
  const user = final.filter((instruction) => instruction.keyword === 'USER').at(-1)?.args.split(':')[0];
  if (user === undefined || user === 'root' || user === '0') problems.push('the final stage runs as root');

  const dataDir = final.filter((instruction) => instruction.keyword === 'ENV').map(({ args }) => /\bDATA_DIR=(\S+)/.exec(args)?.[1]).find((dir) => dir !== undefined);
  if (dataDir === undefined) problems.push('the final stage sets no DATA_DIR');
  const chownIndex = final.findIndex(({ keyword, args }) => keyword === 'RUN' && user !== undefined && dataDir !== undefined && new RegExp(`\\bchown (-R )?${user}(:\\S+)? ${dataDir}(\\s|$)`).test(args));
  if (chownIndex === -1) problems.push(`the data folder is not given to the user that runs the app`);
  // Docker discards what a build step changes in a declared volume, so the ownership must be set first.
  const volumeIndex = final.findIndex(({ keyword, args }) => keyword === 'VOLUME' && dataDir !== undefined && args.includes(dataDir));
  if (volumeIndex !== -1 && chownIndex > volumeIndex) problems.push('the data folder is given to its user after it is declared a volume');

  const healthcheck = final.find((instruction) => instruction.keyword === 'HEALTHCHECK');
  if (healthcheck === undefined || /^NONE\b/i.test(healthcheck.args)) problems.push('no HEALTHCHECK');
  return problems;
}

/** Compose services, each with its top-level keys (`restart`, `image`…) and their inline values. */
function composeServices(text: string): Map<string, Map<string, string>> {
  const services = new Map<string, Map<string, string>>();
  let inServices = false;
  let current: Map<string, string> | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (/^\S/.test(line)) inServices = /^services:\s*$/.test(line);
    if (!inServices) continue;
    const service = /^ {2}([\w.-]+):\s*$/.exec(line)?.[1];
    if (service !== undefined) services.set(service, (current = new Map()));
    const key = /^ {4}([\w.-]+):\s*(.*)$/.exec(line);
    if (key !== null) current?.set(String(key[1]), String(key[2]).replace(/\s+#.*$/, '').replace(/^["']|["']$/g, ''));
  }
  return services;
}

function composeProblems(text: string): string[] {
  const services = composeServices(text);
  if (services.size === 0) return ['no services'];
  return [...services].flatMap(([name, keys]) => (['always', 'unless-stopped', 'on-failure'].some((policy) => keys.get('restart')?.startsWith(policy)) ? [] : [`${name} has no restart policy`]));
}

describe('Dockerfile', () => {
  it('runs a supported Node LTS, as an unprivileged user owning the data folder, with a health check', () => {
    expect(dockerfileProblems(dockerfile)).toEqual([]);
  });

  it.each([
    ['an old Node', (text: string) => text.replaceAll('node:22', 'node:20'), 'Node 20 is not a supported LTS line'],
    ['an odd Node', (text: string) => text.replace('node:22', 'node:23'), 'Node 23 is not a supported LTS line'],
    ['an unversioned Node', (text: string) => text.replace('node:22-bookworm-slim AS build', 'node:lts AS build'), 'base image is not a versioned Node image: node:lts AS build'],
    ['no USER', (text: string) => text.replace(/^USER .*$/m, ''), 'the final stage runs as root'],
    ['USER root', (text: string) => text.replace(/^USER .*$/m, 'USER root'), 'the final stage runs as root'],
    ['no chown', (text: string) => text.replace(/ && chown .*$/m, ''), 'the data folder is not given to the user that runs the app'],
    ['chown after VOLUME', (text: string) => text.replace(/^(RUN mkdir .*)\n(VOLUME .*)$/m, '$2\n$1'), 'the data folder is given to its user after it is declared a volume'],
    ['no HEALTHCHECK', (text: string) => text.replace(/^HEALTHCHECK[^]*?^ {2}CMD .*$/m, ''), 'no HEALTHCHECK'],
    ['HEALTHCHECK NONE', (text: string) => text.replace(/^HEALTHCHECK[^]*?^ {2}CMD .*$/m, 'HEALTHCHECK NONE'), 'no HEALTHCHECK'],
  ])('is refused with %s', (_case, change, problem) => {
    const changed = change(dockerfile);
    expect(changed).not.toBe(dockerfile);
    expect(dockerfileProblems(changed)).toContain(problem);
  });
});

describe('docker-compose.yml', () => {
  it('restarts every service after a crash or a reboot', () => {
    expect([...composeServices(compose).keys()]).toEqual(['postgres', 'redis', 'app', 'mailpit', 'proxy']);
    expect(composeProblems(compose)).toEqual([]);
  });

  it.each([
    ['no restart policy', (text: string) => text.replace(/(\n {2}redis:\n(?: {4}.*\n)*?) {4}restart: .*\n/, '$1'), 'redis has no restart policy'],
    ['restart: "no"', (text: string) => text.replace(/(\n {2}proxy:\n(?: {4}.*\n)*?) {4}restart: .*\n/, '$1    restart: "no"\n'), 'proxy has no restart policy'],
  ])('is refused with %s', (_case, change, problem) => {
    const changed = change(compose);
    expect(changed).not.toBe(compose);
    expect(composeProblems(changed)).toEqual([problem]);
  });
});
