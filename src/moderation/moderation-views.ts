import type { AuditEntryEntity } from '../audit/audit-entry.entity.js';
import type { MessageEntity } from '../chat/message.entity.js';
import type { MatchEntity } from '../matches/match.entity.js';
import type { ReportView } from './dto/report.dto.js';
import type { AuditEntryView, MatchSummaryView, StaffMessageView } from './dto/staff.dto.js';
import type { ReportEntity } from './report.entity.js';

export function toReportView(report: ReportEntity): ReportView {
  return {
    id: report.id,
    source: report.source,
    reason: report.reason,
    details: report.details,
    status: report.status,
    messageId: report.messageId,
    matchId: report.matchId,
    userId: report.userId,
    reporterId: report.reporterId,
    flags: report.flags,
    urgent: report.urgent,
    createdAt: report.createdAt.toISOString(),
    resolvedAt: report.resolvedAt?.toISOString() ?? null,
    resolution: report.resolution,
  };
}

export function toStaffMessageView(message: MessageEntity): StaffMessageView {
  return {
    id: message.id,
    matchId: message.matchId,
    seq: message.seq,
    senderId: message.senderId,
    clientId: message.clientId,
    body: message.body,
    bodyErased: message.bodyErased,
    createdAt: message.createdAt.toISOString(),
    hiddenAt: message.hiddenAt?.toISOString() ?? null,
    hiddenBy: message.hiddenBy,
  };
}

export function toMatchSummaryView(match: MatchEntity): MatchSummaryView {
  return {
    id: match.id,
    status: match.status,
    migrantId: match.migrantId,
    hostId: match.hostId,
    createdAt: match.createdAt.toISOString(),
    activatedAt: match.activatedAt?.toISOString() ?? null,
    endedAt: match.endedAt?.toISOString() ?? null,
  };
}

export function toAuditEntryView(entry: AuditEntryEntity): AuditEntryView {
  return {
    id: entry.id,
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    note: entry.note,
    organisationId: entry.organisationId,
    createdAt: entry.createdAt.toISOString(),
  };
}
