import { Injectable } from '@nestjs/common';
import { In, Repository } from 'typeorm';
import { UserEntity, UserRole, Verification } from './user.entity.js';
import { UnitOfWork } from '../database/unit-of-work.js';

export interface NewUser {
  email: string;
  passwordHash: string;
  displayName: string;
  role: UserRole;
  locale: string;
  termsAcceptedAt: Date;
  /** Staff: the organisation they coordinate (admins may have one). */
  organisationId?: string | null;
  /** Set for staff and admins, who never get a verification link. */
  emailVerifiedAt?: Date | null;
}

@Injectable()
export class UsersRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get users(): Repository<UserEntity> {
    return this.uow.manager.getRepository(UserEntity);
  }

  createUser(input: NewUser): Promise<UserEntity> {
    return this.users.save(this.users.create({ ...input, status: 'active' }));
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  /** Row-locks a person inside the caller's transaction, serialising decisions that count their things (a host's capacity). */
  async lockById(id: string): Promise<void> {
    await this.uow.manager.getRepository(UserEntity).createQueryBuilder('u').select('u.id').setLock('pessimistic_write').where('u.id = :id', { id }).getOne();
  }

  findByIds(ids: string[]): Promise<UserEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.users.findBy({ id: In(ids) });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email }).getOne();
  }

  /** One organisation's volunteers (hosts), oldest sign-up first, so the vetting queue is worked in order. */
  findVolunteers(organisationId: string | null, verification: Verification | undefined): Promise<UserEntity[]> {
    const query = this.users
      .createQueryBuilder('u')
      .innerJoin('volunteer_vettings', 'v', 'v.user_id = u.id')
      .where(`u.role = 'host' AND u.erased_at IS NULL`)
      .distinct(true);
    if (organisationId !== null) query.andWhere('v.organisation_id = :organisationId', { organisationId });
    if (verification !== undefined) query.andWhere('v.verification = :verification', { verification });
    return query.orderBy('u.created_at', 'ASC').addOrderBy('u.id', 'ASC').limit(500).getMany();
  }

  /** The STAFF_EMAIL coordinator of an installation from before organisations runs the platform. */
  async promoteToAdmin(email: string): Promise<void> {
    await this.users.createQueryBuilder().update().set({ role: 'admin' }).where(`lower(email) = lower(:email) AND role = 'staff'`, { email }).execute();
  }

  async anyStaffExists(): Promise<boolean> {
    return (await this.users.countBy({ role: In(['staff', 'admin']) })) > 0;
  }

  /** Erasure: the row stays (others' history refers to it) but identifies nobody. */
  async anonymise(userId: string, erasedAt: Date): Promise<void> {
    await this.users.update(
      { id: userId },
      { email: null, passwordHash: null, displayName: 'Deleted account', locale: 'en', suspensionReason: null, erasedAt },
    );
  }

  save(user: UserEntity): Promise<UserEntity> {
    return this.users.save(user);
  }
}
