/**
 * Maximum-gain bipartite b-matching as min-cost flow, solved by successive shortest paths
 * (Dijkstra with Johnson potentials on an indexed binary heap).
 *
 * Network: every left node has supply 1 and two ways to reach the sink:
 *   left -> right (capacity 1, cost -gain) -> sink (capacity = right capacity, cost 0), or
 *   left -> sink directly ("stay unmatched", cost 0).
 * The bypass makes every supply routable, so lefts can be processed one at a time (as in
 * Jonker-Volgenant) and a left only gets matched when that raises the total gain.
 * Each Dijkstra stops as soon as the sink is settled, and only settled nodes get new
 * potentials, so work stays proportional to the region the search actually explores.
 *
 * Gains must be positive integers (callers scale weights): every distance and potential is
 * then an exact integer in a double, so ties and zero reduced costs are exact.
 */

export interface BipartiteNetwork {
  leftCount: number;
  rightCount: number;
  /** Capacity of each right node (> 0 for any right that has edges). */
  rightCapacity: Int32Array;
  /** CSR layout: edges of left l occupy indices edgeStart[l] .. edgeStart[l + 1] - 1. */
  edgeStart: Int32Array;
  edgeRight: Int32Array;
  /** Positive integer gain of each edge. */
  edgeGain: Float64Array;
}

export const NO_EDGE = -1;

/** Returns, for each left node, the index of its chosen edge, or NO_EDGE if unmatched. */
export function maximiseBipartiteGain(network: BipartiteNetwork): Int32Array {
  const solver = new SuccessiveShortestPaths(network);
  for (let left = 0; left < network.leftCount; left += 1) {
    if (network.edgeStart[left + 1] > network.edgeStart[left]) solver.routeSupplyOf(left);
  }
  return solver.matchedEdge;
}

/** Binary min-heap of node ids keyed by an external distance array, with decrease-key. */
class IndexedMinHeap {
  private readonly nodes: Int32Array;
  private readonly positionOf: Int32Array;
  private size = 0;

  constructor(
    capacity: number,
    private readonly key: Float64Array,
  ) {
    this.nodes = new Int32Array(capacity);
    this.positionOf = new Int32Array(capacity).fill(-1);
  }

  isEmpty(): boolean {
    return this.size === 0;
  }

  push(node: number): void {
    this.nodes[this.size] = node;
    this.positionOf[node] = this.size;
    this.size += 1;
    this.siftUp(this.size - 1);
  }

  /** Call after lowering key[node]. */
  decreased(node: number): void {
    this.siftUp(this.positionOf[node]);
  }

  pop(): number {
    const top = this.nodes[0];
    this.positionOf[top] = -1;
    this.size -= 1;
    if (this.size > 0) {
      this.place(this.nodes[this.size], 0);
      this.siftDown(0);
    }
    return top;
  }

  clear(): void {
    for (let index = 0; index < this.size; index += 1) this.positionOf[this.nodes[index]] = -1;
    this.size = 0;
  }

  private place(node: number, position: number): void {
    this.nodes[position] = node;
    this.positionOf[node] = position;
  }

  private siftUp(start: number): void {
    const node = this.nodes[start];
    const nodeKey = this.key[node];
    let position = start;
    while (position > 0) {
      const parent = (position - 1) >> 1;
      if (this.key[this.nodes[parent]] <= nodeKey) break;
      this.place(this.nodes[parent], position);
      position = parent;
    }
    this.place(node, position);
  }

  private siftDown(start: number): void {
    const node = this.nodes[start];
    const nodeKey = this.key[node];
    let position = start;
    for (;;) {
      let child = 2 * position + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.key[this.nodes[child + 1]] < this.key[this.nodes[child]]) child += 1;
      if (this.key[this.nodes[child]] >= nodeKey) break;
      this.place(this.nodes[child], position);
      position = child;
    }
    this.place(node, position);
  }
}

/**
 * Node ids: lefts are 0 .. leftCount-1, rights are leftCount .. leftCount+rightCount-1;
 * the sink is implicit. Reduced cost of u->v is cost + potential[u] - potential[v].
 */
