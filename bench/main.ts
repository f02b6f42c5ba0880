/** `npm run bench -- <name> [flags]`: one entry per benchmark, kept tiny so new ones merge easily. */
import 'reflect-metadata';
import { benchChat } from './chat-bench.js';
import { benchMatching } from './matching-bench.js';
import { benchPlaces } from './places-bench.js';
import { benchSolvers } from './solver-bench.js';

const log = (line: string): void => console.log(line);

const BENCHMARKS: Record<string, (args: string[]) => Promise<void>> = {
  matching: (args) => benchMatching(args, log),
  places: () => benchPlaces(log),
  solvers: () => benchSolvers(log),
  chat: (args) => benchChat(log, chatOptions(args)).then(() => undefined),
};

/** `--pairs N --seconds S` for the chat benchmark. */
function chatOptions(args: string[]): { pairs?: number; seconds?: number } {
  const value = (flag: string): number | undefined => {
    const index = args.indexOf(flag);
    const parsed = index >= 0 ? Number(args[index + 1]) : Number.NaN;
    return Number.isFinite(parsed) && parsed > 0 ? parsed : undefined;
  };
  return { pairs: value('--pairs'), seconds: value('--seconds') };
}

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
