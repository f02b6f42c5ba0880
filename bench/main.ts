/** `npm run bench -- <name> [flags]`: one entry per benchmark, kept tiny so new ones merge easily. */
import 'reflect-metadata';
import { benchMatching } from './matching-bench.js';
import { benchPlaces } from './places-bench.js';
import { benchSolvers } from './solver-bench.js';

const log = (line: string): void => console.log(line);

const BENCHMARKS: Record<string, (args: string[]) => Promise<void>> = {
  matching: (args) => benchMatching(args, log),
  places: () => benchPlaces(log),
  solvers: () => benchSolvers(log),
  chat: () => Promise.resolve(log('chat: not yet available')),
};

const [name = '', ...args] = process.argv.slice(2);
const bench = BENCHMARKS[name];
if (bench === undefined) {
  console.error(`Usage: npm run bench -- ${Object.keys(BENCHMARKS).join(' | ')} [flags]`);
  process.exit(1);
}
bench(args).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
