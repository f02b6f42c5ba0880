import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonPage as PersonPageData } from '../api/client';
import { ConfirmWithReason } from '../components/ConfirmWithReason';
import { Notice, SelectField } from '../components/Field';
import { latestFailure } from '../data/mutations';
import { usePersonEmails, usePersonPage } from '../data/people';
import { useAuditLog, useLiftSuspension, useRejectVolunteer, useSuspendPerson, useVerifyVolunteer } from '../data/staff';
import { describeFirstError } from '../i18n/describe-error';
import { formatDate, formatDateTime, useViewerTimezone } from '../meetups/time';
import { href } from '../router';
import { VolunteerChecks } from './VolunteerChecks';
import { Button } from '../components/Button';
import { EmptyState } from '../components/EmptyState';

const SUSPENSION_DAYS = ['7', '30', '90', ''] as const;

/** Everything the caller's organisation knows of one person, and what staff may do about them. */
export function PersonPage({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const person = usePersonPage(userId);
  return (
    <div>
      <p><a href={href('/staff/people')}>{t('staff.person.back')}</a></p>
      <Notice kind="error">{describeFirstError(t, person.error)}</Notice>
      {person.data === undefined ? (person.error === null ? <p role="status">{t('common.loading')}</p> : null) : <PersonDetails person={person.data} />}
    </div>
  );
}

function PersonDetails({ person }: { person: PersonPageData }) {
  const { t, i18n } = useTranslation();
  const timeZone = useViewerTimezone();
  const { user } = person;
  const date = (iso: string | null) => (iso === null ? '—' : formatDate(iso, i18n.language, timeZone));
  return (
    <>
      <h2 dir="auto">{user.displayName}</h2>
      <dl className="facts">
        <dt>{t('staff.people.email')}</dt>
        <dd className="id">{user.email}</dd>
        <dt>{t('staff.people.role')}</dt>
        <dd>{t(`staff.people.roles.${user.role}`)}</dd>
        <dt>{t('staff.people.status')}</dt>
        <dd>
          {t(`staff.people.statuses.${user.status}`)}
          {user.status === 'suspended' ? ` · ${user.suspendedUntil === null ? t('staff.person.untilLifted') : t('staff.person.until', { date: date(user.suspendedUntil) })}` : null}
        </dd>
        <dt>{t('staff.people.signedUp')}</dt>
        <dd>{date(user.createdAt)}</dd>
        <dt>{t('profile.place')}</dt>
        <dd>{user.profile === null || user.profile.place === null ? '—' : `${user.profile.place.name} (${user.profile.place.countryCode})`}</dd>
        <dt>{t('profile.bio')}</dt>
        <dd dir="auto">{user.profile?.bio ?? '—'}</dd>
      </dl>
      <Actions person={person} />
      <section aria-labelledby="person-memberships">
        <h3 id="person-memberships">{t('staff.person.memberships')}</h3>
        {user.memberships.length === 0 ? <EmptyState>{t('staff.person.none')}</EmptyState> : (
          <ul>
            {user.memberships.map((m) => (
              <li key={m.programme.id}>
                <span dir="auto">{m.programme.name}</span> · {t(`staff.people.roles.${m.role}`)} · {t(`staff.person.membershipStatuses.${m.status}`)} · {date(m.joinedAt)}
              </li>
            ))}
          </ul>
        )}
      </section>
      {user.role === 'host' ? (
        <section aria-labelledby="person-vetting">
          <h3 id="person-vetting">{t('staff.person.vetting')}</h3>
          <p>{t(`staff.volunteers.filters.${user.verification ?? 'pending'}`)}</p>
          <VolunteerChecks userId={user.id} name={user.displayName} />
        </section>
      ) : null}
      <section aria-labelledby="person-matches">
        <h3 id="person-matches">{t('staff.person.matches')}</h3>
        {person.matches.length === 0 ? <EmptyState>{t('staff.person.none')}</EmptyState> : (
          <ul>
            {person.matches.map((m) => (
              <li key={m.id}>
                <a href={href(`/staff/people/${m.partner.id}`)} dir="auto">{m.partner.displayName}</a> · {t(`staff.person.matchStatuses.${m.status}`)} · <span dir="auto">{m.programmeName}</span> · {date(m.createdAt)}
                {m.endedAt === null ? null : ` – ${date(m.endedAt)}`}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="person-reports">
        <h3 id="person-reports">{t('staff.person.reports')}</h3>
        {person.reports.length === 0 ? <EmptyState>{t('staff.person.none')}</EmptyState> : (
          <ul>
            {person.reports.map((r) => (
              <li key={r.id}>
                {t(`staff.person.reportDirections.${r.direction}`)} · {t(`report.reasons.${r.reason}`)} · {t(`staff.person.reportStatuses.${r.status}`)} · {date(r.createdAt)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="person-check-ins">
        <h3 id="person-check-ins">{t('staff.person.checkIns')}</h3>
        {person.checkIns.length === 0 ? <EmptyState>{t('staff.person.none')}</EmptyState> : (
          <ul>
            {person.checkIns.map((c) => (
              <li key={c.id}>
                {t('staff.programmes.score', { score: c.score })}{c.wantsContact ? ` · ${t('staff.programmes.wantsContact')}` : null} · <span dir="auto">{c.programmeName}</span> · {formatDateTime(c.createdAt, i18n.language, timeZone)}
                {c.comment === null || c.comment === '' ? null : <p dir="auto">{c.comment}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <Emails userId={user.id} />
      <AuditTrail userId={user.id} />
    </>
  );
}

/** Suspend or lift, and (volunteers) verify or reject: the decisions staff already make elsewhere. */
function Actions({ person }: { person: PersonPageData }) {
  const { t } = useTranslation();
  const { user } = person;
  const [days, setDays] = useState<(typeof SUSPENSION_DAYS)[number]>('7');
  const [done, setDone] = useState<string>();
  const suspend = useSuspendPerson();
  const lift = useLiftSuspension();
  const verify = useVerifyVolunteer();
  const reject = useRejectVolunteer();
  const error = describeFirstError(t, latestFailure([suspend, lift, verify, reject]));
  const name = user.displayName;
  const participant = user.role === 'migrant' || user.role === 'host';

  async function act(run: () => Promise<unknown>, message: string) {
    setDone(undefined);
    await run();
    setDone(message);
  }

  if (!participant) return null;
  return (
    <section aria-labelledby="person-actions">
      <h3 id="person-actions">{t('staff.person.actions')}</h3>
      <Notice kind="error">{error}</Notice>
      <Notice kind="success">{done}</Notice>
      {user.status === 'suspended' ? (
        <div className="actions">
          <ConfirmWithReason label={t('staff.person.lift', { name })} confirmLabel={t('staff.person.confirmLift', { name })} onConfirm={(note) => act(() => lift.mutateAsync({ userId: user.id, body: note === '' ? {} : { note } }), t('staff.suspensions.lifted', { name }))} />
        </div>
      ) : (
        <div className="row">
          <SelectField id="suspend-days" label={t('staff.person.suspendFor')} value={days} onChange={(value) => setDays(value as (typeof SUSPENSION_DAYS)[number])}>
            {SUSPENSION_DAYS.map((d) => <option key={d} value={d}>{d === '' ? t('staff.person.untilLifted') : t('staff.stats.days', { count: Number(d) })}</option>)}
          </SelectField>
          <div className="actions">
            <ConfirmWithReason
              label={t('staff.person.suspend', { name })}
              confirmLabel={t('staff.person.confirmSuspend', { name })}
              reasonLabel={t('staff.person.suspendReason')}
              required
              onConfirm={(reason) => act(() => suspend.mutateAsync({ userId: user.id, body: { reason, ...(days === '' ? {} : { days: Number(days) }) } }), t('staff.suspensions.suspended', { name }))}
            />
          </div>
        </div>
      )}
      {user.role === 'host' && user.verification === 'pending' ? (
        <div className="actions">
          <ConfirmWithReason label={t('staff.volunteers.verify', { name })} confirmLabel={t('staff.volunteers.confirmVerify', { name })} reasonLabel={t('staff.volunteers.noteOptional')} onConfirm={(note) => act(() => verify.mutateAsync({ userId: user.id, body: note === '' ? {} : { note } }), t('staff.volunteers.verified', { name }))} />
          <ConfirmWithReason label={t('staff.volunteers.reject', { name })} confirmLabel={t('staff.volunteers.confirmReject', { name })} reasonLabel={t('staff.volunteers.noteRequired')} required onConfirm={(note) => act(() => reject.mutateAsync({ userId: user.id, body: { note } }), t('staff.volunteers.rejected', { name }))} />
        </div>
      ) : null}
    </section>
  );
}

function Emails({ userId }: { userId: string }) {
  const { t, i18n } = useTranslation();
  const timeZone = useViewerTimezone();
  const emails = usePersonEmails(userId);
  return (
    <section aria-labelledby="person-emails">
      <h3 id="person-emails">{t('staff.person.emails')}</h3>
      <Notice kind="error">{describeFirstError(t, emails.error)}</Notice>
      {emails.data === undefined ? null : emails.data.length === 0 ? <EmptyState>{t('staff.person.none')}</EmptyState> : (
        <ul>
          {emails.data.map((email) => (
            <li key={email.id}>
              <span dir="auto">{email.subject}</span> · {t(`staff.person.emailStates.${email.state}`)} · {formatDateTime(email.createdAt, i18n.language, timeZone)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function AuditTrail({ userId }: { userId: string }) {
  const { t, i18n } = useTranslation();
  const timeZone = useViewerTimezone();
  const audit = useAuditLog({ targetId: userId });
  const entries = audit.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby="person-audit">
      <h3 id="person-audit">{t('staff.person.audit')}</h3>
      <Notice kind="error">{describeFirstError(t, audit.error)}</Notice>
      {audit.data === undefined ? null : entries.length === 0 ? <EmptyState>{t('staff.person.none')}</EmptyState> : (
        <ul>
          {entries.map((entry) => (
            <li key={entry.id}>
              <code>{entry.action}</code> · {formatDateTime(entry.createdAt, i18n.language, timeZone)}{entry.note === null ? null : <> · <span dir="auto">{entry.note}</span></>}
            </li>
          ))}
        </ul>
      )}
      {audit.hasNextPage ? <Button variant="secondary" disabled={audit.isFetchingNextPage} onClick={() => void audit.fetchNextPage()}>{t('common.more')}</Button> : null}
    </section>
  );
}
