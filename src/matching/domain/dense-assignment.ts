/**
 * Dense square linear assignment (minimise cost), Jonker-Volgenant (LAPJV, 1987):
 * column reduction with reduction transfer, bounded augmenting row reduction, then
 * Dijkstra-like shortest augmenting paths over columns with column potentials.
 * Exact; O(n^3) worst case; typed arrays and no allocation inside the phases.
 */

export type CostRows = ReadonlyArray<ArrayLike<number>>;

export interface DenseAssignmentResult {
  /** assignment[row] = column assigned to that row. */
  assignment: number[];
  /** Sum of costs[row][assignment[row]]. */
  cost: number;
}

const UNASSIGNED = -1;
/**
 * Rounds of augmenting row reduction, the published choice. On costs 1..1e6 at 2000 x 2000, none
 * doubled the solve time (the shortest-path phase then settles a third of the rows); one or three changed little.
 */
const ROW_REDUCTION_ROUNDS = 2;

interface LapState {
  size: number;
  /** Row-major costs, costs[row * size + column]. */
  costs: Float64Array;
  rowToColumn: Int32Array;
  columnToRow: Int32Array;
  /** Column potentials ("prices"): reduced cost = cost - columnPotential. */
  columnPotential: Float64Array;
}

/** Solves a square matrix given as rows (arrays or typed arrays); copies it once into a flat matrix. */
export function solveDenseAssignment(costRows: CostRows): DenseAssignmentResult {
  const size = costRows.length;
  const costs = new Float64Array(size * size);
  for (let row = 0; row < size; row += 1) {
    const values = costRows[row];
    if (values.length !== size) {
      throw new RangeError(`Cost matrix must be square: row ${row} has ${values.length} entries, expected ${size}`);
    }
    copyRow(values, costs, row * size);
  }
  return solveDenseAssignmentFlat(costs, size);
}

function copyRow(values: ArrayLike<number>, costs: Float64Array, offset: number): void {
  const size = values.length;
  for (let column = 0; column < size; column += 1) costs[offset + column] = values[column];
}

/**
 * Solves a square matrix given row-major as costs[row * size + column], without copying it.
 * The array is only read.
 */
export function solveDenseAssignmentFlat(costs: Float64Array, size: number): DenseAssignmentResult {
  if (!Number.isInteger(size) || size < 0 || costs.length !== size * size) {
    throw new RangeError(`Cost matrix must be square: ${costs.length} entries do not make ${size} x ${size}`);
  }
  const state: LapState = {
    size,
    costs,
    rowToColumn: new Int32Array(size).fill(UNASSIGNED),
    columnToRow: new Int32Array(size).fill(UNASSIGNED),
    columnPotential: new Float64Array(size),
  };
  if (size > 0) runLapjv(state);
  const assignment = Array.from(state.rowToColumn);
  let cost = 0;
  for (let row = 0; row < size; row += 1) cost += costs[row * size + assignment[row]];
  return { assignment, cost };
}

/** Error path only: names the first cost that is NaN or infinite. */
function throwForNonFiniteCost(costs: Float64Array, size: number): never {
  const index = costs.findIndex((value) => !Number.isFinite(value));
  const row = Math.floor(index / size);
  throw new RangeError(`Cost at row ${row}, column ${index - row * size} is not a finite number`);
}

function runLapjv(state: LapState): void {
  const freeRows = new Int32Array(state.size);
  let freeCount = reduceColumns(state, freeRows);
  const minima: RowMinima = { bestColumn: 0, bestValue: 0, secondColumn: UNASSIGNED, secondValue: 0 };
  for (let round = 0; round < ROW_REDUCTION_ROUNDS && freeCount > 0; round += 1) {
    freeCount = augmentingRowReduction(state, minima, freeRows, freeCount);
  }
  if (freeCount > 0) augmentFreeRows(state, freeRows, freeCount);
}

/** Column reduction + reduction transfer; returns the number of rows left free. */
function reduceColumns(state: LapState, freeRows: Int32Array): number {
  const { size, costs, rowToColumn, columnToRow, columnPotential } = state;
  columnPotential.fill(Infinity);
  // Validation rides on this first pass over the costs rather than costing a pass of its own.
  let nonFiniteSeen = 0;
  for (let row = 0; row < size; row += 1) {
    nonFiniteSeen += lowerColumnMinima(costs, row, size, columnPotential, columnToRow);
  }
  if (nonFiniteSeen !== 0) throwForNonFiniteCost(costs, size);
  const hasUniqueColumn = new Uint8Array(size).fill(1);
  for (let column = size - 1; column >= 0; column -= 1) {
    const row = columnToRow[column];
    if (rowToColumn[row] < 0) rowToColumn[row] = column;
    else {
      hasUniqueColumn[row] = 0;
      columnToRow[column] = UNASSIGNED;
    }
  }
  return transferReductions(state, hasUniqueColumn, freeRows);
}