class SuccessiveShortestPaths {
  readonly matchedEdge: Int32Array;
  private readonly leftCount: number;
  private readonly edgeLeft: Int32Array;
  private readonly potential: Float64Array;
  private readonly sinkPotential: number;
  /** Lefts currently matched to each right live in slots slotStart[r] .. slotStart[r]+usedSlots[r]-1. */
  private readonly slotStart: Int32Array;
  private readonly slotLeft: Int32Array;
  private readonly usedSlots: Int32Array;
  private readonly slotOfLeft: Int32Array;
  private readonly distance: Float64Array;
  /** Edge used to reach each right node on the current shortest-path tree. */
  private readonly predecessorEdge: Int32Array;
  /** Round stamps avoid clearing per-node arrays between searches. */
  private readonly reachedInRound: Int32Array;
  private readonly settledInRound: Int32Array;
  private readonly settledNodes: Int32Array;
  private readonly heap: IndexedMinHeap;
  private settledCount = 0;
  private round = 0;
  private sinkDistance = Infinity;
  private sinkReachedFrom = -1;

  constructor(private readonly network: BipartiteNetwork) {
    const { leftCount, rightCount } = network;
    const nodeCount = leftCount + rightCount;
    this.leftCount = leftCount;
    this.matchedEdge = new Int32Array(leftCount).fill(NO_EDGE);
    this.edgeLeft = edgeOwners(network);
    this.potential = new Float64Array(nodeCount);
    this.sinkPotential = initialPotentials(network, this.potential);
    this.slotStart = slotOffsets(network.rightCapacity);
    this.slotLeft = new Int32Array(this.slotStart[rightCount]);
    this.usedSlots = new Int32Array(rightCount);
    this.slotOfLeft = new Int32Array(leftCount).fill(-1);
    this.distance = new Float64Array(nodeCount);
    this.predecessorEdge = new Int32Array(nodeCount);
    this.reachedInRound = new Int32Array(nodeCount);
    this.settledInRound = new Int32Array(nodeCount);
    this.settledNodes = new Int32Array(nodeCount);
    this.heap = new IndexedMinHeap(nodeCount, this.distance);
  }

  /** Sends the unit supply of a fresh left node to the sink along a cheapest residual path. */
  routeSupplyOf(startLeft: number): void {
    this.findShortestPathToSink(startLeft);
    this.updatePotentials();
    this.augment(startLeft);
  }

  private findShortestPathToSink(startLeft: number): void {
    this.round += 1;
    this.settledCount = 0;
    this.sinkDistance = Infinity;
    this.sinkReachedFrom = -1;
    this.relax(startLeft, 0, NO_EDGE);
    while (!this.heap.isEmpty()) {
      const node = this.heap.pop();
      const nodeDistance = this.distance[node];
      // Every later node is at least this far, so the best sink path is final.
      if (nodeDistance >= this.sinkDistance) break;
      this.settledInRound[node] = this.round;
      this.settledNodes[this.settledCount] = node;
      this.settledCount += 1;
      if (node < this.leftCount) this.scanLeft(node, nodeDistance);
      else this.scanRight(node, nodeDistance);
    }
    this.heap.clear();
  }

  private scanLeft(left: number, leftDistance: number): void {
    const { edgeStart, edgeRight, edgeGain } = this.network;
    const leftPotential = this.potential[left];
    this.offerSink(left, leftDistance + leftPotential - this.sinkPotential);
    const ownEdge = this.matchedEdge[left];
    for (let edge = edgeStart[left]; edge < edgeStart[left + 1]; edge += 1) {
      if (edge === ownEdge) continue; // saturated: no residual capacity forward
      const rightNode = this.leftCount + edgeRight[edge];
      const reduced = -edgeGain[edge] + leftPotential - this.potential[rightNode];
      this.relax(rightNode, leftDistance + reduced, edge);
    }
  }

