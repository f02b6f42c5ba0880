import type { PersonCheckInView, PersonMatchView, PersonReportView, PersonRowView } from './dto/people.dto.js';
import type { PersonCheckInRow, PersonMatchRow, PersonReportRow, PersonRow } from './people.repository.js';

export function toPersonRowView(row: PersonRow): PersonRowView {
  return { id: row.id, displayName: row.displayName, email: row.email, role: row.role, status: row.status, createdAt: row.createdAt.toISOString() };
}

export function toPersonMatchView(row: PersonMatchRow): PersonMatchView {
  return {
    id: row.id,
    status: row.status,
    programmeId: row.programmeId,
    programmeName: row.programmeName,
    partner: { id: row.partnerId, displayName: row.partnerName, role: row.partnerRole },
    createdAt: row.createdAt.toISOString(),
    activatedAt: row.activatedAt?.toISOString() ?? null,
    endedAt: row.endedAt?.toISOString() ?? null,
  };
}

export function toPersonReportView(row: PersonReportRow): PersonReportView {
  return { ...row, createdAt: row.createdAt.toISOString(), resolvedAt: row.resolvedAt?.toISOString() ?? null };
}

export function toPersonCheckInView(row: PersonCheckInRow): PersonCheckInView {
  return { ...row, createdAt: row.createdAt.toISOString() };
}
