import { useTranslation } from 'react-i18next';
import { Notice } from '../components/Field';
import { useResendVerification } from '../data/account';
import { describeFirstError } from '../i18n/describe-error';
import { isStaffRole } from '../session/roles';
import { useSession } from '../session/session';
import { Button } from '../components/Button';

/** A gentle reminder while the signed-in person's address is unconfirmed, with a way to get a new link; nothing otherwise. */
export function VerifyEmailNotice() {
  const { t } = useTranslation();
  const { user } = useSession();
  const resend = useResendVerification();
  if (user === null || user === undefined || user.emailVerified || isStaffRole(user.role)) return null;
  return (
    <div className="notice notice-info verify-email-notice">
      <p>{t('verifyNotice.text', { email: user.email })}</p>
      {resend.isSuccess ? (
        <p role="status">{t('verifyNotice.sent', { email: user.email })}</p>
      ) : (
        <Button variant="secondary" disabled={resend.isPending} onClick={() => resend.mutate()}>
          {t('verifyNotice.resend')}
        </Button>
      )}
      <Notice kind="error">{describeFirstError(t, resend.error)}</Notice>
    </div>
  );
}
