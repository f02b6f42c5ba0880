import { Injectable } from '@nestjs/common';

/**
 * A feature's share of a person's data: what it exports (GDPR art. 15/20) and how it erases it.
 * `erase` runs inside the erasure transaction and must use the given manager.
 */
export interface PersonalDataSection {
  name: string;
  /** Lower runs first: features that end relationships go before those that delete rows. */
  eraseOrder: number;
  export(userId: string): Promise<unknown>;
  erase(userId: string, now: Date): Promise<void>;
}

/** Features register their section at start-up, so export and erasure never miss a table that a feature owns. */
@Injectable()
export class PersonalDataRegistry {
  private readonly sections: PersonalDataSection[] = [];

  register(section: PersonalDataSection): void {
    if (this.sections.some((s) => s.name === section.name)) throw new Error(`personal data section ${section.name} registered twice`);
    this.sections.push(section);
  }

  async exportAll(userId: string): Promise<Record<string, unknown>> {
    const entries = await Promise.all(this.sections.map(async (s) => [s.name, await s.export(userId)] as const));
    return Object.fromEntries(entries);
  }

  async eraseAll(userId: string, now: Date): Promise<void> {
    for (const section of [...this.sections].sort((a, b) => a.eraseOrder - b.eraseOrder)) {
      await section.erase(userId, now);
    }
  }
}
