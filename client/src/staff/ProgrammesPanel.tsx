import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/Button';
import { Card, CardList } from '../components/Card';
import { EmptyState } from '../components/EmptyState';
import { Notice } from '../components/Field';
import type { AccountRole, Programme } from '../data/programme-api';
import { useStaffProgrammes } from '../data/staff-programmes';
import { describeFirstError } from '../i18n/describe-error';
import { describeRegion, describeRules } from '../programmes/rule-summary';
import { href, navigate } from '../router';
import { isAdmin } from '../session/roles';
import { ProgrammeDetail } from './ProgrammeDetail';
import { ProgrammeForm } from './ProgrammeForm';

/** The organisation's programmes (every one for admins), a new one, or one programme opened. */
export function ProgrammesPanel({ role, programmeId }: { role: AccountRole; programmeId?: string }) {
  const { t, i18n } = useTranslation();
  const programmes = useStaffProgrammes();
  const [creating, setCreating] = useState(false);
  const admin = isAdmin(role);

  if (programmeId !== undefined) {
    const programme = programmes.data?.find((p) => p.id === programmeId);
    if (programme === undefined) {
      return programmes.isFetching ? <p role="status">{t('common.loading')}</p> : <Notice kind="error">{describeFirstError(t, programmes.error) ?? t('errors.status.404')}</Notice>;
    }
    return <ProgrammeDetail programme={programme} admin={admin} />;
  }

  const opened = (programme: Programme): void => navigate(`/staff/programmes/${programme.id}`);
  return (
    <div>
      <Notice kind="error">{describeFirstError(t, programmes.error)}</Notice>
      {creating ? (
        <section aria-labelledby="new-programme">
          <h2 id="new-programme">{t('staff.programmes.new')}</h2>
          <ProgrammeForm admin={admin} onSaved={opened} onCancel={() => setCreating(false)} />
        </section>
      ) : (
        <Button onClick={() => setCreating(true)}>{t('staff.programmes.new')}</Button>
      )}
      {programmes.data === undefined ? null : programmes.data.length === 0 ? <EmptyState>{t('staff.programmes.none')}</EmptyState> : (
        <CardList label={t('staff.tabs.programmes')}>
          {programmes.data.map((programme) => (
            <Card key={programme.id}>
              <h2><a href={href(`/staff/programmes/${programme.id}`)}>{programme.name}</a></h2>
              <p className="meta">
                {t(`staff.programmes.statuses.${programme.status}`)}
                {admin ? ` · ${programme.organisationName}` : null} · {describeRegion(t, programme.region, i18n.language)}
              </p>
              <p>{describeRules(t, programme.rules, i18n.language)}</p>
            </Card>
          ))}
        </CardList>
      )}
    </div>
  );
}
