import { Injectable } from '@nestjs/common';

/**
 * A feature's rule for keeping less, for less long: how many days its data is kept, and one bounded
 * batch of forgetting what is older. `sweepBatch` answers how many rows it changed (at most `limit`);
 * forgetting something twice must change nothing, so a repeated or concurrent run is harmless.
 */
export interface RetentionRule {
  name: string;
  keepDays: number;
  sweepBatch(cutoff: Date, limit: number, now: Date): Promise<number>;
}

/** Features register their rules at start-up beside their export and erasure (PersonalDataRegistry). */
@Injectable()
export class RetentionRegistry {
  private readonly rules: RetentionRule[] = [];

  register(rule: RetentionRule): void {
    if (this.rules.some((r) => r.name === rule.name)) throw new Error(`retention rule ${rule.name} registered twice`);
    this.rules.push(rule);
  }

  all(): readonly RetentionRule[] {
    return this.rules;
  }
}
