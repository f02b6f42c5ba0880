import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/PageTitle';
import { href } from '../router';
import { AuditPanel } from './AuditPanel';
import { ReportsPanel } from './ReportsPanel';
import { RoundsPanel } from './RoundsPanel';
import { SuspensionsPanel } from './SuspensionsPanel';
import { STAFF_TABS, type StaffTab } from './tabs';
import { VolunteersPanel } from './VolunteersPanel';

// Chart.js only loads when someone opens the statistics.
const StatsPanel = lazy(() => import('./StatsPanel'));

/** The staff dashboard; this whole module is loaded lazily, so people who are not staff never download it. */
export default function StaffPage({ tab: current }: { tab: StaffTab }) {
  const { t } = useTranslation();
  return (
    <section>
      <PageTitle>{t(`staff.tabs.${current}`)}</PageTitle>
      <nav aria-label={t('staff.nav')} className="subnav">
        <ul>
          {STAFF_TABS.map((name) => (
            <li key={name}>
              <a href={href(`/staff/${name}`)} aria-current={name === current ? 'page' : undefined}>{t(`staff.tabs.${name}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {current === 'volunteers' ? <VolunteersPanel /> : null}
      {current === 'rounds' ? <RoundsPanel /> : null}
      {current === 'reports' ? <ReportsPanel /> : null}
      {current === 'suspensions' ? <SuspensionsPanel /> : null}
      {current === 'audit' ? <AuditPanel /> : null}
      {current === 'stats' ? (
        <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
          <StatsPanel />
        </Suspense>
      ) : null}
    </section>
  );
}
