import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeopleSort, User } from '../api/client';
import { Card, CardList } from '../components/Card';
import { ConfirmWithReason } from '../components/ConfirmWithReason';
import { EmptyState } from '../components/EmptyState';
import { Notice, SelectField } from '../components/Field';
import { pageOf } from '../components/sort-and-page';
import { Pagination } from '../components/Table';
import { useToast } from '../components/Toast';
import type { VolunteerFilter } from '../data/keys';
import { latestFailure } from '../data/mutations';
import { useRejectVolunteer, useVerifyVolunteer, useVolunteers } from '../data/staff';
import { describeFirstError, fieldLabels } from '../i18n/describe-error';
import { interestLabel, languageName } from '../i18n/translate-api';
import { sortKey } from './people-search';
import { sortVolunteers } from './staff-lists';
import { ChecksDisclosure, RequiredChecks } from './VolunteerChecks';

type Filter = VolunteerFilter | 'all';
const PAGE_SIZE = 10;
const SORTS: readonly PeopleSort[] = ['createdAt', '-createdAt', 'name', '-name'];

export function VolunteersPanel() {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<Filter>('pending');
  // Oldest sign-up first: whoever has waited longest for vetting comes first.
  const [sort, setSort] = useState<PeopleSort>('createdAt');
  const [page, setPage] = useState(1);
  const { data: volunteers, error: loadError } = useVolunteers(filter);
  const verify = useVerifyVolunteer();
  const reject = useRejectVolunteer();
  const toast = useToast();
  const error = describeFirstError(t, latestFailure([verify, reject]), loadError);
  const shown = volunteers === undefined ? undefined : pageOf(sortVolunteers(volunteers, sort, i18n.language), page, PAGE_SIZE);

  async function decide(volunteer: User, decision: 'verify' | 'reject', note: string) {
    if (decision === 'verify') await verify.mutateAsync({ userId: volunteer.id, body: note === '' ? {} : { note } });
    else await reject.mutateAsync({ userId: volunteer.id, body: { note } });
    toast(t(decision === 'verify' ? 'staff.volunteers.verified' : 'staff.volunteers.rejected', { name: volunteer.displayName }));
  }

  return (
    <div>
      <RequiredChecks />
      <div className="row">
        <SelectField id="volunteer-filter" label={t('staff.volunteers.filter')} value={filter} onChange={(value) => { setFilter(value as Filter); setPage(1); }}>
          {(['pending', 'verified', 'rejected', 'all'] as const).map((f) => <option key={f} value={f}>{t(`staff.volunteers.filters.${f}`)}</option>)}
        </SelectField>
        <SelectField id="volunteer-sort" label={t('staff.people.sort')} value={sort} onChange={(value) => { setSort(value as PeopleSort); setPage(1); }}>
          {SORTS.map((s) => <option key={s} value={s}>{t(`staff.people.sorts.${sortKey(s)}`)}</option>)}
        </SelectField>
      </div>
      <Notice kind="error">{error}</Notice>
      {shown === undefined ? null : shown.rows.length === 0 ? <EmptyState>{t('staff.volunteers.none')}</EmptyState> : (
        <CardList>
          {shown.rows.map((v) => (
            <Card key={v.id}>
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
            </Card>
          ))}
        </CardList>
      )}
      {shown === undefined || shown.pages === 1 ? null : <Pagination label={t('staff.volunteers.pages')} page={shown.page} pages={shown.pages} onPage={setPage} />}
    </div>
  );
}
