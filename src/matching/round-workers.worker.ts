/**
 * A matching round's worker thread (see round-workers.ts): an evaluating thread is set up once
 * with the round's rules and then its hosts, a part at a time, and evaluates slices of migrants; any
 * thread solves independent pieces. Answers carry typed arrays moved, not copied, back.
 */
import { parentPort } from 'node:worker_threads';
import { RoundHosts, type RoundPairEvaluator } from './domain/round-graph.js';
import { addHosts, evaluateSlice, evaluatorOf, solvePiece } from './round-tasks.js';
import type { RoundRulesSetup, RoundTaskAnswer, RoundTaskRequest } from './round-workers.protocol.js';

const port = parentPort;
if (port === null) throw new Error('round-workers.worker runs as a worker thread');
let setup: { rules: RoundRulesSetup; hosts: RoundHosts } | undefined;
let evaluator: RoundPairEvaluator | undefined;

port.on('message', (request: RoundTaskRequest) => {
  try {
    port.postMessage(...answer(request));
  } catch (error) {
    const failed: RoundTaskAnswer = { id: request.id, kind: 'error', message: error instanceof Error ? error.message : String(error) };
    port.postMessage(failed);
  }
});

function answer(request: RoundTaskRequest): [RoundTaskAnswer, ArrayBuffer[]] {
  switch (request.kind) {
    case 'setup':
      setup = { rules: request.setup, hosts: new RoundHosts(request.setup.now) };
      evaluator = undefined;
      return [{ id: request.id, kind: 'setup' }, []];
    case 'hosts':
      if (setup === undefined || evaluator !== undefined) throw new Error('hosts outside a setup');
      addHosts(setup.hosts, request.hosts);
      return [{ id: request.id, kind: 'hosts' }, []];
    case 'evaluate': {
      if (setup === undefined) throw new Error('evaluate before setup');
      evaluator ??= evaluatorOf(setup.rules, setup.hosts);
      const edges = evaluateSlice(evaluator, request.migrants, request.firstIndex);
      return [{ id: request.id, kind: 'evaluate', edges }, [edges.left.buffer, edges.right.buffer, edges.weight.buffer] as ArrayBuffer[]];
    }
    case 'solve': {
      const chosenEdges = solvePiece(request.problem);
      return [{ id: request.id, kind: 'solve', chosenEdges }, [chosenEdges.buffer as ArrayBuffer]];
    }
  }
}
