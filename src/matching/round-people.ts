/**
 * How a round's people travel and wait outside the pure domain: serialized as V8 clones them for
 * a thread (so a batch is serialized once, for its thread and for keeping), and kept, while the
 * threads evaluate, compressed.
 */
import { deserialize, serialize } from 'node:v8';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { PairSide } from './domain/pair.js';
import type { PeopleBatch, RoundPeople } from './domain/round-graph.js';

/** People as a thread takes them: V8's serialization, Dates and all. */
export function serializePeople(people: readonly PairSide[]): Uint8Array {
  return serialize(people);
}

export function deserializePeople(serialized: Uint8Array): PairSide[] {
  return deserialize(serialized) as PairSide[];
}

/**
 * Compression's fastest level: a batch of 2,000 people (about 1 MB serialized, repeating the same
 * keys, codes and zones) packs in a few milliseconds while the next batch is read.
 */
const PACK_LEVEL = 1;

/**
 * A round's migrants or hosts as the main thread keeps them while its threads evaluate: each batch
 * serialized and compressed, a tenth or so of the people whole (docs/benchmarks.md, Rounds), and
 * unpacked a batch at a time only to explain the pairs the round chose.
 */
export class PackedRoundPeople implements RoundPeople {
  private readonly packed: Buffer[] = [];
  private readonly firsts: number[] = [];
  private count = 0;

  get length(): number {
    return this.count;
  }

  /** What the packed batches take. */
  get packedBytes(): number {
    return this.packed.reduce((sum, batch) => sum + batch.byteLength, 0);
  }

  /** Keeps the batch (its people are the next of the round's) and answers it serialized, for a thread. */
  add(batch: readonly PairSide[]): Uint8Array {
    const serialized = serializePeople(batch);
    this.packed.push(deflateRawSync(serialized, { level: PACK_LEVEL }));
    this.firsts.push(this.count);
    this.count += batch.length;
    return serialized;
  }

  *batches(): Generator<PeopleBatch> {
    for (let index = 0; index < this.packed.length; index += 1) {
      yield { first: this.firsts[index], people: deserializePeople(inflateRawSync(this.packed[index])) };
    }
  }
}
