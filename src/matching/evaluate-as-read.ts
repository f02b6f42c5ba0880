/**
 * A round reads its migrants a batch at a time and has each batch evaluated (on its threads) while
 * it reads the next: `evaluate` is called on each batch `readNext` gives, at once, and the results
 * come in batch order when the reading has ended (`readNext` answers null). An evaluation that fails
 * while reading goes on fails the whole then, once; left unhandled until then, it would end the
 * process (Node's default for an unhandled rejection).
 */
export async function evaluateAsRead<Batch, Result>(readNext: () => Promise<Batch | null>, evaluate: (batch: Batch) => Promise<Result>): Promise<Result[]> {
  const evaluated: Array<Promise<Result>> = [];
  for (let batch = await readNext(); batch !== null; batch = await readNext()) {
    const result = evaluate(batch);
    result.catch(() => undefined);
    evaluated.push(result);
  }
  return Promise.all(evaluated);
}
