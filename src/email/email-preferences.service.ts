import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { OrganisationAccess, type StaffViewer } from '../access/organisation-access.js';
import { userErrors } from '../users/user-errors.js';
import { OPTIONAL_EMAIL_TYPES, isOptionalEmailType, type OptionalEmailType } from './domain/email-types.js';
import type { EmailChoicesView, PreferencesInput, PreferencesView, StaffEmailView } from './dto/email.dto.js';
import { emailErrors } from './email-errors.js';
import { EmailFactsRepository } from './email-facts.repository.js';
import { EmailPreferencesRepository } from './email-preferences.repository.js';
import { EmailsRepository } from './emails.repository.js';
import { readUnsubscribeToken } from './unsubscribe-token.js';

const STAFF_EMAIL_LIST = 50;

/** A person's email preferences, one-click unsubscribe, and what staff see of a person's emails. */
@Injectable()
export class EmailPreferencesService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly preferences: EmailPreferencesRepository,
    private readonly facts: EmailFactsRepository,
    private readonly emails: EmailsRepository,
    private readonly access: OrganisationAccess,
    private readonly config: AppConfig,
  ) {}

  async get(userId: string): Promise<PreferencesView> {
    const recipient = await this.facts.recipient(userId);
    const turnedOff = await this.preferences.turnedOffOf(userId);
    const email = Object.fromEntries(OPTIONAL_EMAIL_TYPES.map((type) => [type, !turnedOff.has(type)])) as Record<OptionalEmailType, boolean> as EmailChoicesView;
    return { locale: recipient?.locale ?? 'en', email };
  }

  async update(userId: string, input: PreferencesInput): Promise<PreferencesView> {
    const choices = Object.entries(input.email ?? {}).filter((entry): entry is [OptionalEmailType, boolean] => isOptionalEmailType(entry[0]) && typeof entry[1] === 'boolean');
    await this.uow.transaction(async () => {
      if (input.locale !== undefined) await this.preferences.setLocale(userId, input.locale);
      await this.preferences.set(userId, choices);
    });
    return this.get(userId);
  }

  async unsubscribe(token: string): Promise<void> {
    const read = readUnsubscribeToken(this.config.jwtSecret, token);
    if (read === null || (await this.facts.recipient(read.userId)) === null) {
      throw emailErrors.refusal('email.bad-unsubscribe-token', 'This unsubscribe link is not valid');
    }
    await this.preferences.set(read.userId, [[read.type, false]]);
  }

  async recentOf(viewer: StaffViewer, userId: string): Promise<StaffEmailView[]> {
    await this.access.person(viewer, userId, () => userErrors.notFound('user'));
    return (await this.emails.findRecentOf(userId, STAFF_EMAIL_LIST)).map((email) => ({
      id: email.id,
      type: email.type,
      subject: email.subject,
      state: email.state,
      attempts: email.attempts,
      lastError: email.lastError,
      createdAt: email.createdAt.toISOString(),
      sentAt: email.sentAt?.toISOString() ?? null,
    }));
  }
}
