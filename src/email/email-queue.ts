import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { timeOrderedIds } from '../database/time-ordered-ids.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { JobQueue } from '../jobs/job-queue.js';
import { emailLocaleOf, mayReceive, type EmailLocale, type EmailType } from './domain/email-types.js';
import type { RecipientFacts } from './email-facts.repository.js';
import { EmailContent, type EmailData } from './email-content.js';
import { EmailFactsRepository } from './email-facts.repository.js';
import { EmailPreferencesRepository } from './email-preferences.repository.js';
import { EmailsRepository, type NewEmail } from './emails.repository.js';

/** An email to an address no account holds: an organisation's safeguarding contact. */
export interface AddressedEmailRequest {
  address: string;
  /** Greets the reader (the organisation's name). */
  name: string;
  locale: EmailLocale;
  type: EmailType;
  idempotencyKey: string;
  data: EmailData;
}

export interface EmailRequest {
  userId: string;
  type: EmailType;
  /** One per occasion (`<type>:<event id>:<person>`, `nudge.proposal-waiting:<match>:<person>`…). */
  idempotencyKey: string;
  data: EmailData;
}

/**
 * The one way an email is queued. Nothing is sent here: the email row and its `email.send` job are
 * written in one transaction, so the job exists exactly when the email does, and a second request
 * with the same idempotency key (a redelivered event, another process) adds neither.
 */
@Injectable()
export class EmailQueue {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly emails: EmailsRepository,
    private readonly facts: EmailFactsRepository,
    private readonly preferences: EmailPreferencesRepository,
    private readonly content: EmailContent,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  /** Answers whether a new email was queued (false: not wanted, not allowed, or queued before). */
  async enqueue(request: EmailRequest): Promise<boolean> {
    const recipient = await this.facts.recipient(request.userId);
    if (recipient === null || recipient.email === null) return false;
    const turnedOff = await this.preferences.turnedOffOf(request.userId);
    if (!mayReceive(request.type, { emailVerified: recipient.emailVerified, erased: recipient.erased, turnedOff })) return false;
    const subject = await this.content.subject(request.type, recipient, request.data);
    return this.insertAndSend({ userId: request.userId, type: request.type, idempotencyKey: request.idempotencyKey, locale: emailLocaleOf(recipient.locale), subject, data: request.data });
  }

  /** The same for an address (no preferences, no verification: the organisation's admin set it). */
  async enqueueToAddress(request: AddressedEmailRequest): Promise<boolean> {
    const recipient = addressRecipient(request.address, request.name, request.locale);
    const subject = await this.content.subject(request.type, recipient, request.data);
    return this.insertAndSend({ userId: null, toAddress: request.address, type: request.type, idempotencyKey: request.idempotencyKey, locale: request.locale, subject, data: request.data });
  }

  private async insertAndSend(email: Omit<NewEmail, 'id' | 'createdAt'>): Promise<boolean> {
    const [id] = timeOrderedIds(1);
    const queued = await this.uow.transaction(async () => {
      const inserted = await this.emails.insertOnce({ ...email, id, createdAt: this.clock.now() });
      if (inserted) await this.jobs.sendWithin('email.send', { emailId: id }, { executeSql: async (text, values) => ({ rows: await this.uow.query<unknown[]>(text, values) }) });
      return inserted;
    });
    if (queued) this.jobs.wake('email.send');
    return queued;
  }
}

/** An address as a recipient: greeted by `name`, in `locale`, with no account behind it. */
export function addressRecipient(address: string, name: string, locale: EmailLocale): RecipientFacts {
  return { id: '', email: address, displayName: name, locale, emailVerified: true, erased: false, timezone: null };
}
