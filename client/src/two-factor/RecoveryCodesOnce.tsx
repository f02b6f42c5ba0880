import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../components/Field';
import { recoveryCodesText } from './codes';
import { Button } from '../components/Button';

/** The recovery codes, shown this once: a list to write down or copy, and a button to say they are kept. */
export function RecoveryCodesOnce({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<boolean>();

  function copy() {
    navigator.clipboard.writeText(recoveryCodesText(codes)).then(() => setCopied(true), () => setCopied(false));
  }

  return (
    <div role="group" aria-labelledby="recovery-codes-title">
      <h3 id="recovery-codes-title">{t('twoFactor.recoveryCodesTitle')}</h3>
      <p>{t('twoFactor.recoveryCodesHint')}</p>
      <ul className="recovery-codes" aria-label={t('twoFactor.recoveryCodesTitle')}>
        {codes.map((code) => (
          <li key={code}><code>{code}</code></li>
        ))}
      </ul>
      <Button variant="secondary" onClick={copy}>{t('twoFactor.copyCodes')}</Button>
      <Notice kind="success">{copied === true ? t('twoFactor.copied') : undefined}</Notice>
      <Notice kind="error">{copied === false ? t('twoFactor.copyFailed') : undefined}</Notice>
      <Button onClick={onDone}>{t('twoFactor.codesSaved')}</Button>
    </div>
  );
}