function lowerColumnMinima(
  costs: Float64Array,
  row: number,
  size: number,
  columnMinimum: Float64Array,
  columnToRow: Int32Array,
): number {
  const offset = row * size;
  // cost - cost is 0 for finite costs and NaN for NaN or ±Infinity, so the sum is 0 only if all are finite.
  let nonFinite = 0;
  for (let column = 0; column < size; column += 1) {
    const cost = costs[offset + column];
    nonFinite += cost - cost;
    if (cost < columnMinimum[column]) {
      columnMinimum[column] = cost;
      columnToRow[column] = row;
    }
  }
  return nonFinite;
}

function transferReductions(state: LapState, hasUniqueColumn: Uint8Array, freeRows: Int32Array): number {
  const { size, rowToColumn, columnPotential } = state;
  let freeCount = 0;
  for (let row = 0; row < size; row += 1) {
    const ownColumn = rowToColumn[row];
    if (ownColumn < 0) {
      freeRows[freeCount] = row;
      freeCount += 1;
    } else if (hasUniqueColumn[row] === 1) {
      columnPotential[ownColumn] -= smallestReducedCostExcept(state, row, ownColumn);
    }
  }
  return freeCount;
}

function smallestReducedCostExcept(state: LapState, row: number, skippedColumn: number): number {
  const { size, costs, columnPotential } = state;
  const offset = row * size;
  let minimum = Infinity;
  for (let column = 0; column < size; column += 1) {
    const reduced = costs[offset + column] - columnPotential[column];
    if (reduced < minimum && column !== skippedColumn) minimum = reduced;
  }
  return minimum;
}

/** Scratch for the two smallest reduced costs of a row; reused so the hot loop allocates nothing. */
interface RowMinima {
  bestColumn: number;
  bestValue: number;
  secondColumn: number;
  secondValue: number;
}

function findTwoSmallest(state: LapState, row: number, minima: RowMinima): void {
  const { size, costs, columnPotential } = state;
  const offset = row * size;
  let bestColumn = 0;
  let bestValue = costs[offset] - columnPotential[0];
  let secondColumn = UNASSIGNED;
  let secondValue = Infinity;
  for (let column = 1; column < size; column += 1) {
    const reduced = costs[offset + column] - columnPotential[column];
    if (reduced >= secondValue) continue;
    if (reduced >= bestValue) {
      secondValue = reduced;
      secondColumn = column;
    } else {
      secondValue = bestValue;
      secondColumn = bestColumn;
      bestValue = reduced;
      bestColumn = column;
    }
  }
  minima.bestColumn = bestColumn;
  minima.bestValue = bestValue;
  minima.secondColumn = secondColumn;
  minima.secondValue = secondValue;
}

/**
 * Augmenting row reduction (auction-like); returns the number of rows still free.
 * Once the steps reach `current * size` (the published bound) it stops lowering prices and
 * leaves displaced rows to the shortest-path phase, so rows bouncing between columns cannot loop for long.
 */
function augmentingRowReduction(state: LapState, minima: RowMinima, freeRows: Int32Array, freeCount: number): number {
  const { size, rowToColumn, columnToRow, columnPotential } = state;
  let current = 0;
  let nextFreeCount = 0;
  let steps = 0;
  while (current < freeCount) {
    steps += 1;
    const freeRow = freeRows[current];
    current += 1;
    findTwoSmallest(state, freeRow, minima);
    let chosenColumn = minima.bestColumn;
    let displacedRow = columnToRow[chosenColumn];
    const loweredPotential = columnPotential[chosenColumn] - (minima.secondValue - minima.bestValue);
    const potentialLowers = loweredPotential < columnPotential[chosenColumn];
    if (steps < current * size) {
      if (potentialLowers) columnPotential[chosenColumn] = loweredPotential;
      else if (displacedRow >= 0 && minima.secondColumn >= 0) {
        chosenColumn = minima.secondColumn;
        displacedRow = columnToRow[chosenColumn];
      }
      if (displacedRow >= 0 && potentialLowers) {
        current -= 1;
        freeRows[current] = displacedRow;
      } else if (displacedRow >= 0) {
        freeRows[nextFreeCount] = displacedRow;
        nextFreeCount += 1;
      }
    } else if (displacedRow >= 0) {
      freeRows[nextFreeCount] = displacedRow;
      nextFreeCount += 1;
    }
    rowToColumn[freeRow] = chosenColumn;
    columnToRow[chosenColumn] = freeRow;
  }
  return nextFreeCount;
}

