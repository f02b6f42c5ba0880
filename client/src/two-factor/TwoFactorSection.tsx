import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/errors';
import { Notice, TextField } from '../components/Field';
import { describeError, describeFirstError } from '../i18n/describe-error';
import { normaliseCode } from './codes';
import { RecoveryCodesOnce } from './RecoveryCodesOnce';
import { useConfirmEnrolment, useDisableTwoFactor, useRegenerateRecoveryCodes, useStartEnrolment, useTwoFactorStatus, type TwoFactorEnrolment, type TwoFactorStatus } from '../data/two-factor';
import { Button } from '../components/Button';

/** "Two-factor sign-in" in the account settings: enrol with an authenticator app, recovery codes, turning it off where allowed. */
export function TwoFactorSection() {
  const { t } = useTranslation();
  const status = useTwoFactorStatus();
  // Recovery codes just made: shown once, until the person says they are kept.
  const [codes, setCodes] = useState<string[]>();
  return (
    <section aria-labelledby="two-factor-title">
      <h2 id="two-factor-title">{t('twoFactor.title')}</h2>
      <p>{t('twoFactor.intro')}</p>
      {codes !== undefined ? (
        <RecoveryCodesOnce codes={codes} onDone={() => setCodes(undefined)} />
      ) : status.data === undefined ? (
        status.isError ? <Notice kind="error">{describeError(status.error, t)}</Notice> : <p role="status">{t('common.loading')}</p>
      ) : status.data.enabled ? (
        <Enabled status={status.data} onCodes={setCodes} />
      ) : (
        <Enrolment required={status.data.required} onCodes={setCodes} />
      )}
    </section>
  );
}

function Enrolment({ required, onCodes }: { required: boolean; onCodes: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const start = useStartEnrolment();
  return (
    <>
      {required ? <Notice kind="info">{t('twoFactor.requiredNotice')}</Notice> : null}
      {start.data === undefined ? (
        <>
          <Notice kind="error">{describeFirstError(t, start.error)}</Notice>
          <Button disabled={start.isPending} onClick={() => start.mutate()}>{t('twoFactor.setUp')}</Button>
        </>
      ) : (
        <ConfirmEnrolment enrolment={start.data} onCodes={onCodes} />
      )}
    </>
  );
}

function ConfirmEnrolment({ enrolment, onCodes }: { enrolment: TwoFactorEnrolment; onCodes: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const confirm = useConfirmEnrolment();
  const [code, setCode] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    // Not mutate's own onSuccess: success refetches the status, which replaces this form before such a
    // callback would run, and the codes would never be shown. The promise settles whatever is mounted.
    confirm.mutateAsync(normaliseCode(code)).then((result) => onCodes(result.recoveryCodes), () => undefined);
  }

  return (
    <form onSubmit={submit} noValidate>
      <p>{t('twoFactor.scan')}</p>
      <img className="qr-code" src={`data:image/svg+xml;utf8,${encodeURIComponent(enrolment.qrCodeSvg)}`} alt={t('twoFactor.qrAlt')} width={200} height={200} />
      <p>
        {t('twoFactor.typeKey')} <code className="secret-key">{enrolment.secret}</code>
      </p>
      <TextField id="enrolment-code" label={t('twoFactor.code')} hint={t('twoFactor.codeHint')} value={code} onChange={setCode} error={describeFirstError(t, confirm.error)} inputMode="numeric" autoComplete="one-time-code" required />
      <Button type="submit" disabled={confirm.isPending}>{t('twoFactor.confirm')}</Button>
    </form>
  );
}

function Enabled({ status, onCodes }: { status: TwoFactorStatus; onCodes: (codes: string[]) => void }) {
  const { t, i18n } = useTranslation();
  const since = status.enrolledAt === null ? '' : new Date(status.enrolledAt).toLocaleDateString(i18n.language);
  return (
    <>
      <Notice kind="success">{t('twoFactor.on', { date: since })}</Notice>
      <p>{t('twoFactor.codesLeft', { count: status.recoveryCodesLeft })}</p>
      <Regenerate onCodes={onCodes} />
      {status.required ? <p>{t('twoFactor.cannotTurnOff')}</p> : <TurnOff />}
    </>
  );
}

function Regenerate({ onCodes }: { onCodes: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const regenerate = useRegenerateRecoveryCodes();
  const [code, setCode] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    regenerate.mutate(normaliseCode(code), { onSuccess: (result) => onCodes(result.recoveryCodes) });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="regenerate-title">
      <h3 id="regenerate-title">{t('twoFactor.regenerateTitle')}</h3>
      <p>{t('twoFactor.regenerateHint')}</p>
      <TextField id="regenerate-code" label={t('twoFactor.codeOrRecovery')} value={code} onChange={setCode} error={describeFirstError(t, regenerate.error)} autoComplete="one-time-code" required />
      <Button type="submit" disabled={regenerate.isPending}>{t('twoFactor.regenerate')}</Button>
    </form>
  );
}

function TurnOff() {
  const { t } = useTranslation();
  const disable = useDisableTwoFactor();
  const [form, setForm] = useState({ password: '', code: '' });
  const wrongPassword = disable.error instanceof ApiError && disable.error.code === 'two-factor.wrong-password';

  function submit(event: FormEvent) {
    event.preventDefault();
    disable.mutate({ password: form.password, code: normaliseCode(form.code) });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="turn-off-title">
      <h3 id="turn-off-title">{t('twoFactor.turnOffTitle')}</h3>
      <TextField id="turn-off-password" type="password" label={t('twoFactor.password')} value={form.password} onChange={(password) => setForm({ ...form, password })} error={wrongPassword ? describeError(disable.error, t) : undefined} autoComplete="current-password" required />
      <TextField id="turn-off-code" label={t('twoFactor.codeOrRecovery')} value={form.code} onChange={(code) => setForm({ ...form, code })} error={wrongPassword ? undefined : describeFirstError(t, disable.error)} autoComplete="one-time-code" required />
      <Button type="submit" variant="secondary" disabled={disable.isPending}>{t('twoFactor.turnOff')}</Button>
    </form>
  );
}
