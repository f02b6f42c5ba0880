import { Injectable } from '@nestjs/common';
import { OrganisationAccess } from '../access/organisation-access.js';
import type { StaffScope } from '../access/staff-scope.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { decodeCursor, decodeRankedCursor, toPage, toRankedPage } from '../common/pagination.js';
import { matchErrors } from '../matches/match-errors.js';
import { MatchesRepository } from '../matches/matches.repository.js';
import type { UserEntity } from '../users/user.entity.js';
import { UsersRepository } from '../users/users.repository.js';
import type { AuditLogQueryDto, AuditPageView, ConversationQueryDto, MessagePageView, PersonHistoryView, QueuedReportView, ReportPageView, ReportsQueryDto } from './dto/staff.dto.js';
import { queueRank } from './domain/report-rules.js';
import { ModeratedMessagesRepository } from './moderated-messages.repository.js';
import { toAuditEntryView, toMatchSummaryView, toReportView, toStaffMessageView } from './moderation-views.js';
import type { ReportEntity } from './report.entity.js';
import { ReportsRepository } from './reports.repository.js';
import { UnitOfWork } from '../database/unit-of-work.js';

const DEFAULT_LIMIT = 20;
const NEIGHBOUR_RADIUS = 3;
const HISTORY_LENGTH = 10;

/** What staff read: the queue with each report's context, conversations (audited), the audit log. */
@Injectable()
export class ModerationQueueService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly reports: ReportsRepository,
    private readonly messages: ModeratedMessagesRepository,
    private readonly matches: MatchesRepository,
    private readonly users: UsersRepository,
    private readonly audit: AuditRepository,
    private readonly access: OrganisationAccess,
  ) {}

  /** The caller's organisation's reports (admins: all), each person's history within the same scope. */
  async listReports(staff: UserEntity, query: ReportsQueryDto): Promise<ReportPageView> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const scope = this.access.scope(staff);
    const rows = await this.reports.findQueuePage(scope, query.status, limit, decodeRankedCursor(query.cursor));
    const page = toRankedPage(rows, limit, (r) => ({ rank: queueRank(r.urgent), at: r.createdAt, id: r.id }), (r) => r);
    const items: QueuedReportView[] = [];
    for (const report of page.items) items.push(await this.withContext(scope, report));
    return { items, nextCursor: page.nextCursor };
  }

  /** Staff reading a conversation is itself recorded, every time, in the same transaction as the read. */
  async readConversation(staff: UserEntity, matchId: string, query: ConversationQueryDto): Promise<MessagePageView> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const afterSeq = query.cursor !== undefined ? Number(query.cursor) : (query.afterSeq ?? 0);
    return this.uow.transaction(async () => {
      await this.access.match(staff, matchId, () => matchErrors.notFound('match'));
      const organisationId = await this.access.auditOrganisation(staff, { type: 'match', id: matchId });
      await this.audit.append({ actorId: staff.id, action: 'conversation.read', targetType: 'match', targetId: matchId, organisationId });
      const rows = await this.messages.findConversationPage(matchId, afterSeq, limit);
      const items = rows.slice(0, limit);
      const last = items.at(-1);
      return { items: items.map(toStaffMessageView), nextCursor: rows.length > limit && last !== undefined ? String(last.seq) : null };
    });
  }

  /** The caller's organisation's entries (admins: all, the platform's own included). */
  async auditLog(staff: UserEntity, query: AuditLogQueryDto): Promise<AuditPageView> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const filter = { actorId: query.actorId, action: query.action, targetId: query.targetId };
    const rows = await this.audit.findPage(this.access.scope(staff), filter, query.order ?? 'newest', limit, decodeCursor(query.cursor));
    return toPage(rows, limit, (e) => ({ at: e.createdAt, id: e.id }), toAuditEntryView);
  }

  private async withContext(scope: StaffScope, report: ReportEntity): Promise<QueuedReportView> {
    const message = report.messageId === null ? null : await this.messages.findById(report.messageId);
    const neighbours = message === null ? [] : await this.messages.findNeighbours(message.matchId, message.seq, NEIGHBOUR_RADIUS);
    const match = report.matchId === null ? null : await this.matches.findById(report.matchId);
    const peopleIds = match !== null ? [match.migrantId, match.hostId] : report.userId !== null ? [report.userId] : [];
    const people: PersonHistoryView[] = [];
    for (const userId of peopleIds) {
      const person = await this.historyOf(scope, userId, report.id);
      if (person !== null) people.push(person);
    }
    return {
      ...toReportView(report),
      context: {
        message: message === null ? null : toStaffMessageView(message),
        neighbours: neighbours.map(toStaffMessageView),
        match: match === null ? null : toMatchSummaryView(match),
        people,
      },
    };
  }

  private async historyOf(scope: StaffScope, userId: string, currentReportId: string): Promise<PersonHistoryView | null> {
    const user = await this.users.findById(userId);
    if (user === null) return null;
    const recent = await this.reports.findRecentReportsAgainst(scope, userId, HISTORY_LENGTH + 1);
    return {
      userId,
      displayName: user.displayName,
      role: user.role,
      status: user.status,
      suspendedUntil: user.suspendedUntil?.toISOString() ?? null,
      reportCount: await this.reports.countReportsAgainst(scope, userId),
      recentReports: recent.filter((r) => r.id !== currentReportId).slice(0, HISTORY_LENGTH).map(toReportView),
    };
  }
}
