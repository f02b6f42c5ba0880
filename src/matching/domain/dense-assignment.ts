/**
 * Dense square linear assignment (minimise cost), Jonker-Volgenant (LAPJV):
 * column reduction, two rounds of augmenting row reduction, then shortest
 * augmenting paths with column potentials. O(n^3) worst case, typed arrays throughout.
 * Follows the structure of Jonker & Volgenant (1987) as popularised by the `lap` package.
 */

export type CostRows = ReadonlyArray<ArrayLike<number>>;

export interface DenseAssignmentResult {
  /** assignment[row] = column assigned to that row. */
  assignment: number[];
  /** Sum of costs[row][assignment[row]]. */
  cost: number;
}

const UNASSIGNED = -1;

interface LapState {
  size: number;
  /** Row-major costs, costs[row * size + column]. */
  costs: Float64Array;
  rowToColumn: Int32Array;
  columnToRow: Int32Array;
  /** Column potentials ("prices"): reduced cost = cost - columnPotential. */
  columnPotential: Float64Array;
}

export function solveDenseAssignment(costRows: CostRows): DenseAssignmentResult {
  const state = createState(costRows);
  if (state.size > 0) runLapjv(state);
  const assignment = Array.from(state.rowToColumn);
  let cost = 0;
  for (let row = 0; row < state.size; row += 1) cost += state.costs[row * state.size + assignment[row]];
  return { assignment, cost };
}

function createState(costRows: CostRows): LapState {
  const size = costRows.length;
  const costs = new Float64Array(size * size);
  costRows.forEach((rowValues, row) => {
    if (rowValues.length !== size) {
      throw new RangeError(`Cost matrix must be square: row ${row} has ${rowValues.length} entries, expected ${size}`);
    }
    for (let column = 0; column < size; column += 1) {
      const value = rowValues[column];
      if (!Number.isFinite(value)) throw new RangeError(`Cost at row ${row}, column ${column} is not a finite number`);
      costs[row * size + column] = value;
    }
  });
  return {
    size,
    costs,
    rowToColumn: new Int32Array(size).fill(UNASSIGNED),
    columnToRow: new Int32Array(size).fill(UNASSIGNED),
    columnPotential: new Float64Array(size),
  };
}

function runLapjv(state: LapState): void {
  if (state.size === 1) {
    state.rowToColumn[0] = 0;
    state.columnToRow[0] = 0;
    return;
  }
  const freeRows = new Int32Array(state.size);
  let freeCount = reduceColumns(state, freeRows);
  // Two rounds of augmenting row reduction is the classic JV choice: cheap and usually enough.
  for (let round = 0; round < 2 && freeCount > 0; round += 1) {
    freeCount = augmentingRowReduction(state, freeRows, freeCount);
  }
  if (freeCount > 0) augmentFreeRows(state, freeRows, freeCount);
}

/** Column reduction + reduction transfer; returns the number of rows left free. */
function reduceColumns(state: LapState, freeRows: Int32Array): number {
  const { size, costs, rowToColumn, columnToRow, columnPotential } = state;
  columnPotential.fill(Infinity);
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) {
      const cost = costs[row * size + column];
      if (cost < columnPotential[column]) {
        columnPotential[column] = cost;
        columnToRow[column] = row;
      }
    }
  }
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

function transferReductions(state: LapState, hasUniqueColumn: Uint8Array, freeRows: Int32Array): number {
  const { size, costs, rowToColumn, columnPotential } = state;
  let freeCount = 0;
  for (let row = 0; row < size; row += 1) {
    const ownColumn = rowToColumn[row];
    if (ownColumn < 0) {
      freeRows[freeCount] = row;
      freeCount += 1;
    } else if (hasUniqueColumn[row] === 1) {
      let minimum = Infinity;
      for (let column = 0; column < size; column += 1) {
        if (column === ownColumn) continue;
        const reduced = costs[row * size + column] - columnPotential[column];
        if (reduced < minimum) minimum = reduced;
      }
      columnPotential[ownColumn] -= minimum;
    }
  }
  return freeCount;
}

/** Smallest and second-smallest reduced cost of a row, with their columns. */
function twoBestColumns(state: LapState, row: number): [number, number, number, number] {
  const { size, costs, columnPotential } = state;
  let bestColumn = 0;
  let bestValue = costs[row * size] - columnPotential[0];
  let secondColumn = UNASSIGNED;
  let secondValue = Infinity;
  for (let column = 1; column < size; column += 1) {
    const reduced = costs[row * size + column] - columnPotential[column];
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
  return [bestColumn, bestValue, secondColumn, secondValue];
}

/** Augmenting row reduction (auction-like); returns the number of rows still free. */
function augmentingRowReduction(state: LapState, freeRows: Int32Array, freeCount: number): number {
  const { size, rowToColumn, columnToRow, columnPotential } = state;
  let current = 0;
  let nextFreeCount = 0;
  let iterations = 0;
  while (current < freeCount) {
    iterations += 1;
    const freeRow = freeRows[current];
    current += 1;
    const [bestColumn, bestValue, secondColumn, secondValue] = twoBestColumns(state, freeRow);
    let chosenColumn = bestColumn;
    let displacedRow = columnToRow[bestColumn];
    const loweredPotential = columnPotential[bestColumn] - (secondValue - bestValue);
    const potentialLowers = loweredPotential < columnPotential[bestColumn];
    // The iteration cap bounds the work when ties keep bouncing rows between columns.
    if (iterations < current * size) {
      if (potentialLowers) columnPotential[bestColumn] = loweredPotential;
      else if (displacedRow >= 0 && secondColumn >= 0) {
        chosenColumn = secondColumn;
        displacedRow = columnToRow[secondColumn];
      }
      if (displacedRow >= 0) {
        if (potentialLowers) {
          current -= 1;
          freeRows[current] = displacedRow;
        } else {
          freeRows[nextFreeCount] = displacedRow;
          nextFreeCount += 1;
        }
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
