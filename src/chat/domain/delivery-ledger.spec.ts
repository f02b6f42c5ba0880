import { DeliveryLedger } from './delivery-ledger.js';

const seqs = (...values: number[]): Array<{ seq: number }> => values.map((seq) => ({ seq }));

describe('DeliveryLedger', () => {
  it('gives each seq once, whether it comes as an event or in a backlog', () => {
    const ledger = new DeliveryLedger();
    expect(ledger.offer(1)).toBe(true);
    expect(ledger.offer(1)).toBe(false);
    expect(ledger.unseen(seqs(1, 2, 3)).map((m) => m.seq)).toEqual([2, 3]);
    expect(ledger.offer(3)).toBe(false);
    expect(ledger.offer(4)).toBe(true);
  });

  it('covers the join race: an event that arrives between joining the room and reading the backlog is not in the ack', () => {
    const ledger = new DeliveryLedger();
    ledger.claim(5);
    expect(ledger.offer(7)).toBe(true);
    expect(ledger.unseen(seqs(6, 7)).map((m) => m.seq)).toEqual([6]);
    expect(ledger.offer(6)).toBe(false);
    expect(ledger.pendingAbove).toBe(0);
  });

  it('does not give what the client said it already holds', () => {
    const ledger = new DeliveryLedger();
    ledger.claim(10);
    expect(ledger.offer(3)).toBe(false);
    expect(ledger.unseen(seqs(9, 10, 11)).map((m) => m.seq)).toEqual([11]);
  });

  it('accepts out-of-order events and keeps only the gap in memory', () => {
    const ledger = new DeliveryLedger();
    expect([5, 3, 4, 2].map((seq) => ledger.offer(seq))).toEqual([true, true, true, true]);
    expect(ledger.pendingAbove).toBe(4);
    expect(ledger.offer(1)).toBe(true);
    expect(ledger.pendingAbove).toBe(0);
    expect([1, 2, 3, 4, 5].some((seq) => ledger.offer(seq))).toBe(false);
  });

  it('a later claim prunes what it covers', () => {
    const ledger = new DeliveryLedger();
    ledger.offer(4);
    ledger.offer(9);
    ledger.claim(6);
    expect(ledger.pendingAbove).toBe(1);
    expect(ledger.offer(7)).toBe(true);
    expect(ledger.offer(8)).toBe(true);
    expect(ledger.pendingAbove).toBe(0);
    expect(ledger.has(9)).toBe(true);
  });

  it('random interleavings of events and backlogs never give a seq twice nor lose one', () => {
    let state = 42;
    const random = (): number => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    for (let round = 0; round < 200; round += 1) {
      const ledger = new DeliveryLedger();
      const given: number[] = [];
      const total = 1 + Math.floor(random() * 40);
      const order = Array.from({ length: total }, (_, i) => i + 1).sort(() => random() - 0.5);
      for (const seq of order) {
        if (random() < 0.3) {
          const from = Math.max(0, seq - 1 - Math.floor(random() * 5));
          given.push(...ledger.unseen(seqs(...Array.from({ length: seq - from }, (_, i) => from + i + 1))).map((m) => m.seq));
        } else if (ledger.offer(seq)) {
          given.push(seq);
        }
      }
      given.push(...ledger.unseen(seqs(...Array.from({ length: total }, (_, i) => i + 1))).map((m) => m.seq));
      expect([...given].sort((a, b) => a - b)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    }
  });
});
