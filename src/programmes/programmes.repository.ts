import { Injectable } from '@nestjs/common';
import { scopeFilter, type StaffScope } from '../access/staff-scope.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import type { ProgrammeRegion, ProgrammeRules, ProgrammeStatus } from '../organisations/domain/programme.js';

/** A programme with the name of the organisation that runs it. */
export interface ProgrammeRecord {
  id: string;
  organisationId: string;
  organisationName: string;
  name: string;
  description: string;
  status: ProgrammeStatus;
  region: ProgrammeRegion;
  rules: ProgrammeRules;
  createdAt: Date;
}

export interface NewProgramme {
  organisationId: string;
  name: string;
  description: string;
  status: ProgrammeStatus;
  region: ProgrammeRegion;
  rules: ProgrammeRules;
}

export type ProgrammeChanges = Partial<Omit<NewProgramme, 'organisationId'>>;

const SELECT_RECORD = `
  SELECT p.id, p.organisation_id AS "organisationId", o.name AS "organisationName", p.name, p.description, p.status,
         p.region, p.rules, p.created_at AS "createdAt"
    FROM programmes p JOIN organisations o ON o.id = p.organisation_id`;

/** Programmes: written by their coordinators, read by everyone looking for one. */
@Injectable()
export class ProgrammesRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async insert(input: NewProgramme): Promise<string> {
    const rows: Array<{ id: string }> = await this.uow.query(
      `INSERT INTO programmes (organisation_id, name, description, status, region, rules) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [input.organisationId, input.name, input.description, input.status, JSON.stringify(input.region), JSON.stringify(input.rules)],
    );
    return rows[0].id;
  }

  async update(id: string, changes: ProgrammeChanges): Promise<void> {
    const params: unknown[] = [id];
    const sets: string[] = [];
    const set = (column: string, value: unknown): void => {
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    };
    if (changes.name !== undefined) set('name', changes.name);
    if (changes.description !== undefined) set('description', changes.description);
    if (changes.status !== undefined) set('status', changes.status);
    if (changes.region !== undefined) set('region', JSON.stringify(changes.region));
    if (changes.rules !== undefined) set('rules', JSON.stringify(changes.rules));
    if (sets.length === 0) return;
    await this.uow.query(`UPDATE programmes SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, params);
  }

  async findRecord(id: string): Promise<ProgrammeRecord | null> {
    const rows: ProgrammeRecord[] = await this.uow.query(`${SELECT_RECORD} WHERE p.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** The programme's row locked until the unit of work ends (a change, or someone joining). */
  async lockRecord(id: string): Promise<ProgrammeRecord | null> {
    const rows: ProgrammeRecord[] = await this.uow.query(`${SELECT_RECORD} WHERE p.id = $1 FOR UPDATE OF p`, [id]);
    return rows[0] ?? null;
  }

  /** The scope's programmes, newest first. */
  findInScope(scope: StaffScope): Promise<ProgrammeRecord[]> {
    const params: unknown[] = [];
    return this.uow.query(`${SELECT_RECORD} WHERE ${scopeFilter(scope, 'p.organisation_id', params)} ORDER BY p.created_at DESC, p.id`, params);
  }

  /** Every open programme, oldest first (the default one leads). */
  findOpen(): Promise<ProgrammeRecord[]> {
    return this.uow.query(`${SELECT_RECORD} WHERE p.status = 'open' ORDER BY p.created_at, p.id`);
  }
}
