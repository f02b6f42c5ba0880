import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldErrors } from '../api/errors';
import { describeError, describeFieldMessage } from '../i18n/describe-error';

export type Errors = Record<string, string | undefined>;

/** Server errors placed next to the fields they concern; the rest go above the button, all in the interface language. */
export function useFormErrors(fields: readonly string[]) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string>();
  return {
    errors,
    formError,
    set(next: Errors, form?: string) {
      setErrors(next);
      setFormError(form);
    },
    fromApi(error: unknown) {
      if (!(error instanceof ApiError)) return setFormError(describeError(error, t));
      const { byField, other } = fieldErrors(error, fields);
      const next: Errors = {};
      for (const [field, messages] of Object.entries(byField)) next[field] = [...new Set(messages.map((m) => describeFieldMessage(error, m, t)))].join(' ');
      setErrors(next);
      if (Object.keys(next).length === 0) setFormError(describeError(error, t));
      else setFormError(other.length > 0 ? describeError(new ApiError(error.status, other, error.code, error.params), t) : undefined);
    },
  };
}

