import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { JOB_CATALOGUE } from '../jobs/job-catalogue.js';
import { JobQueue } from '../jobs/job-queue.js';
import { EmailContent } from './email-content.js';
import { EmailFactsRepository } from './email-facts.repository.js';
import { EmailsRepository } from './emails.repository.js';
import { addressRecipient } from './email-queue.js';
import { emailLocaleOf } from './domain/email-types.js';
import { MailTransport } from './mail-transport.js';

/** The first try and every retry the catalogue allows. */
const MAX_ATTEMPTS = JOB_CATALOGUE['email.send'].retryLimit + 1;

/**
 * The `email.send` job: sends one queued email. A failure is recorded with the server's answer and
 * thrown, so the queue retries it with backoff; after the last try the email stays `failed`.
 * A sent email is never sent again (its state is checked first).
 */
@Injectable()
export class EmailSender implements OnModuleInit {
  private readonly logger = new Logger('EmailSender');

  constructor(
    private readonly emails: EmailsRepository,
    private readonly facts: EmailFactsRepository,
    private readonly content: EmailContent,
    private readonly transport: MailTransport,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.handle('email.send', (data) => this.send(String(data.emailId)));
  }

  async send(emailId: string): Promise<void> {
    const email = await this.emails.findById(emailId);
    if (email === null || email.state !== 'queued') return;
    const recipient = email.userId === null ? addressRecipient(email.toAddress ?? '', String(email.data.organisation ?? ''), emailLocaleOf(email.locale)) : await this.facts.recipient(email.userId);
    if (recipient === null || recipient.erased || recipient.email === null || recipient.email === '') {
      await this.emails.recordFailure(emailId, 'the account no longer has an email address', true);
      return;
    }
    const attempt = await this.emails.countAttempt(emailId);
    try {
      const outgoing = await this.content.build(email.id, email.type, recipient, email.data);
      const sent = await this.transport.send(outgoing);
      await this.emails.markSent(email.id, outgoing.subject, sent.messageId, this.clock.now());
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const final = attempt >= MAX_ATTEMPTS;
      await this.emails.recordFailure(emailId, message, final);
      this.logger.warn({ emailId, attempt, final, error: message }, 'Sending an email failed');
      if (!final) throw error;
    }
  }
}
