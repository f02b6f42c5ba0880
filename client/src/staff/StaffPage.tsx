import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../components/Field';
import { PageTitle } from '../components/PageTitle';
import type { AccountRole } from '../data/programme-api';
import { href } from '../router';
import { AuditPanel } from './AuditPanel';
import { MatchesPanel } from './MatchesPanel';
import { OrganisationsPanel } from './OrganisationsPanel';
import { PeoplePanel } from './PeoplePanel';
import { ProgrammesPanel } from './ProgrammesPanel';
import { ReportsPanel } from './ReportsPanel';
import { RoundsPanel } from './RoundsPanel';
import { SuspensionsPanel } from './SuspensionsPanel';
import { staffTabsFor, type StaffTab } from './tabs';
import { VolunteersPanel } from './VolunteersPanel';

// Chart.js only loads when someone opens the statistics.
const StatsPanel = lazy(() => import('./StatsPanel'));

interface Props {
  tab: StaffTab;
  /** A programme opened from the programmes tab. */
  programmeId?: string;
  /** A person opened from the people tab. */
  personId?: string;
  role: AccountRole;
}

/** The staff dashboard; this whole module is loaded lazily, so people who are not staff never download it. */
export default function StaffPage({ tab: current, programmeId, personId, role }: Props) {
  const { t } = useTranslation();
  const tabs = staffTabsFor(role);
  return (
    <section>
      <PageTitle>{t(`staff.tabs.${current}`)}</PageTitle>
      <nav aria-label={t('staff.nav')} className="subnav">
        <ul>
          {tabs.map((name) => (
            <li key={name}>
              <a href={href(`/staff/${name}`)} aria-current={name === current && programmeId === undefined && personId === undefined ? 'page' : undefined}>{t(`staff.tabs.${name}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {tabs.includes(current) ? <Panel tab={current} programmeId={programmeId} personId={personId} role={role} /> : <Notice kind="error">{t('errors.status.403')}</Notice>}
    </section>
  );
}

function Panel({ tab, programmeId, personId, role }: Props) {
  const { t } = useTranslation();
  switch (tab) {
    case 'volunteers':
      return <VolunteersPanel />;
    case 'people':
      return <PeoplePanel personId={personId} />;
    case 'matches':
      return <MatchesPanel />;
    case 'programmes':
      return <ProgrammesPanel role={role} programmeId={programmeId} />;
    case 'rounds':
      return <RoundsPanel />;
    case 'reports':
      return <ReportsPanel />;
    case 'suspensions':
      return <SuspensionsPanel />;
    case 'audit':
      return <AuditPanel />;
    case 'stats':
      return (
        <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
          <StatsPanel />
        </Suspense>
      );
    case 'organisations':
      return <OrganisationsPanel />;
  }
}
