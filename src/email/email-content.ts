import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { AppConfig } from '../config/app-config.js';
import { MeetupCalendarService } from '../meetups/meetup-calendar.service.js';
import { emailLocaleOf, isOptionalEmailType, type EmailLocale, type EmailType } from './domain/email-types.js';
import { CHECK_KIND_WORDS, URGENT_CAUSE_WORDS } from './domain/email-messages.js';
import { isVettingCheckKind } from '../organisations/domain/vetting-checks.js';
import type { UrgentReportCause } from '../shared-domain/domain-event-map.js';
import { formatMeetupTime, renderEmail, type EmailParams, type RenderedEmail } from './domain/render-email.js';
import { EmailFactsRepository, type RecipientFacts } from './email-facts.repository.js';
import { EmailTokensRepository } from './email-tokens.repository.js';
import type { OutgoingEmail } from './mail-transport.js';
import { unsubscribeToken } from './unsubscribe-token.js';

export const RESET_TOKEN_MINUTES = 60;
const VERIFY_TOKEN_DAYS = 7;
const MINUTE_MS = 60_000;

/** What an email is about, as stored with it: ids and plain facts, never a token. */
export type EmailData = Record<string, string | number>;

/** The client's pages that links open (hash routes of the web client). */
export const CLIENT_PATHS = {
  verifyEmail: '/#/verify-email',
  resetPassword: '/#/reset-password',
  unsubscribe: '/#/unsubscribe',
  preferences: '/#/account/preferences',
  profile: '/#/profile',
  suggestions: '/#/suggestions',
  match: (matchId: string) => `/#/matches/${encodeURIComponent(matchId)}`,
  staffReports: '/#/staff/reports',
  staffVolunteers: '/#/staff/volunteers',
  home: '/#/',
} as const;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Builds each email from its type, its stored facts and the recipient: words in their language,
 * links to PUBLIC_URL, the RFC 8058 headers, the `.ics` of a confirmed meetup. Tokens for the
 * verification and reset links are made here, when the email is sent, so they exist only in it.
 */
