import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/errors';
import { Notice } from '../components/Field';
import { PageTitle } from '../components/PageTitle';
import { useResendVerification, useVerifyEmail } from '../data/account';
import { describeError, describeFirstError } from '../i18n/describe-error';
import { href } from '../router';
import { homeFor } from '../session/home';
import { useSession } from '../session/session';
import { Button } from '../components/Button';

/** `#/verify-email?token=`: the link in the verification email. Confirms at once; a link that no longer works offers a new one. */
export function VerifyEmailPage({ token }: { token: string | null }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const verify = useVerifyEmail();
  const { mutate } = verify;
  // Once per page: StrictMode runs effects twice, and a token works only once.
  const sent = useRef(false);
  useEffect(() => {
    if (token === null || sent.current) return;
    sent.current = true;
    mutate(token);
  }, [token, mutate]);

  const signedIn = user !== null && user !== undefined;
  const onward = signedIn ? (
    <p><a href={href(homeFor(user))}>{t('verifyEmail.continue')}</a></p>
  ) : (
    <p><a href={href('/login')}>{t('verifyEmail.logIn')}</a></p>
  );

  let body;
  if (token === null) body = <Notice kind="error">{t('emailLink.incomplete')}</Notice>;
  else if (verify.isSuccess) body = <><Notice kind="success">{t('verifyEmail.done')}</Notice>{onward}</>;
  else if (verify.isError && signedIn && user.emailVerified) body = <><Notice kind="success">{t('verifyEmail.alreadyVerified')}</Notice>{onward}</>;
  else if (verify.isError) {
    const invalidLink = verify.error instanceof ApiError && verify.error.status === 400;
    body = (
      <>
        <Notice kind="error">{describeError(verify.error, t)}</Notice>
        {invalidLink && signedIn ? <ResendLink /> : null}
        {invalidLink && !signedIn ? <p>{t('verifyEmail.logInToResend')} <a href={href('/login')}>{t('verifyEmail.logIn')}</a></p> : null}
      </>
    );
  } else body = <p role="status">{t('verifyEmail.working')}</p>;

  return (
    <section className="narrow">
      <PageTitle>{t('verifyEmail.title')}</PageTitle>
      {body}
    </section>
  );
}

function ResendLink() {
  const { t } = useTranslation();
  const resend = useResendVerification();
  if (resend.isSuccess) return <Notice kind="success">{t('verifyEmail.resent')}</Notice>;
  return (
    <>
      <p>{t('verifyEmail.resendHint')}</p>
      <Button disabled={resend.isPending} onClick={() => resend.mutate()}>{t('verifyNotice.resend')}</Button>
      <Notice kind="error">{describeFirstError(t, resend.error)}</Notice>
    </>
  );
}
