import { useTranslation } from 'react-i18next';
import { useOnline } from './online';

/** Said at the top of every page while the device is offline, so nothing fails silently. */
export function OfflineNotice() {
  const { t } = useTranslation();
  const online = useOnline();
  if (online) return null;
  return (
    <p className="notice notice-info offline-notice" role="status">
      <strong>{t('offline.title')}</strong> {t('offline.detail')}
    </p>
  );
}
