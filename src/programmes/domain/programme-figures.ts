export type ScoreKey = '1' | '2' | '3' | '4' | '5';

export interface CheckInFigures {
  count: number;
  byScore: Record<ScoreKey, number>;
  /** Two decimals; null without check-ins. */
  mean: number | null;
}

/** Check-in counts per score (1..5) into the figures a chart draws: every score present, and the mean. */
export function checkInFigures(counts: ReadonlyArray<{ score: number; count: number }>): CheckInFigures {
  const byScore: Record<ScoreKey, number> = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  let count = 0;
  let total = 0;
  for (const { score, count: n } of counts) {
    const key = String(score);
    if (!isScoreKey(key)) continue;
    byScore[key] += n;
    count += n;
    total += score * n;
  }
  return { count, byScore, mean: count === 0 ? null : roundTo(total / count, 2) };
}

function isScoreKey(key: string): key is ScoreKey {
  return key === '1' || key === '2' || key === '3' || key === '4' || key === '5';
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
