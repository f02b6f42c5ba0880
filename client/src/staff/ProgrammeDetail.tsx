import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice, SelectField } from '../components/Field';
import type { MemberOrder } from '../data/keys';
import type { MemberRole, Programme } from '../data/programme-api';
import { useCheckInsNeedingAttention, useExportMembers, useProgrammeMembers } from '../data/staff-programmes';
import { describeFirstError } from '../i18n/describe-error';
import { formatDate, formatDateTime, useViewerTimezone } from '../meetups/time';
import { describeRegion, describeRules } from '../programmes/rule-summary';
import { href } from '../router';
import { membersCsvFilename, saveCsv } from './members-csv';
import { ProgrammeForm } from './ProgrammeForm';
import { Button } from '../components/Button';
import { SortableHeader, Table } from '../components/Table';
import { Card, CardList } from '../components/Card';

// Chart.js loads only when a programme is opened.
const ProgrammeFigures = lazy(() => import('./ProgrammeFigures'));

/** One programme for its coordinators: its rules (and changing them), figures, check-ins needing attention, members. */
export function ProgrammeDetail({ programme, admin }: { programme: Programme; admin: boolean }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const exportCsv = useExportMembers();

  return (
    <div>
      <p><a href={href('/staff/programmes')}>{t('staff.programmes.back')}</a></p>
      <h2 dir="auto">{programme.name}</h2>
      <p className="meta">
        {t(`staff.programmes.statuses.${programme.status}`)} · {programme.organisationName} · {describeRegion(t, programme.region, i18n.language)}
      </p>
      {programme.description === '' ? null : <p dir="auto">{programme.description}</p>}
      <p><strong>{t('programmes.rulesLabel')}</strong> {describeRules(t, programme.rules, i18n.language)}</p>
      <Notice kind="success">{saved ? t('staff.programmes.saved') : undefined}</Notice>
      {editing ? (
        <ProgrammeForm programme={programme} admin={admin} onSaved={() => { setEditing(false); setSaved(true); }} onCancel={() => setEditing(false)} />
      ) : (
        <div className="actions">
          <Button onClick={() => { setSaved(false); setEditing(true); }}>{t('staff.programmes.edit')}</Button>
          <Button variant="secondary" disabled={exportCsv.isPending} onClick={() => exportCsv.mutate(programme.id, { onSuccess: (csv) => saveCsv(csv, membersCsvFilename(programme.name)) })}>
            {t('staff.programmes.exportCsv')}
          </Button>
        </div>
      )}
      <Notice kind="error">{describeFirstError(t, exportCsv.error)}</Notice>
      <h2>{t('staff.programmes.figures')}</h2>
      <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
        <ProgrammeFigures programmeId={programme.id} />
      </Suspense>
      <AttentionCheckIns programmeId={programme.id} />
      <Members programmeId={programme.id} />
    </div>
  );
}

function AttentionCheckIns({ programmeId }: { programmeId: string }) {
  const { t, i18n } = useTranslation();
  const timeZone = useViewerTimezone();
  const checkIns = useCheckInsNeedingAttention(programmeId);
  const items = checkIns.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby="attention-title">
      <h2 id="attention-title">{t('staff.programmes.attention')}</h2>
      <p className="hint">{t('staff.programmes.attentionHint')}</p>
      <Notice kind="error">{describeFirstError(t, checkIns.error)}</Notice>
      {checkIns.data === undefined ? null : items.length === 0 ? <p>{t('staff.programmes.noAttention')}</p> : (
        <CardList>
          {items.map((checkIn) => (
            <Card key={checkIn.id}>
              <p>
                <strong>{t('staff.programmes.score', { score: checkIn.score })}</strong>
                {checkIn.wantsContact ? ` · ${t('staff.programmes.wantsContact')}` : null}
              </p>
              {checkIn.comment === null || checkIn.comment === '' ? null : <p dir="auto">{checkIn.comment}</p>}
              <p className="meta">
                <time dateTime={checkIn.createdAt}>{formatDateTime(checkIn.createdAt, i18n.language, timeZone)}</time>
                {' · '}{t('staff.programmes.matchRef')} <span className="id">{checkIn.matchId}</span>
                {' · '}{t('staff.programmes.personRef')} <span className="id">{checkIn.userId}</span>
              </p>
            </Card>
          ))}
        </CardList>
      )}
      {checkIns.hasNextPage ? <Button variant="secondary" disabled={checkIns.isFetchingNextPage} onClick={() => void checkIns.fetchNextPage()}>{t('common.more')}</Button> : null}
    </section>
  );
}

function Members({ programmeId }: { programmeId: string }) {
  const { t, i18n } = useTranslation();
  const timeZone = useViewerTimezone();
  const [role, setRole] = useState<MemberRole | 'all'>('all');
  // Sorted by the server, so "show more" continues in the order shown.
  const [order, setOrder] = useState<MemberOrder>('newest');
  const members = useProgrammeMembers(programmeId, role, order);
  const people = members.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title">{t('staff.programmes.members')}</h2>
      <SelectField id="members-role" label={t('staff.programmes.membersRole')} value={role} onChange={(value) => setRole(value as MemberRole | 'all')}>
        <option value="all">{t('staff.programmes.everyone')}</option>
        <option value="migrant">{t('roles.migrant')}</option>
        <option value="host">{t('roles.host')}</option>
      </SelectField>
      <Notice kind="error">{describeFirstError(t, members.error)}</Notice>
      {members.data === undefined ? null : people.length === 0 ? <p>{t('staff.programmes.noMembers')}</p> : (
        <Table caption={t('staff.programmes.membersCaption')} stacking>
          <thead>
            <tr>
              <th scope="col">{t('staff.programmes.memberName')}</th>
              <th scope="col">{t('staff.programmes.memberRole')}</th>
              <th scope="col">{t('staff.programmes.memberPlace')}</th>
              <th scope="col">{t('staff.programmes.memberVerification')}</th>
              <SortableHeader label={t('staff.programmes.memberJoined')} sort={order === 'newest' ? 'descending' : 'ascending'} onSort={() => setOrder(order === 'newest' ? 'oldest' : 'newest')} />
            </tr>
          </thead>
          <tbody>
            {people.map((person) => {
              const joinedAt = person.memberships.find((membership) => membership.programme.id === programmeId)?.joinedAt;
              return (
                <tr key={person.id}>
                  <td data-label={t('staff.programmes.memberName')}>{person.displayName}</td>
                  <td data-label={t('staff.programmes.memberRole')}>{t(`roles.${person.role}`, { defaultValue: person.role })}</td>
                  <td data-label={t('staff.programmes.memberPlace')}>{person.profile?.place === null || person.profile?.place === undefined ? '—' : `${person.profile.place.name} (${person.profile.place.countryCode})`}</td>
                  <td data-label={t('staff.programmes.memberVerification')}>{person.verification === null ? '—' : t(`programmes.verification.${person.verification}`)}</td>
                  <td data-label={t('staff.programmes.memberJoined')}>{joinedAt === undefined ? '—' : <time dateTime={joinedAt}>{formatDate(joinedAt, i18n.language, timeZone)}</time>}</td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      {members.hasNextPage ? <Button variant="secondary" disabled={members.isFetchingNextPage} onClick={() => void members.fetchNextPage()}>{t('common.more')}</Button> : null}
    </section>
  );
}
