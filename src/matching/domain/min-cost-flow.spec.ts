import { maximiseBipartiteGain, NO_EDGE, type BipartiteNetwork } from './min-cost-flow.js';

/** Builds the CSR network from per-left lists of [right, gain]. */
function network(rightCapacity: number[], edgesByLeft: Array<Array<[number, number]>>): BipartiteNetwork {
  const edgeStart = Int32Array.from([0, ...edgesByLeft.map((_, left) => edgesByLeft.slice(0, left + 1).flat().length)]);
  const flat = edgesByLeft.flat();
  return {
    leftCount: edgesByLeft.length,
    rightCount: rightCapacity.length,
    rightCapacity: Int32Array.from(rightCapacity),
    edgeStart,
    edgeRight: Int32Array.from(flat, ([right]) => right),
    edgeGain: Float64Array.from(flat, ([, gain]) => gain),
  };
}

describe('maximiseBipartiteGain', () => {
  it('reroutes an earlier left along an alternating path when that raises the total gain', () => {
    // Left 0 first takes right 0 (gain 10); left 1 only fits right 0, so left 0 must move to right 1.
    const chosen = maximiseBipartiteGain(network([1, 1], [[[0, 10], [1, 9]], [[0, 8]]]));
    expect(Array.from(chosen)).toEqual([1, 2]); // CSR edge indices: left 0 -> right 1, left 1 -> right 0
  });

  it('leaves a left unmatched when displacing another would lose gain', () => {
    const chosen = maximiseBipartiteGain(network([1], [[[0, 10]], [[0, 4]]]));
    expect(Array.from(chosen)).toEqual([0, NO_EDGE]);
  });

  it('shares a right among several lefts up to its capacity, best gains first', () => {
    const chosen = maximiseBipartiteGain(network([2], [[[0, 3]], [[0, 7]], [[0, 5]], []]));
    expect(Array.from(chosen)).toEqual([NO_EDGE, 1, 2, NO_EDGE]);
  });
});
