import { Injectable } from '@nestjs/common';
import { AuditRepository } from '../audit/audit.repository.js';
import { decodeCursor, toPage } from '../common/pagination.js';
import { matchErrors } from '../matches/match-errors.js';
import { MatchesRepository } from '../matches/matches.repository.js';
import type { UserEntity } from '../users/user.entity.js';
import { UsersRepository } from '../users/users.repository.js';
import type { AuditLogQueryDto, AuditPageView, ConversationQueryDto, MessagePageView, PersonHistoryView, QueuedReportView, ReportPageView, ReportsQueryDto } from './dto/staff.dto.js';
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
  ) {}

  async listReports(query: ReportsQueryDto): Promise<ReportPageView> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const rows = await this.reports.findQueuePage(query.status, limit, decodeCursor(query.cursor));
    const page = toPage(rows, limit, (r) => ({ at: r.createdAt, id: r.id }), (r) => r);
    const items: QueuedReportView[] = [];
    for (const report of page.items) items.push(await this.withContext(report));
    return { items, nextCursor: page.nextCursor };
  }

  /** Staff reading a conversation is itself recorded, every time, in the same transaction as the read. */
  async readConversation(staff: UserEntity, matchId: string, query: ConversationQueryDto): Promise<MessagePageView> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const afterSeq = query.cursor !== undefined ? Number(query.cursor) : (query.afterSeq ?? 0);
    return this.uow.transaction(async () => {
      if ((await this.matches.findById(matchId)) === null) throw matchErrors.notFound('match');
      await this.audit.append({ actorId: staff.id, action: 'conversation.read', targetType: 'match', targetId: matchId });
      const rows = await this.messages.findConversationPage(matchId, afterSeq, limit);
      const items = rows.slice(0, limit);
      const last = items.at(-1);
      return { items: items.map(toStaffMessageView), nextCursor: rows.length > limit && last !== undefined ? String(last.seq) : null };
    });
  }

  async auditLog(query: AuditLogQueryDto): Promise<AuditPageView> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const filter = { actorId: query.actorId, action: query.action, targetId: query.targetId };
    const rows = await this.audit.findNewestFirst(filter, limit, decodeCursor(query.cursor));
    return toPage(rows, limit, (e) => ({ at: e.createdAt, id: e.id }), toAuditEntryView);
  }

  private async withContext(report: ReportEntity): Promise<QueuedReportView> {
    const message = report.messageId === null ? null : await this.messages.findById(report.messageId);
    const neighbours = message === null ? [] : await this.messages.findNeighbours(message.matchId, message.seq, NEIGHBOUR_RADIUS);
    const match = report.matchId === null ? null : await this.matches.findById(report.matchId);
    const peopleIds = match !== null ? [match.migrantId, match.hostId] : report.userId !== null ? [report.userId] : [];
    const people: PersonHistoryView[] = [];
    for (const userId of peopleIds) {
      const person = await this.historyOf(userId, report.id);
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

  private async historyOf(userId: string, currentReportId: string): Promise<PersonHistoryView | null> {
    const user = await this.users.findById(userId);
    if (user === null) return null;
    const recent = await this.reports.findRecentReportsAgainst(userId, HISTORY_LENGTH + 1);
    return {
      userId,
      displayName: user.displayName,
      role: user.role,
      status: user.status,
      suspendedUntil: user.suspendedUntil?.toISOString() ?? null,
      reportCount: await this.reports.countReportsAgainst(userId),
      recentReports: recent.filter((r) => r.id !== currentReportId).slice(0, HISTORY_LENGTH).map(toReportView),
    };
  }
}
