import { useTranslation } from 'react-i18next';
import { BarFigure } from './BarFigure';
import type { Series } from './stats-figures';

/** The round's score distribution; its own module so Chart.js loads only when a preview is shown. */
export default function RoundScoreChart({ series }: { series: Series }) {
  const { t } = useTranslation();
  return <BarFigure title={t('staff.rounds.review.distribution')} series={series} label={(bucket) => t('staff.rounds.review.bucket', { bucket })} />;
}
