import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity.js';

export interface NewAuditEntry {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  note?: string | null;
}

/** Append-only: this repository can add and read entries, never change or remove them. */
@Injectable()
export class AuditRepository {
  constructor(@InjectRepository(AuditEntryEntity) private readonly entries: Repository<AuditEntryEntity>) {}

  async append(entry: NewAuditEntry, manager?: EntityManager): Promise<AuditEntryEntity> {
    const repository = manager?.getRepository(AuditEntryEntity) ?? this.entries;
    return repository.save(repository.create({ ...entry, note: entry.note ?? null }));
  }
}
