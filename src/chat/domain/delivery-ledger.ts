/**
 * Which messages of one conversation one socket has already been given, so that each reaches it
 * once: either in a `join` ack or as a `message` event, never both and never twice. Needed because
 * a socket joins the room before reading the backlog (so nothing committed meanwhile is missed),
 * which means a message can show up in both. Events may also arrive out of seq order (several
 * processes), so "given" is a contiguous watermark plus the few seqs given above it.
 */
export class DeliveryLedger {
  private watermark = 0;
  private readonly above = new Set<number>();

  /** The client says it already holds everything up to `seq` (the join's `afterSeq`). */
  claim(seq: number): void {
    if (seq <= this.watermark) return;
    this.watermark = seq;
    for (const given of this.above) if (given <= seq) this.above.delete(given);
    this.advance();
  }

  /** True when `seq` is new to the socket; it then counts as given. */
  offer(seq: number): boolean {
    if (this.has(seq)) return false;
    this.mark(seq);
    return true;
  }

  /** The backlog minus what the socket already got; what is returned counts as given. */
  unseen<T extends { seq: number }>(messages: readonly T[]): T[] {
    return messages.filter((message) => this.offer(message.seq));
  }

  has(seq: number): boolean {
    return seq <= this.watermark || this.above.has(seq);
  }

  /** Seqs held above the watermark: stays small unless a broadcast was lost (then a re-join fills it). */
  get pendingAbove(): number {
    return this.above.size;
  }

  private mark(seq: number): void {
    if (seq === this.watermark + 1) {
      this.watermark = seq;
      this.advance();
    } else {
      this.above.add(seq);
    }
  }

  private advance(): void {
    while (this.above.delete(this.watermark + 1)) this.watermark += 1;
  }
}
