import type { PairSide } from './domain/pair.js';
import { daysBeforeNow, makeHost, makeMigrant, sideOf } from './domain/test-factories.js';
import { deserializePeople, PackedRoundPeople } from './round-people.js';

function allPeople(packed: PackedRoundPeople): PairSide[] {
  return [...packed.batches()].flatMap((batch) => batch.people);
}

describe('PackedRoundPeople', () => {
  const migrants = Array.from({ length: 5 }, (_, index) => sideOf(makeMigrant({ id: `m${index}`, waitingSince: daysBeforeNow(index), interests: index % 2 === 0 ? ['cooking'] : [] })));

  it('gives the batches back in order, each with the index of its first person', () => {
    const packed = new PackedRoundPeople();
    packed.add(migrants.slice(0, 2));
    packed.add(migrants.slice(2, 3));
    packed.add(migrants.slice(3));
    expect(packed.length).toBe(5);
    expect([...packed.batches()].map((batch) => [batch.first, batch.people.map((side) => side.person.id)])).toEqual([
      [0, ['m0', 'm1']],
      [2, ['m2']],
      [3, ['m3', 'm4']],
    ]);
  });

  it('keeps the people as they were, dates included, and answers each batch as a thread takes it', () => {
    const packed = new PackedRoundPeople();
    const sent = packed.add(migrants);
    expect(allPeople(packed)).toEqual(migrants);
    expect(allPeople(packed)[3].person.waitingSince.getTime()).toBe(migrants[3].person.waitingSince.getTime());
    expect(deserializePeople(sent)).toEqual(migrants);
  });

  it('keeps a batch smaller than it is sent', () => {
    const hosts = Array.from({ length: 2_000 }, (_, index) => sideOf(makeHost({ id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}` }), { openSlots: 2 }));
    const packed = new PackedRoundPeople();
    const sent = packed.add(hosts);
    expect(packed.packedBytes).toBeGreaterThan(0);
    expect(packed.packedBytes).toBeLessThan(sent.byteLength / 5);
    expect(allPeople(packed)).toEqual(hosts);
  });
});
