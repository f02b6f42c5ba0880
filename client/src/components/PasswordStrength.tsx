import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PasswordVerdict } from '@shared/password-strength';

type Judge = typeof import('@shared/password-strength');
let judgeLoading: Promise<Judge> | undefined;
/** zxcvbn-ts and its dictionaries (about 1 MB) load on the first keystroke, never with the app. */
function loadJudge(): Promise<Judge> {
  judgeLoading ??= import('@shared/password-strength');
  return judgeLoading;
}

interface PasswordStrengthProps {
  /** The password field's id; the strength is `${id}-strength`, for the field's aria-describedby. */
  id: string;
  password: string;
  email: string;
  displayName?: string;
}

/** The server's own rule (src/shared-domain/password-strength.ts), shown while typing and announced politely. */
export function PasswordStrength({ id, password, email, displayName }: PasswordStrengthProps) {
  const { t } = useTranslation();
  const [verdict, setVerdict] = useState<{ for: string; verdict: PasswordVerdict } | undefined>(undefined);
  const [bounds, setBounds] = useState({ min: 10, max: 128 });

  useEffect(() => {
    if (password === '') return;
    let current = true;
    // A short pause after typing: the estimate takes a few milliseconds, and screen readers hear one update.
    const timer = setTimeout(() => {
      void loadJudge().then((judge) => {
        if (!current) return;
        setBounds({ min: judge.PASSWORD_MIN_LENGTH, max: judge.PASSWORD_MAX_LENGTH });
        setVerdict({ for: password, verdict: judge.judgePassword(password, { email, displayName }) });
      });
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [password, email, displayName]);

  if (password === '') return null;
  const shown = verdict?.for === password ? verdict.verdict : undefined;
  return (
    <div className="password-strength" id={`${id}-strength`}>
      <meter min={0} max={4} low={2} high={3} optimum={4} value={shown?.score ?? 0} aria-label={t('passwordStrength.label')} />
      <p aria-live="polite">
        {shown === undefined
          ? t('passwordStrength.checking')
          : `${t(`passwordStrength.level.${shown.score}`)}. ${shown.problem === undefined ? t('passwordStrength.ok') : t(`passwordStrength.${shown.problem}`, bounds)}`}
      </p>
    </div>
  );
}
