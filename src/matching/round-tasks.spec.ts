import { makeHost, makeMigrant, sideOf as side, TEST_NOW } from './domain/test-factories.js';
import { ROUND_CANDIDATES } from './domain/round-graph.js';
import { serializePeople } from './round-people.js';
import { evaluateSlice, evaluatorFor, solvePiece } from './round-tasks.js';

describe('round tasks', () => {
  const hosts = [side(makeHost({ id: 'h1' })), side(makeHost({ id: 'h2' })), side(makeHost({ id: 'h3' }))];
  const migrants = [side(makeMigrant({ id: 'm1' })), side(makeMigrant({ id: 'm2' }))];

  // The hosts in two parts, as a round sends them to its threads.
  const hostParts = [serializePeople(hosts.slice(0, 2)), serializePeople(hosts.slice(2))];

  it('leaves out the pairs that declined or blocked each other, whichever way their key is written', () => {
    const evaluator = evaluatorFor({ hosts: hostParts, excludedKeys: ['h2|m1', 'h3|m2'], now: TEST_NOW, minScore: 0, rules: null, candidates: ROUND_CANDIDATES });
    const edges = evaluateSlice(evaluator, serializePeople(migrants), 5);
    const pairs = Array.from(edges.left, (left, edge) => `${left}-${edges.right[edge]}`);
    expect(pairs).toEqual(['5-0', '5-2', '6-0', '6-1']);
  });

  it("bounds each migrant's candidates as the setup says", () => {
    const evaluator = evaluatorFor({ hosts: hostParts, excludedKeys: [], now: TEST_NOW, minScore: 0, rules: null, candidates: { nearby: 2, online: 0 } });
    const edges = evaluator.evaluate(migrants, 0);
    // The three hosts live in one place: the first two of them, for each migrant.
    expect(Array.from(edges.left, (left, edge) => `${left}-${edges.right[edge]}`).sort()).toEqual(['0-0', '0-1', '1-0', '1-1']);
  });

  it('solves a piece to its chosen edges', () => {
    const chosen = solvePiece({ leftCount: 2, rightCapacities: Int32Array.from([1]), edgeLeft: Int32Array.from([0, 1]), edgeRight: Int32Array.from([0, 0]), edgeWeight: Float64Array.from([10, 30]) });
    expect(Array.from(chosen)).toEqual([1]);
  });
});
