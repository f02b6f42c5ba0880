import { useTranslation } from 'react-i18next';
import { Notice } from '../components/Field';
import { useDevices, useEndDevice, useEndOtherDevices, type Device } from '../data/devices';
import { describeFirstError } from '../i18n/describe-error';
import { formatDateTime, useViewerTimezone } from '../meetups/time';
import { Button } from '../components/Button';

/** "Signed-in devices": where the person is signed in, with a way to end each other session or all of them. */
export function DevicesSection() {
  const { t } = useTranslation();
  const devices = useDevices();
  const endOne = useEndDevice();
  const endOthers = useEndOtherDevices();
  const failure = endOne.error ?? endOthers.error;
  const others = (devices.data ?? []).filter((device) => !device.current);
  return (
    <section aria-labelledby="devices-title">
      <h2 id="devices-title">{t('devices.title')}</h2>
      <p>{t('devices.intro')}</p>
      {devices.data === undefined ? (
        devices.isError ? <Notice kind="error">{describeFirstError(t, devices.error)}</Notice> : <p role="status">{t('common.loading')}</p>
      ) : (
        <ul className="devices">
          {devices.data.map((device) => (
            <DeviceItem key={device.id} device={device} ending={endOne.isPending && endOne.variables === device.id} onEnd={() => endOne.mutate(device.id)} />
          ))}
        </ul>
      )}
      <Notice kind="error">{failure === null ? undefined : describeFirstError(t, failure)}</Notice>
      <Notice kind="success">{endOthers.isSuccess ? t('devices.endedOthers') : undefined}</Notice>
      {others.length > 0 ? (
        <Button onClick={() => endOthers.mutate()} disabled={endOthers.isPending}>
          {t('devices.endOthers')}
        </Button>
      ) : null}
    </section>
  );
}

function DeviceItem({ device, ending, onEnd }: { device: Device; ending: boolean; onEnd: () => void }) {
  const { t, i18n } = useTranslation();
  const timeZone = useViewerTimezone();
  const name = device.device ?? t('devices.unknown');
  return (
    <li>
      <strong>{name}</strong>
      {device.current ? <> ({t('devices.current')})</> : null}
      <br />
      <small>
        {t('devices.signedIn', { when: formatDateTime(device.createdAt, i18n.language, timeZone) })}
        {device.address === null || device.address === undefined ? null : ` · ${t('devices.from', { address: device.address })}`}
      </small>
      {device.current ? null : (
        <>
          {' '}
          <Button variant="secondary" onClick={onEnd} disabled={ending} aria-label={t('devices.endOneLabel', { device: name })}>
            {t('devices.endOne')}
          </Button>
        </>
      )}
    </li>
  );
}