interface PathSearch {
  /** Shortest reduced distance from the start row to each column. */
  distance: Float64Array;
  /** Row preceding each column on its shortest path. */
  predecessor: Int32Array;
  /** Columns, partitioned into [ready | current minimum level | to scan]. */
  columns: Int32Array;
  low: number;
  high: number;
  readyCount: number;
}

function augmentFreeRows(state: LapState, freeRows: Int32Array, freeCount: number): void {
  const search: PathSearch = {
    distance: new Float64Array(state.size),
    predecessor: new Int32Array(state.size),
    columns: new Int32Array(state.size),
    low: 0,
    high: 0,
    readyCount: 0,
  };
  for (let index = 0; index < freeCount; index += 1) {
    const startRow = freeRows[index];
    let column = findShortestPath(state, search, startRow);
    let row = UNASSIGNED;
    while (row !== startRow) {
      row = search.predecessor[column];
      state.columnToRow[column] = row;
      const previousColumn = state.rowToColumn[row];
      state.rowToColumn[row] = column;
      column = previousColumn;
    }
  }
}

/** Dijkstra over columns from a free row; returns the free column ending the path. */
function findShortestPath(state: LapState, search: PathSearch, startRow: number): number {
  const { size, costs, columnPotential } = state;
  const { distance, predecessor, columns } = search;
  for (let column = 0; column < size; column += 1) {
    columns[column] = column;
    distance[column] = costs[startRow * size + column] - columnPotential[column];
    predecessor[column] = startRow;
  }
  search.low = 0;
  search.high = 0;
  search.readyCount = 0;
  let finalColumn = UNASSIGNED;
  while (finalColumn === UNASSIGNED) {
    if (search.low === search.high) finalColumn = collectMinimumLevel(state, search);
    if (finalColumn === UNASSIGNED) finalColumn = scanMinimumLevel(state, search);
  }
  const minimum = distance[columns[search.low]];
  for (let index = 0; index < search.readyCount; index += 1) {
    const column = columns[index];
    columnPotential[column] += distance[column] - minimum;
  }
  return finalColumn;
}

/** Moves all columns at the next minimum distance into [low, high); returns a free one if any. */
function collectMinimumLevel(state: LapState, search: PathSearch): number {
  const { distance, columns } = search;
  search.readyCount = search.low;
  let high = search.low + 1;
  let minimum = distance[columns[search.low]];
  for (let index = high; index < state.size; index += 1) {
    const column = columns[index];
    const value = distance[column];
    if (value > minimum) continue;
    if (value < minimum) {
      high = search.low;
      minimum = value;
    }
    columns[index] = columns[high];
    columns[high] = column;
    high += 1;
  }
  search.high = high;
  for (let index = search.low; index < high; index += 1) {
    if (state.columnToRow[columns[index]] < 0) return columns[index];
  }
  return UNASSIGNED;
}

/** Relaxes edges out of the rows assigned to minimum-level columns. */
function scanMinimumLevel(state: LapState, search: PathSearch): number {
  const { size, costs, columnToRow, columnPotential } = state;
  const { distance, predecessor, columns } = search;
  let { low, high } = search;
  while (low !== high) {
    const reachedColumn = columns[low];
    low += 1;
    const row = columnToRow[reachedColumn];
    const minimum = distance[reachedColumn];
    const offset = row * size;
    const shift = costs[offset + reachedColumn] - columnPotential[reachedColumn] - minimum;
    for (let index = high; index < size; index += 1) {
      const column = columns[index];
      const reduced = costs[offset + column] - columnPotential[column] - shift;
      if (reduced >= distance[column]) continue;
      distance[column] = reduced;
      predecessor[column] = row;
      if (reduced === minimum) {
        if (columnToRow[column] < 0) return column;
        columns[index] = columns[high];
        columns[high] = column;
        high += 1;
      }
    }
  }
  search.low = low;
  search.high = high;
  return UNASSIGNED;
}
