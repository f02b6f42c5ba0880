import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { solveCompactAssignment } from '../src/matching/domain/assignment.js';
import type { PairSide } from '../src/matching/domain/pair.js';
import { concatEdges, type RoundEdges } from '../src/matching/domain/round-edges.js';
import { ROUND_CANDIDATES } from '../src/matching/domain/round-graph.js';
import { makeHost, makeMigrant, sideOf, TEST_NOW, daysBeforeNow } from '../src/matching/domain/test-factories.js';
import { serializePeople } from '../src/matching/round-people.js';
import { evaluatorFor, HOSTS_PER_MESSAGE } from '../src/matching/round-tasks.js';
import type { RoundSetup } from '../src/matching/round-workers.protocol.js';
import { createSeededRandom, randomInt, type RandomSource } from '../src/shared-domain/seeded-random.js';
import { buildAppForChildProcess, CHILD_BUILD_DIR } from './support/child-app.js';

const PLACES = [
  { lat: 52.3676, lon: 4.9041 },
  { lat: 52.0907, lon: 5.1214 },
  { lat: 51.9244, lon: 4.4777 },
  { lat: 50.8503, lon: 4.3517 },
  { lat: null, lon: null },
];
const CODES = ['nl', 'en', 'ar', 'uk', 'fr'];
const INTERESTS = ['cooking', 'gardening', 'football', 'reading', 'music', 'walking'];

function pick<T>(random: RandomSource, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function person(random: RandomSource, role: 'migrant' | 'host', index: number): PairSide {
  const make = role === 'migrant' ? makeMigrant : makeHost;
  const start = randomInt(random, 8, 20);
  return sideOf(
    make({
      id: `${role}-${String(index).padStart(5, '0')}`,
      ...pick(random, PLACES),
      maxDistanceKm: pick(random, [10, 40, 120]),
      meetOnline: random() < 0.4,
      languages: [
        { code: pick(random, CODES), level: pick(random, ['basic', 'conversational', 'fluent', 'native'] as const) },
        { code: pick(random, CODES), level: 'native' },
      ],
      learning: [pick(random, CODES)],
      interests: INTERESTS.filter(() => random() < 0.4),
      availability: [{ day: randomInt(random, 1, 7), start: `${start}:00`, end: `${start + 2}:00` }],
      waitingSince: daysBeforeNow(randomInt(random, 0, 60)),
    }),
    role === 'host' ? { openSlots: randomInt(random, 1, 3) } : {},
  );
}

/** Runs the built pool in a process of its own: the round's slices evaluated on two threads, then the graph solved on two others. */
const CHILD_SCRIPT = `
import { readFileSync } from 'node:fs';
const [inputFile, buildUrl] = process.argv.slice(2);
const { startRoundEvaluators, startRoundSolvers } = await import(new URL('src/matching/round-workers.js', buildUrl));
const { serializePeople } = await import(new URL('src/matching/round-people.js', buildUrl));
const { HOSTS_PER_MESSAGE } = await import(new URL('src/matching/round-tasks.js', buildUrl));
const { concatEdges } = await import(new URL('src/matching/domain/round-edges.js', buildUrl));
const input = JSON.parse(readFileSync(inputFile, 'utf8'), (key, value) => (key === 'now' || key === 'waitingSince' ? new Date(value) : value));
const hostParts = [];
for (let first = 0; first < input.hosts.length; first += HOSTS_PER_MESSAGE) hostParts.push(serializePeople(input.hosts.slice(first, first + HOSTS_PER_MESSAGE)));
const evaluators = startRoundEvaluators({ ...input.setup, hosts: hostParts }, 2);
const slices = await Promise.all(input.slices.map((slice) => evaluators.evaluate(serializePeople(slice.migrants), slice.firstIndex)));
await evaluators.close();
const edges = concatEdges(slices);
const solvers = startRoundSolvers(2);
const problem = { leftCount: input.migrantCount, rightCapacities: Int32Array.from(input.capacities), edgeLeft: edges.left.slice(), edgeRight: edges.right.slice(), edgeWeight: edges.weight.slice() };
const chosen = await solvers.solve(problem);
await solvers.close();
process.stdout.write(JSON.stringify({ threads: [evaluators.threads, solvers.threads], left: [...edges.left], right: [...edges.right], weight: [...edges.weight], chosen: [...chosen] }));
`;

/**
 * The TypeScript suites run a round's tasks in process (their sources have no compiled worker
 * file); the built app runs them on threads, the hosts sent to each in parts. This runs the built
 * pool on the same people as the in-process tasks and compares.
 */
describe('a round on worker threads (the built app)', () => {
  let workDir: string;

  beforeAll(async () => {
    await buildAppForChildProcess();
    workDir = mkdtempSync(join(tmpdir(), 'cg-round-threads-'));
  }, 300_000);
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('evaluates the same edges and chooses the same pairs as in process, with the hosts sent in parts', async () => {
    const random = createSeededRandom(28);
    // More hosts than three parts hold, the last part short.
    const hosts = Array.from({ length: 3 * HOSTS_PER_MESSAGE + 234 }, (_, index) => person(random, 'host', index));
    const migrants = Array.from({ length: 1_500 }, (_, index) => person(random, 'migrant', index));
    const rules: Omit<RoundSetup, 'hosts'> = {
      excludedKeys: [`${hosts[0].person.id}|${migrants[0].person.id}`],
      now: TEST_NOW,
      minScore: 30,
      rules: null,
      candidates: ROUND_CANDIDATES,
    };
    const slices = [0, 600, 1_200].map((firstIndex, at, starts) => ({ firstIndex, migrants: migrants.slice(firstIndex, starts[at + 1]) }));
    const capacities = hosts.map((side) => side.openSlots);

    const evaluator = evaluatorFor({ ...rules, hosts: [serializePeople(hosts)] });
    const expected: RoundEdges = concatEdges(slices.map((slice) => evaluator.evaluate(slice.migrants, slice.firstIndex)));
    const expectedChosen = solveCompactAssignment({ leftCount: migrants.length, rightCapacities: Int32Array.from(capacities), edgeLeft: expected.left, edgeRight: expected.right, edgeWeight: expected.weight }).chosenEdges;

    const inputFile = join(workDir, 'round.json');
    const scriptFile = join(workDir, 'round.mjs');
    writeFileSync(inputFile, JSON.stringify({ setup: rules, hosts, slices, capacities, migrantCount: migrants.length }));
    writeFileSync(scriptFile, CHILD_SCRIPT);
    const { stdout } = await promisify(execFile)(process.execPath, [scriptFile, inputFile, pathToFileURL(`${CHILD_BUILD_DIR}/`).href], { maxBuffer: 64 * 1024 * 1024 });
    const threaded = JSON.parse(stdout) as { threads: number[]; left: number[]; right: number[]; weight: number[]; chosen: number[] };

    expect(threaded.threads).toEqual([2, 2]);
    expect(expected.count).toBeGreaterThan(10_000);
    expect(threaded.left).toEqual(Array.from(expected.left));
    expect(threaded.right).toEqual(Array.from(expected.right));
    expect(threaded.weight).toEqual(Array.from(expected.weight));
    // The excluded pair is no edge.
    expect(threaded.left.some((left, edge) => left === 0 && threaded.right[edge] === 0)).toBe(false);
    expect(expectedChosen.length).toBeGreaterThan(500);
    expect(threaded.chosen).toEqual(Array.from(expectedChosen));
  }, 120_000);
});
