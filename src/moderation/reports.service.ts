import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { isParticipant, MatchAccess, otherParticipant } from '../access/match-access.js';
import { OrganisationAccess } from '../access/organisation-access.js';
import type { DomainError } from '../common/domain-error.js';
import { MeetupFacts } from '../common/meetup-facts.js';
import { isUniqueViolation } from '../common/postgres-errors.js';
import { MatchesRepository } from '../matches/matches.repository.js';
import type { DomainEventMap } from '../shared-domain/domain-event-map.js';
import { userErrors } from '../users/user-errors.js';
import type { UserEntity } from '../users/user.entity.js';
import { detectFlags, type Flag } from './domain/flags.js';
import { FlagScanner } from './flag-scanner.js';
import { autoReportFor, isUrgentReport, urgentCauseOf, type ReportOrigin } from './domain/report-rules.js';
import type { CreateReportDto, ReportView } from './dto/report.dto.js';
import { ModeratedMessagesRepository } from './moderated-messages.repository.js';
import { toReportView } from './moderation-views.js';
import { reportErrors, type ReportErrorCode } from './report-errors.js';
import type { ReportEntity } from './report.entity.js';
import { NewUserReport, ReportsRepository, ReportTarget } from './reports.repository.js';
import { OnDomainEvent, Outbox } from '../outbox/outbox.js';
import { UnitOfWork } from '../database/unit-of-work.js';

type MessageCreated = DomainEventMap['message.created'];
/** What opening a participant's report asks for; its urgency follows from how it came in. */
type ReportRequest = Omit<NewUserReport, 'urgent'>;

/** How reports come in: filed by a participant, raised by meetup feedback, or opened by the flag detector. */
@Injectable()
export class ReportsService {
  private readonly logger = new Logger(ReportsService.name);

  constructor(
    private readonly reports: ReportsRepository,
    private readonly messages: ModeratedMessagesRepository,
    private readonly matches: MatchesRepository,
    private readonly access: MatchAccess,
    private readonly meetupFacts: MeetupFacts,
    private readonly scanner: FlagScanner,
    private readonly organisations: OrganisationAccess,
    private readonly uow: UnitOfWork,
    private readonly outbox: Outbox,
  ) {}

  async fileReport(reporter: UserEntity, input: CreateReportDto): Promise<ReportView> {
    const target = await this.targetOf(reporter, input);
    const organisationId = await this.organisationOf(reporter.id, target);
    const report = await this.openOnce({ ...target, reporterId: reporter.id, reason: input.reason, details: input.details ?? null, organisationId }, 'participant');
    return toReportView(report);
  }

  /** Whose staff see a report: the match's programme's organisation, else that of a programme the two people share. */
  private async organisationOf(reporterId: string, target: ReportTarget): Promise<string | null> {
    if (target.matchId !== null) return this.organisations.organisationOfMatch(target.matchId);
    if (target.userId !== null) return this.organisations.organisationSharedBy(reporterId, target.userId);
    return null;
  }

  /** Every new chat message is scanned; the scanner holds only the event while it waits for its batch. */
  @OnEvent('message.created')
  onMessageCreated(event: MessageCreated): void {
    this.scanner.scan(event, this.whenScanned);
  }

  private readonly whenScanned = (event: MessageCreated, beforeMeeting: Flag[]): void => {
    if (beforeMeeting.length === 0) return;
    this.openAutoReport(event, beforeMeeting).catch((error: unknown) => this.logger.error({ err: error, messageId: event.message.id }, 'Could not open an automatic report'));
  };

  /** Most messages flag nothing even before a meetup, so the meetup question is asked only when it matters. */
  private async openAutoReport(event: MessageCreated, beforeMeeting: Flag[]): Promise<void> {
    const hasContactDetails = beforeMeeting.some((flag) => flag.kind !== 'abusive');
    const flags = hasContactDetails
      ? detectFlags(event.body, { pairHasConfirmedMeetup: await this.meetupFacts.hasConfirmedMeetup(event.message.matchId) })
      : beforeMeeting;
    const report = autoReportFor(flags);
    if (report === undefined) return;
    const { id, matchId, senderId } = event.message;
    const organisationId = await this.organisations.organisationOfMatch(matchId);
    await this.reports.insertAutoReportOnce({ ...report, flags, messageId: id, matchId, userId: senderId, organisationId });
  }

  @OnDomainEvent('meetup.concern')
  async onMeetupConcern(event: DomainEventMap['meetup.concern']): Promise<void> {
    const comment = event.comment?.trim() ?? '';
    await this.openOnce({
      reporterId: event.reporterId,
      reason: 'safety',
      messageId: null,
      matchId: event.matchId,
      userId: event.participantIds.find((id) => id !== event.reporterId) ?? null,
      details: `Concern raised in meetup feedback${comment === '' ? '' : `: ${comment}`}`.slice(0, 2000),
      organisationId: await this.organisations.organisationOfMatch(event.matchId),
    }, 'meetup-concern');
  }