@Injectable()
export class EmailContent {
  constructor(
    private readonly facts: EmailFactsRepository,
    private readonly tokens: EmailTokensRepository,
    private readonly calendar: MeetupCalendarService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** The subject as the queue stores it (no token needed). */
  async subject(type: EmailType, recipient: RecipientFacts, data: EmailData): Promise<string> {
    const locale = emailLocaleOf(recipient.locale);
    return renderEmail(type, locale, await this.params(type, recipient, data, locale), this.links(type, recipient.id, data, 'x')).subject;
  }

  async build(id: string, type: EmailType, recipient: RecipientFacts, data: EmailData): Promise<OutgoingEmail & { rendered: RenderedEmail }> {
    if (recipient.email === null) throw new Error('the account has no email address');
    const locale = emailLocaleOf(recipient.locale);
    const params = await this.params(type, recipient, data, locale);
    const token = await this.tokenFor(type, recipient.id);
    const links = this.links(type, recipient.id, data, token);
    const rendered = renderEmail(type, locale, params, links);
    const headers: Record<string, string> = { 'X-Common-Ground-Type': type };
    if (isOptionalEmailType(type)) {
      // RFC 8058: mail clients POST here to unsubscribe in one click (RFC 2369 asks for a URL; PUBLIC_URL is it).
      headers['List-Unsubscribe'] = `<${this.config.mail.publicUrl}/api/unsubscribe?token=${unsubscribeToken(this.config.jwtSecret, recipient.id, type)}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    const attachments = type === 'meetup.confirmed' && typeof data.meetupId === 'string' ? await this.meetupAttachment(recipient, data.meetupId) : [];
    return { id, to: recipient.email, subject: rendered.subject, text: rendered.text, html: rendered.html, headers, attachments, rendered };
  }

  private async params(type: EmailType, recipient: RecipientFacts, data: EmailData, locale: EmailLocale): Promise<EmailParams> {
    const params: Record<string, string | number> = { name: recipient.displayName, minutes: RESET_TOKEN_MINUTES, count: Number(data.count ?? 1), note: String(data.note ?? '') };
    if (typeof data.matchId === 'string') params.partner = await this.partnerName(data.matchId, recipient.id);
    if (typeof data.meetupId === 'string') {
      const startsAt = typeof data.startsAt === 'string' ? new Date(data.startsAt) : await this.facts.meetupStart(data.meetupId);
      if (startsAt !== null) params.when = formatMeetupTime(startsAt, locale, recipient.timezone);
    }
    if (type === 'safeguarding.urgent-report') {
      const cause = String(data.cause) as UrgentReportCause;
      params.cause = URGENT_CAUSE_WORDS[locale][cause] ?? URGENT_CAUSE_WORDS[locale]['safety-report'];
      params.programme = String(data.programme ?? '—');
      params.reference = String(data.reportId ?? '—');
    }
    if (type === 'vetting.check-expiring') {
      const kind = String(data.kind ?? '');
      params.check = isVettingCheckKind(kind) ? CHECK_KIND_WORDS[locale][kind] : '—';
      params.expiresOn = String(data.expiresOn ?? '—');
      params.volunteer = typeof data.volunteerId === 'string' ? ((await this.facts.displayName(data.volunteerId)) ?? '—') : '—';
    }
    if (type.startsWith('match.') || type.startsWith('meetup.') || type === 'chat.unread' || type === 'checkin.due' || type === 'nudge.proposal-waiting') {
      params.partner ??= '—';
      params.when ??= '—';
    }
    return params;
  }

  private async partnerName(matchId: string, recipientId: string): Promise<string> {
    const match = await this.facts.match(matchId);
    if (match === null) return '—';
    const partnerId = match.migrantId === recipientId ? match.hostId : match.migrantId;
    return (await this.facts.displayName(partnerId)) ?? '—';
  }

  private links(type: EmailType, userId: string, data: EmailData, token: string) {
    const base = this.config.mail.publicUrl;
    const matchId = typeof data.matchId === 'string' ? data.matchId : null;
    const action = ((): string => {
      switch (type) {
        case 'account.verify-email':
          return `${base}${CLIENT_PATHS.verifyEmail}?token=${token}`;
        case 'account.password-reset':
          return `${base}${CLIENT_PATHS.resetPassword}?token=${token}`;
        case 'nudge.profile-incomplete':
          return `${base}${CLIENT_PATHS.profile}`;
        case 'match.declined':
        case 'match.expired':
          return `${base}${CLIENT_PATHS.suggestions}`;
        case 'account.verified':
        case 'account.warned':
          return `${base}${CLIENT_PATHS.home}`;
        case 'match.proposed':
        case 'match.active':
        case 'match.ending':
        case 'meetup.proposed':
        case 'meetup.confirmed':
        case 'meetup.cancelled':
        case 'meetup.reminder':
        case 'chat.unread':
        case 'checkin.due':
        case 'nudge.proposal-waiting':
          return matchId === null ? `${base}${CLIENT_PATHS.home}` : `${base}${CLIENT_PATHS.match(matchId)}`;
        case 'safeguarding.urgent-report':
          return `${base}${CLIENT_PATHS.staffReports}`;
        case 'vetting.check-expiring':
          return `${base}${CLIENT_PATHS.staffVolunteers}`;
      }
    })();
    const unsubscribe = isOptionalEmailType(type) ? `${base}${CLIENT_PATHS.unsubscribe}?token=${unsubscribeToken(this.config.jwtSecret, userId, type)}` : null;
    return { action, unsubscribe, preferences: `${base}${CLIENT_PATHS.preferences}` };
  }

  private async tokenFor(type: EmailType, userId: string): Promise<string> {
    if (type !== 'account.verify-email' && type !== 'account.password-reset') return '';
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const lifetime = type === 'account.password-reset' ? RESET_TOKEN_MINUTES * MINUTE_MS : VERIFY_TOKEN_DAYS * 24 * 60 * MINUTE_MS;
    await this.tokens.create(userId, type === 'account.password-reset' ? 'password-reset' : 'verify-email', hashToken(token), new Date(now.getTime() + lifetime), now);
    return token;
  }

  private async meetupAttachment(recipient: RecipientFacts, meetupId: string): Promise<OutgoingEmail['attachments']> {
    // The very file GET /api/meetups/:id/ics answers this person.
    const ics = await this.calendar.meetupIcs({ id: recipient.id, role: 'migrant', organisationId: null }, meetupId);
    return [{ filename: 'meetup.ics', content: ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }];
  }
}
