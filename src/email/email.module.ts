import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { EmailChannel } from './email-channel.js';
import { EmailContent } from './email-content.js';
import { EmailController } from './email.controller.js';
import { EmailFactsRepository } from './email-facts.repository.js';
import { EmailNudgesJob } from './email-nudges.job.js';
import { EmailPersonalData } from './email-personal-data.js';
import { EmailPreferencesRepository } from './email-preferences.repository.js';
import { EmailPreferencesService } from './email-preferences.service.js';
import { EmailQueue } from './email-queue.js';
import { EmailSender } from './email-sender.js';
import { EmailTokensRepository } from './email-tokens.repository.js';
import { EmailsRepository } from './emails.repository.js';
import { MailTransport } from './mail-transport.js';
import { SafeguardingEmails } from './safeguarding-emails.js';
import { VettingRemindersJob } from './vetting-reminders.job.js';

/**
 * Email: the queue (`EmailQueue`, the one way an email is queued), the `email.send` job, the
 * templates, preferences and one-click unsubscribe, nudges. The notifier uses `EmailChannel`;
 * account recovery queues its links through `EmailQueue` and checks them with `EmailTokensRepository`.
 * Coordinators are reminded of volunteers' checks about to expire (`VettingRemindersJob`).
 */
@Module({
  imports: [OrganisationsModule],
  controllers: [EmailController],
  providers: [
    EmailsRepository,
    EmailFactsRepository,
    EmailPreferencesRepository,
    EmailTokensRepository,
    EmailContent,
    EmailQueue,
    EmailSender,
    EmailChannel,
    EmailNudgesJob,
    EmailPreferencesService,
    EmailPersonalData,
    MailTransport,
    SafeguardingEmails,
    VettingRemindersJob,
  ],
  exports: [EmailChannel, EmailQueue, EmailTokensRepository, EmailContent, EmailFactsRepository, EmailPreferencesRepository],
})
export class EmailModule {}
