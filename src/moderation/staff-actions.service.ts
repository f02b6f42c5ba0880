import { Injectable } from '@nestjs/common';
import { OrganisationAccess, type AuditTarget } from '../access/organisation-access.js';
import { AuditRepository, type NewAuditEntry } from '../audit/audit.repository.js';
import { Clock } from '../common/clock.js';
import { matchErrors } from '../matches/match-errors.js';
import { ProfileViews } from '../profiles/profile-views.js';
import type { UserView } from '../users/dto/user.view.js';
import type { UserEntity } from '../users/user.entity.js';
import { userErrors } from '../users/user-errors.js';
import { actionTarget, ActionTarget } from './domain/report-rules.js';
import type { ReportView } from './dto/report.dto.js';
import type { ResolveReportDto, StaffMessageView } from './dto/staff.dto.js';
import { ModeratedMessagesRepository } from './moderated-messages.repository.js';
import { ModerationActions } from './moderation-actions.js';
import { moderationErrors } from './moderation-errors.js';
import { toReportView, toStaffMessageView } from './moderation-views.js';
import { ReportsRepository } from './reports.repository.js';
import { UnitOfWork } from '../database/unit-of-work.js';

type StaffAction = Omit<NewAuditEntry, 'actorId' | 'targetType' | 'targetId' | 'organisationId'>;

/**
 * Every staff action runs in one transaction with exactly one audit entry: the direct routes
 * audit the thing acted on, resolving a report audits the report (the action is in its name).
 * Whatever lies outside the caller's organisation answers 404 before anything is changed.
 */
@Injectable()
export class StaffActionsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly actions: ModerationActions,
    private readonly reports: ReportsRepository,
    private readonly messages: ModeratedMessagesRepository,
    private readonly audit: AuditRepository,
    private readonly views: ProfileViews,
    private readonly clock: Clock,
    private readonly access: OrganisationAccess,
  ) {}

  async hideMessage(staff: UserEntity, messageId: string, note: string): Promise<StaffMessageView> {
    const message = await this.audited(staff, { type: 'message', id: messageId }, { action: 'message.hide', note }, () =>
      this.actions.hideMessage(staff.id, messageId, 'refuse'),
    );
    return toStaffMessageView(message);
  }

  async warnUser(staff: UserEntity, userId: string, note: string): Promise<UserView> {
    const user = await this.audited(staff, { type: 'user', id: userId }, { action: 'user.warn', note }, () => this.actions.warnUser(staff.id, userId, note));
    return this.views.userView(user, staff);
  }

  async suspendUser(staff: UserEntity, userId: string, reason: string, days: number | undefined): Promise<UserView> {
    const user = await this.audited(staff, { type: 'user', id: userId }, { action: 'user.suspend', note: suspensionNote(reason, days) }, () =>
      this.actions.suspendUser(staff.id, userId, reason, days),
    );
    return this.views.userView(user, staff);
  }

  async unsuspendUser(staff: UserEntity, userId: string, note: string | undefined): Promise<UserView> {
    const user = await this.audited(staff, { type: 'user', id: userId }, { action: 'user.unsuspend', note }, () => this.actions.unsuspendUser(userId));
    return this.views.userView(user, staff);
  }

  async resolveReport(staff: UserEntity, reportId: string, input: ResolveReportDto): Promise<ReportView> {
    if (input.suspendDays !== undefined && input.action !== 'suspend_user') {
      throw moderationErrors.refusal('report.days-without-suspension', 'suspendDays goes only with the suspend_user action');
    }
    const report = await this.audited(staff, { type: 'report', id: reportId }, { action: `report.resolve.${input.action}`, note: input.note }, async () => {
      const open = await this.reports.findByIdForUpdate(reportId);
      if (open === null) throw moderationErrors.notFound('report');
      if (open.status === 'resolved') throw moderationErrors.refusal('report.already-resolved', 'This report is already resolved');
      const sender = open.messageId === null ? null : ((await this.messages.findById(open.messageId))?.senderId ?? null);
      const target = actionTarget(input.action, { ...open, messageSenderId: sender });
      if (target === undefined) throw moderationErrors.refusal('report.no-target', `This report names nothing the action ${input.action} could act on`);
      await this.applyToTarget(staff.id, input, target);
      Object.assign(open, { status: 'resolved', resolvedAt: this.clock.now(), resolvedBy: staff.id, resolution: { action: input.action, note: input.note, suspendDays: input.suspendDays ?? null } });
      return this.reports.save(open);
    });
    return toReportView(report);
  }

  private async applyToTarget(staffId: string, input: ResolveReportDto, target: ActionTarget): Promise<void> {
    switch (target.kind) {
      case 'none':
        return;
      case 'message':
        await this.actions.hideMessage(staffId, target.messageId, 'accept');
        return;
      case 'match':
        await this.actions.endMatch(staffId, target.matchId, input.note);
        return;
      case 'user':
        if (input.action === 'warn_user') await this.actions.warnUser(staffId, target.userId, input.note);
        else await this.actions.suspendUser(staffId, target.userId, input.note, input.suspendDays);
        return;
    }
  }

  /**
   * Checks that `target` is in the caller's scope (else its not-found, nothing changed), then runs
   * `work` and appends the audit entry in one unit of work; the events it recorded go out when it commits.
   */
  private audited<T>(staff: UserEntity, target: AuditTarget, entry: StaffAction, work: () => Promise<T>): Promise<T> {
    return this.uow.transaction(async () => {
      await this.inScope(staff, target);
      const done = await work();
      const organisationId = await this.access.auditOrganisation(staff, target);
      await this.audit.append({ ...entry, actorId: staff.id, targetType: target.type, targetId: target.id, organisationId });
      return done;
    });
  }

  private inScope(staff: UserEntity, target: AuditTarget): Promise<void> {
    switch (target.type) {
      case 'match':
        return this.access.match(staff, target.id, () => matchErrors.notFound('match'));
      case 'message':
        return this.access.message(staff, target.id, () => moderationErrors.notFound('message'));
      case 'report':
        return this.access.report(staff, target.id, () => moderationErrors.notFound('report'));
      case 'user':
        return this.access.person(staff, target.id, () => userErrors.notFound('user'));
    }
  }
}

function suspensionNote(reason: string, days: number | undefined): string {
  return `${reason} (${days === undefined ? 'until lifted' : `${days} day${days === 1 ? '' : 's'}`})`;
}
