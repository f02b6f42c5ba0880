/**
 * A matching round's worker thread (see RoundWorkers): set up once with the round's hosts, then
 * evaluates slices of migrants and solves independent pieces, answering with typed arrays moved,
 * not copied, back to the round.
 */
import { parentPort } from 'node:worker_threads';
import type { RoundPairEvaluator } from './domain/round-graph.js';
import { evaluateSlice, evaluatorFor, solvePiece } from './round-tasks.js';
import type { RoundTaskAnswer, RoundTaskRequest } from './round-workers.protocol.js';

const port = parentPort;
if (port === null) throw new Error('round-workers.worker runs as a worker thread');
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
      evaluator = evaluatorFor(request.setup);
      return [{ id: request.id, kind: 'setup' }, []];
    case 'evaluate': {
      if (evaluator === undefined) throw new Error('evaluate before setup');
      const edges = evaluateSlice(evaluator, request.migrants, request.firstIndex);
      return [{ id: request.id, kind: 'evaluate', edges }, [edges.left.buffer, edges.right.buffer, edges.weight.buffer] as ArrayBuffer[]];
    }
    case 'solve': {
      const chosenEdges = solvePiece(request.problem);
      return [{ id: request.id, kind: 'solve', chosenEdges }, [chosenEdges.buffer as ArrayBuffer]];
    }
  }
}
