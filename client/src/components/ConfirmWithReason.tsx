import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';

interface Props {
  /** The button that opens the form, e.g. "Decline". */
  label: string;
  /** The confirming button, e.g. "Decline this proposal". */
  confirmLabel: string;
  reasonLabel?: string;
  required?: boolean;
  /** The action; when its promise is rejected, the form stays open (the caller says why). */
  onConfirm: (reason: string) => Promise<unknown> | void;
}

/** A button that opens a small inline form asking why (optional unless `required`) before acting. */
export function ConfirmWithReason({ label, confirmLabel, reasonLabel, required = false, onConfirm }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (required && reason.trim() === '') return;
    setBusy(true);
    try {
      await onConfirm(reason.trim());
      setOpen(false);
      setReason('');
    } catch {
      // Refused: the page shows the error, and the reason stays here to try again.
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {label}
      </Button>
    );
  }
  return (
    <form className="inline-form" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{reasonLabel ?? (required ? t('common.reasonRequired') : t('common.reasonOptional'))}</label>
        <input id={`${id}-reason`} value={reason} onChange={(event) => setReason(event.target.value)} required={required} autoFocus />
      </div>
      <div className="actions">
        <Button type="submit" disabled={busy || (required && reason.trim() === '')}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
