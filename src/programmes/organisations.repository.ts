import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';

/** The organisations themselves: made by admins, read by everyone who names one. */
@Injectable()
export class OrganisationsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /** Throws the unique violation when the name is taken, whatever its case. */
  create(input: { name: string; countryCode: string; safeguardingEmail: string | null }): Promise<OrganisationEntity> {
    const organisations = this.uow.manager.getRepository(OrganisationEntity);
    return organisations.save(organisations.create({ ...input, requiredVettingChecks: [] }));
  }

  findById(id: string): Promise<OrganisationEntity | null> {
    return this.uow.manager.getRepository(OrganisationEntity).findOneBy({ id });
  }

  /** Whether another organisation (not `exceptId`) has this name, whatever its case. */
  async nameTaken(name: string, exceptId: string | null = null): Promise<boolean> {
    const rows: unknown[] = await this.uow.query(`SELECT 1 FROM organisations WHERE lower(name) = lower($1) AND id IS DISTINCT FROM $2`, [name, exceptId]);
    return rows.length > 0;
  }

  /** Throws the unique violation when the new name is taken. */
  async update(organisation: OrganisationEntity, changes: Partial<Pick<OrganisationEntity, 'name' | 'countryCode' | 'safeguardingEmail'>>): Promise<OrganisationEntity> {
    return this.uow.manager.getRepository(OrganisationEntity).save(Object.assign(organisation, changes));
  }

  /** Every organisation, by name. */
  findAllByName(): Promise<OrganisationEntity[]> {
    return this.uow.manager.getRepository(OrganisationEntity).createQueryBuilder('o').orderBy('lower(o.name)').addOrderBy('o.id').getMany();
  }
}
