import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { languageName } from '../matching/domain/score.js';
import { MatchLifecycle } from '../matches/match-lifecycle.js';
import { MatchesRepository } from '../matches/matches.repository.js';
import { joinProblem, type RulePerson } from '../organisations/domain/programme-rules.js';
import type { MembershipView } from '../organisations/dto/membership.view.js';
import { MembershipsRepository } from '../organisations/memberships.repository.js';
import { VettingsRepository } from '../organisations/vettings.repository.js';
import type { ProfileEntity } from '../profiles/profile.entity.js';
import { PlacesService } from '../profiles/places/places.service.js';
import { ProfilesRepository } from '../profiles/profiles.repository.js';
import type { UserEntity } from '../users/user.entity.js';
import type { JoinProgrammeDto } from './dto/membership.dto.js';
import { programmeErrors } from './programme-errors.js';
import { ProgrammesRepository } from './programmes.repository.js';
import { regionCentre, regionPlaceIds } from './region-centre.js';

/** Why the system closes a person's matches when they leave a programme (the decline reason `other`). */
export const LEFT_PROGRAMME_NOTE = 'Left the programme';

/** People joining and leaving programmes: the one path for both. */
@Injectable()
export class ProgrammeMembershipService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly programmes: ProgrammesRepository,
    private readonly memberships: MembershipsRepository,
    private readonly vettings: VettingsRepository,
    private readonly profiles: ProfilesRepository,
    private readonly matches: MatchesRepository,
    private readonly lifecycle: MatchLifecycle,
    private readonly places: PlacesService,
    private readonly clock: Clock,
  ) {}

  /** Checks the programme's rules against the person's profile; a volunteer waits for the organisation's vetting. */
  async join(user: UserEntity, input: JoinProgrammeDto): Promise<MembershipView> {
    const role = user.role;
    if (role !== 'migrant' && role !== 'host') throw programmeErrors.refusal('programme.staff', 'Staff and admin accounts take part in no programme');
    const now = this.clock.now();
    return this.uow.transaction(async () => {
      const programme = await this.programmes.findRecord(input.programmeId);
      if (programme === null) throw programmeErrors.notFound('programme');
      if (programme.status !== 'open') throw programmeErrors.refusal('programme.not-open', `${programme.name} is not open for new members`, { status: programme.status });
      if ((await this.memberships.find(programme.id, user.id))?.status === 'active') {
        throw programmeErrors.refusal('programme.already-member', `You are already a member of ${programme.name}`);
      }
      const person = rulePerson(role, await this.profiles.findByUserId(user.id));
      const centre = regionCentre(programme.region, await this.places.findByIds(regionPlaceIds([programme])));
      const problem = joinProblem(person, programme, centre, { now, languageName });
      if (problem !== null) throw programmeErrors.refusal(`programme.${problem.code}`, problem.message, { rule: problem.code });
      await this.memberships.join({ programmeId: programme.id, userId: user.id, role, shareHistory: input.shareHistory ?? false, joinedAt: now });
      if (role === 'host') await this.vettings.ensurePending(programme.organisationId, user.id);
      const membership = (await this.memberships.allOf(user.id)).find((m) => m.programme.id === programme.id);
      if (membership === undefined) throw new Error(`membership of ${user.id} in ${programme.id} vanished`);
      return membership;
    });
  }

  /** The caller's memberships, those they left included, oldest first. */
  mine(user: UserEntity): Promise<MembershipView[]> {
    return this.memberships.allOf(user.id);
  }

  /** Leaves, declining the person's proposals and ending their active matches in the programme, all at once. */
  async leave(user: UserEntity, programmeId: string): Promise<void> {
    await this.uow.transaction(async () => {
      const open = (await this.matches.findOpenOfForUpdate(user.id)).filter((match) => match.programmeId === programmeId);
      if (!(await this.memberships.leave(programmeId, user.id, this.clock.now()))) throw programmeErrors.notFound('membership');
      await this.lifecycle.leave(open, user.id, 'other', LEFT_PROGRAMME_NOTE);
    });
  }
}

function rulePerson(role: 'migrant' | 'host', profile: ProfileEntity | null): RulePerson {
  return {
    role,
    gender: profile?.gender ?? null,
    birthYear: profile?.birthYear ?? null,
    languages: profile?.languages ?? [],
    countryCode: profile?.countryCode ?? null,
    lat: profile?.lat ?? null,
    lon: profile?.lon ?? null,
  };
}
