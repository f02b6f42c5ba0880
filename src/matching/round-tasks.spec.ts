import { makeHost, makeMigrant, sideOf as side, TEST_NOW } from './domain/test-factories.js';
import { evaluatorFor, solvePiece } from './round-tasks.js';

describe('round tasks', () => {
  const hosts = [side(makeHost({ id: 'h1' })), side(makeHost({ id: 'h2' })), side(makeHost({ id: 'h3' }))];
  const migrants = [side(makeMigrant({ id: 'm1' })), side(makeMigrant({ id: 'm2' }))];

  it('leaves out the pairs that declined or blocked each other, whichever way their key is written', () => {
    const evaluator = evaluatorFor({ hosts, excludedKeys: ['h2|m1', 'h3|m2'], now: TEST_NOW, minScore: 0, rules: null });
    const edges = evaluator.evaluate(migrants, 5);
    const pairs = Array.from(edges.left, (left, edge) => `${left}-${edges.right[edge]}`);
    expect(pairs).toEqual(['5-0', '5-2', '6-0', '6-1']);
  });

  it('solves a piece to its chosen edges', () => {
    const chosen = solvePiece({ leftCount: 2, rightCapacities: Int32Array.from([1]), edgeLeft: Int32Array.from([0, 1]), edgeRight: Int32Array.from([0, 0]), edgeWeight: Float64Array.from([10, 30]) });
    expect(Array.from(chosen)).toEqual([1]);
  });
});
