import { Injectable } from '@nestjs/common';
import { OnDomainEvent } from '../outbox/outbox.js';
import type { DomainEventMap } from '../shared-domain/domain-event-map.js';
import { emailLocaleOfCountry } from './domain/email-types.js';
import { EmailFactsRepository } from './email-facts.repository.js';
import { EmailQueue } from './email-queue.js';

/**
 * An urgent report is emailed to its organisation's safeguarding address, or, when the organisation
 * has none, to each of its coordinators (a concern is never left waiting for someone to open the
 * console). The email names the cause, the programme and the report's id, never a person or what
 * they wrote. Once per report and recipient (the idempotency key), however often the event comes.
 * A report no organisation owns (admins only) is emailed to nobody.
 */
@Injectable()
export class SafeguardingEmails {
  constructor(
    private readonly facts: EmailFactsRepository,
    private readonly queue: EmailQueue,
  ) {}

  @OnDomainEvent('report.urgent')
  async onUrgentReport(event: DomainEventMap['report.urgent']): Promise<void> {
    const report = await this.facts.urgentReport(event.reportId);
    if (report === null) return;
    const data = { reportId: event.reportId, cause: event.cause, programme: report.programme ?? report.organisation, organisation: report.organisation };
    const key = `safeguarding.urgent-report:${event.reportId}`;
    if (report.safeguardingEmail !== null) {
      await this.queue.enqueueToAddress({
        address: report.safeguardingEmail,
        name: report.organisation,
        locale: emailLocaleOfCountry(report.countryCode),
        type: 'safeguarding.urgent-report',
        idempotencyKey: `${key}:${report.safeguardingEmail.toLowerCase()}`,
        data,
      });
      return;
    }
    for (const userId of await this.facts.coordinatorsOf(report.organisationId)) {
      await this.queue.enqueue({ userId, type: 'safeguarding.urgent-report', idempotencyKey: `${key}:${userId}`, data });
    }
  }
}
