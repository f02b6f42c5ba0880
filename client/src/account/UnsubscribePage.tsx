import { useTranslation } from 'react-i18next';
import { Notice } from '../components/Field';
import { PageTitle } from '../components/PageTitle';
import { useUnsubscribe } from '../data/account';
import { describeError } from '../i18n/describe-error';
import { href } from '../router';
import { emailChoiceLabelKey, emailTypeOfUnsubscribeToken } from './email-choices';
import { Button } from '../components/Button';

/**
 * `#/unsubscribe?token=`: the "stop these emails" link. Nothing happens until the person presses
 * the button, since mail scanners open links on their own.
 */
export function UnsubscribePage({ token }: { token: string | null }) {
  const { t } = useTranslation();
  const unsubscribe = useUnsubscribe();
  const type = token === null ? undefined : emailTypeOfUnsubscribeToken(token);
  const typeLabel = type === undefined ? undefined : t(emailChoiceLabelKey(type));
  const preferencesLink = <p><a href={href('/account/preferences')}>{t('unsubscribe.preferences')}</a></p>;

  let body;
  if (token === null) body = <><Notice kind="error">{t('emailLink.incomplete')}</Notice>{preferencesLink}</>;
  else if (unsubscribe.isSuccess) {
    body = <><Notice kind="success">{typeLabel === undefined ? t('unsubscribe.doneUnknown') : t('unsubscribe.done', { type: typeLabel })}</Notice>{preferencesLink}</>;
  } else {
    body = (
      <>
        <p>{typeLabel === undefined ? t('unsubscribe.questionUnknown') : t('unsubscribe.question', { type: typeLabel })}</p>
        <Button disabled={unsubscribe.isPending} onClick={() => unsubscribe.mutate(token)}>{t('unsubscribe.confirm')}</Button>
        <Notice kind="error">{unsubscribe.isError ? describeError(unsubscribe.error, t) : undefined}</Notice>
        {preferencesLink}
      </>
    );
  }

  return (
    <section className="narrow">
      <PageTitle>{t('unsubscribe.title')}</PageTitle>
      {body}
    </section>
  );
}