  private scanRight(rightNode: number, rightDistance: number): void {
    const right = rightNode - this.leftCount;
    const rightPotential = this.potential[rightNode];
    const firstSlot = this.slotStart[right];
    const usedEnd = firstSlot + this.usedSlots[right];
    if (usedEnd < this.slotStart[right + 1]) {
      this.offerSink(rightNode, rightDistance + rightPotential - this.sinkPotential);
    }
    // Residual backward edges: un-assigning a left from this right gives its gain back.
    for (let slot = firstSlot; slot < usedEnd; slot += 1) {
      const left = this.slotLeft[slot];
      const reduced = this.network.edgeGain[this.matchedEdge[left]] + rightPotential - this.potential[left];
      this.relax(left, rightDistance + reduced, NO_EDGE);
    }
  }

  private offerSink(fromNode: number, candidate: number): void {
    if (candidate < this.sinkDistance) {
      this.sinkDistance = candidate;
      this.sinkReachedFrom = fromNode;
    }
  }

  private relax(node: number, candidate: number, viaEdge: number): void {
    // A node no closer than the best sink path found so far can never lie on the shortest path.
    if (candidate >= this.sinkDistance || this.settledInRound[node] === this.round) return;
    if (this.reachedInRound[node] !== this.round) {
      this.reachedInRound[node] = this.round;
      this.distance[node] = candidate;
      this.predecessorEdge[node] = viaEdge;
      this.heap.push(node);
    } else if (candidate < this.distance[node]) {
      this.distance[node] = candidate;
      this.predecessorEdge[node] = viaEdge;
      this.heap.decreased(node);
    }
  }

  /** Johnson update capped at the sink distance: only settled nodes change, reduced costs stay >= 0. */
  private updatePotentials(): void {
    for (let index = 0; index < this.settledCount; index += 1) {
      const node = this.settledNodes[index];
      this.potential[node] += this.distance[node] - this.sinkDistance;
    }
  }

  /** Walks the path back from the sink, moving each left on it to its new right. */
  private augment(startLeft: number): void {
    let node = this.sinkReachedFrom;
    let freedSlot: number;
    if (node < this.leftCount) {
      if (node === startLeft) return; // staying unmatched is best
      // This left gives up its right, whose predecessor on the path takes the slot.
      freedSlot = this.slotOfLeft[node];
      const formerRightNode = this.leftCount + this.network.edgeRight[this.matchedEdge[node]];
      this.matchedEdge[node] = NO_EDGE;
      this.slotOfLeft[node] = -1;
      node = formerRightNode;
    } else {
      const right = node - this.leftCount;
      freedSlot = this.slotStart[right] + this.usedSlots[right];
      this.usedSlots[right] += 1;
    }
    for (;;) {
      const edge = this.predecessorEdge[node];
      const left = this.edgeLeft[edge];
      const previousSlot = this.slotOfLeft[left];
      const previousEdge = this.matchedEdge[left];
      this.slotLeft[freedSlot] = left;
      this.slotOfLeft[left] = freedSlot;
      this.matchedEdge[left] = edge;
      if (left === startLeft) return;
      freedSlot = previousSlot;
      node = this.leftCount + this.network.edgeRight[previousEdge];
    }
  }
}

function edgeOwners(network: BipartiteNetwork): Int32Array {
  const owners = new Int32Array(network.edgeRight.length);
  for (let left = 0; left < network.leftCount; left += 1) {
    owners.fill(left, network.edgeStart[left], network.edgeStart[left + 1]);
  }
  return owners;
}

/**
 * Feasible starting potentials for the negative edge costs: a right's potential is minus
 * its best incoming gain, the sink's is minus the overall best gain.
 */
function initialPotentials(network: BipartiteNetwork, potential: Float64Array): number {
  let bestGain = 0;
  for (let edge = 0; edge < network.edgeRight.length; edge += 1) {
    const rightNode = network.leftCount + network.edgeRight[edge];
    const gain = network.edgeGain[edge];
    if (-gain < potential[rightNode]) potential[rightNode] = -gain;
    if (gain > bestGain) bestGain = gain;
  }
  return -bestGain;
}

function slotOffsets(capacities: Int32Array): Int32Array {
  const offsets = new Int32Array(capacities.length + 1);
  for (let right = 0; right < capacities.length; right += 1) offsets[right + 1] = offsets[right] + capacities[right];
  return offsets;
}
