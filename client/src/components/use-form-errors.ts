import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldErrors } from '../api/errors';
import { translateError, translateFieldMessage, translateMessage } from '../i18n/translate-api';

export type Errors = Record<string, string | undefined>;

/** Server errors placed next to the fields they concern; the rest go above the button. */
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
      if (!(error instanceof ApiError)) return setFormError(translateError(t, error));
      const { byField, other } = fieldErrors(error, fields);
      const next: Errors = {};
      for (const [field, messages] of Object.entries(byField)) next[field] = messages.map((m) => translateFieldMessage(t, error, m)).join(' ');
      setErrors(next);
      if (Object.keys(next).length === 0) setFormError(translateError(t, error));
      else setFormError(other.length > 0 ? other.map((message) => translateMessage(t, message)).join(' ') : undefined);
    },
  };
}

