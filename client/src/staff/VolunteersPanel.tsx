import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../api/client';
import { ConfirmWithReason } from '../components/ConfirmWithReason';
import { Notice } from '../components/Field';
import type { VolunteerFilter } from '../data/keys';
import { latestFailure } from '../data/mutations';
import { useRejectVolunteer, useVerifyVolunteer, useVolunteers } from '../data/staff';
import { describeFirstError, fieldLabels } from '../i18n/describe-error';
import { interestLabel, languageName } from '../i18n/translate-api';
import { ChecksDisclosure, RequiredChecks } from './VolunteerChecks';

type Filter = VolunteerFilter | 'all';

export function VolunteersPanel() {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<Filter>('pending');
  const { data: volunteers, error: loadError } = useVolunteers(filter);
  const verify = useVerifyVolunteer();
  const reject = useRejectVolunteer();
  const [done, setDone] = useState<string>();
  const error = describeFirstError(t, latestFailure([verify, reject]), loadError);

  async function decide(volunteer: User, decision: 'verify' | 'reject', note: string) {
    setDone(undefined);
    if (decision === 'verify') await verify.mutateAsync({ userId: volunteer.id, body: note === '' ? {} : { note } });
    else await reject.mutateAsync({ userId: volunteer.id, body: { note } });
    setDone(t(decision === 'verify' ? 'staff.volunteers.verified' : 'staff.volunteers.rejected', { name: volunteer.displayName }));
  }

  return (
    <div>
      <RequiredChecks />
      <div className="field">
        <label htmlFor="volunteer-filter">{t('staff.volunteers.filter')}</label>
        <select id="volunteer-filter" value={filter} onChange={(event) => setFilter(event.target.value as Filter)}>
          {(['pending', 'verified', 'rejected', 'all'] as const).map((f) => <option key={f} value={f}>{t(`staff.volunteers.filters.${f}`)}</option>)}
        </select>
      </div>
      <Notice kind="error">{error}</Notice>
      <Notice kind="success">{done}</Notice>
      {volunteers === undefined ? null : volunteers.length === 0 ? <p>{t('staff.volunteers.none')}</p> : (
        <ul className="cards">
          {volunteers.map((v) => (
            <li key={v.id} className="card">
              <h2>{v.displayName}</h2>
              <p className="meta">{v.email} · {t(`staff.volunteers.filters.${v.verification ?? 'pending'}`)}</p>
              {v.profile === null ? <p>{t('staff.volunteers.noProfile')}</p> : (
                <dl>
                  <dt>{t('profile.place')}</dt>
                  <dd>{v.profile.place === null ? '—' : `${v.profile.place.name} (${v.profile.place.countryCode})`}</dd>
                  <dt>{t('profile.languagesSpoken')}</dt>
                  <dd>{v.profile.languages.map((l) => `${languageName(l.code, i18n.language)} (${t(`profile.levels.${l.level}`)})`).join(', ') || '—'}</dd>
                  <dt>{t('profile.interests')}</dt>
                  <dd>{v.profile.interests.map((code) => interestLabel(t, code)).join(', ') || '—'}</dd>
                  <dt>{t('profile.capacity')}</dt>
                  <dd>{v.profile.capacity ?? '—'}</dd>
                  <dt>{t('profile.bio')}</dt>
                  <dd>{v.profile.bio ?? '—'}</dd>
                </dl>
              )}
              {v.missing.length === 0 ? null : <p>{t('staff.volunteers.missing', { fields: fieldLabels(t, v.missing) })}</p>}
              <ChecksDisclosure userId={v.id} name={v.displayName} />
              {v.verification === 'pending' ? (
                <div className="actions">
                  <ConfirmWithReason label={t('staff.volunteers.verify', { name: v.displayName })} confirmLabel={t('staff.volunteers.confirmVerify', { name: v.displayName })} reasonLabel={t('staff.volunteers.noteOptional')} onConfirm={(note) => decide(v, 'verify', note)} />
                  <ConfirmWithReason label={t('staff.volunteers.reject', { name: v.displayName })} confirmLabel={t('staff.volunteers.confirmReject', { name: v.displayName })} reasonLabel={t('staff.volunteers.noteRequired')} required onConfirm={(note) => decide(v, 'reject', note)} />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