  /**
   * A participant asking staff for contact in a check-in: an urgent report on the match, filed in their
   * name, about nobody in particular (asking for contact accuses no one), so staff call them first.
   */
  @OnDomainEvent('checkin.contact-requested')
  async onCheckInContactRequested(event: DomainEventMap['checkin.contact-requested']): Promise<void> {
    const comment = event.comment?.trim() ?? '';
    await this.openOnce({
      reporterId: event.userId,
      reason: 'other',
      messageId: null,
      matchId: event.matchId,
      userId: null,
      details: `Asked to be contacted in a check-in (score ${event.score} of 5)${comment === '' ? '' : `: ${comment}`}`.slice(0, 2000),
      organisationId: await this.organisations.organisationOfMatch(event.matchId),
    }, 'checkin-contact');
  }

  /**
   * A second report on the same target while the first is open returns the first (escalated when the
   * new one is urgent); the unique index settles races. An urgent report is announced (`report.urgent`)
   * in the transaction that opens or escalates it, so its email goes exactly when it committed.
   */
  private async openOnce(request: ReportRequest, origin: ReportOrigin): Promise<ReportEntity> {
    const urgent = isUrgentReport(origin, request.reason);
    const existing = await this.reports.findOpenReportOn(request.reporterId, request);
    if (existing !== null) return urgent ? this.escalate(existing, origin) : existing;
    try {
      return await this.uow.transaction(async () => {
        const report = await this.reports.insertUserReport({ ...request, urgent });
        if (urgent) await this.announceUrgent(report, origin);
        return report;
      });
    } catch (error) {
      const raced = isUniqueViolation(error) ? await this.reports.findOpenReportOn(request.reporterId, request) : null;
      if (raced === null) throw error;
      return urgent ? this.escalate(raced, origin) : raced;
    }
  }

  private async escalate(report: ReportEntity, origin: ReportOrigin): Promise<ReportEntity> {
    if (report.urgent) return report;
    await this.uow.transaction(async () => {
      if (await this.reports.markUrgent(report.id)) await this.announceUrgent(report, origin);
    });
    report.urgent = true;
    return report;
  }

  private announceUrgent(report: ReportEntity, origin: ReportOrigin): Promise<void> {
    if (origin === 'flag') throw new Error('an automatic flag is never urgent');
    return this.outbox.record('report.urgent', { reportId: report.id, organisationId: report.organisationId, cause: urgentCauseOf(origin) });
  }

  /** The most specific thing named: a message (with its match and sender), else a match, else a person. */
  private async targetOf(reporter: UserEntity, input: CreateReportDto): Promise<ReportTarget> {
    if (input.messageId !== undefined) return this.messageTarget(reporter.id, input.messageId, input);
    if (input.matchId !== undefined) return this.matchTarget(reporter, input.matchId, input.userId);
    if (input.userId !== undefined) return this.personTarget(reporter.id, input.userId);
    throw reportErrors.refusal('report.no-target', 'Say what you are reporting: messageId, matchId or userId');
  }

  private async messageTarget(reporterId: string, messageId: string, input: CreateReportDto): Promise<ReportTarget> {
    const message = await this.messages.findById(messageId);
    const match = message === null ? null : await this.matches.findById(message.matchId);
    if (message === null || match === null || !isParticipant(match, reporterId)) throw reportErrors.notFound('message');
    if (message.senderId === reporterId) throw reportErrors.refusal('report.own-message', 'You cannot report your own message');
    if ((input.matchId !== undefined && input.matchId !== message.matchId) || (input.userId !== undefined && input.userId !== message.senderId)) {
      throw mismatch();
    }
    return { messageId, matchId: message.matchId, userId: message.senderId };
  }

  private async matchTarget(reporter: UserEntity, matchId: string, userId: string | undefined): Promise<ReportTarget> {
    const match = await this.access.participantMatch(reporter, matchId);
    const other = otherParticipant(match, reporter.id);
    if (userId !== undefined && userId !== other) throw mismatch();
    return { messageId: null, matchId, userId: other };
  }

  /** Only someone the reporter shares (or shared) a match with; anyone else is not found. */
  private async personTarget(reporterId: string, userId: string): Promise<ReportTarget> {
    if (userId === reporterId) throw reportErrors.refusal('report.self', 'You cannot report yourself');
    const shared = (await this.matches.findMatchesOf(reporterId)).some((match) => isParticipant(match, userId));
    if (!shared) throw userErrors.notFound('user');
    return { messageId: null, matchId: null, userId };
  }
}

function mismatch(): DomainError<ReportErrorCode> {
  return reportErrors.refusal('report.target-mismatch', 'messageId, matchId and userId must name the same conversation and person');
}
