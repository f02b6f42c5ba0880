import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}

/** The ids of a control's hint and error, for its `aria-describedby`. */
function describedByOf(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  return [hint === undefined ? undefined : `${id}-hint`, error === undefined ? undefined : `${id}-error`].filter(Boolean).join(' ') || undefined;
}

/** A visible label, an optional hint and an error right under the control, all wired for assistive tech. */
export function Field({ id, label, hint, error, children }: FieldProps) {
  const describedBy = describedByOf(id, hint, error);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint === undefined ? null : (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children(describedBy, error !== undefined)}
      {error === undefined ? null : (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** A labelled control holding text: its own attributes, and the value handed back as a string. */
type TextValueProps<Attributes> = Omit<Attributes, 'id' | 'onChange' | 'value'> & {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
};

/** What every such control carries: its id and name, its value, and its hint and error wiring. */
function wiredControl(id: string, value: string, onChange: (value: string) => void, describedBy: string | undefined, invalid: boolean) {
  return {
    id,
    name: id,
    value,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
  };
}

export function TextField({ id, label, value, onChange, hint, error, ...input }: TextValueProps<InputHTMLAttributes<HTMLInputElement>>) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy, invalid) => <input {...input} {...wiredControl(id, value, onChange, describedBy, invalid)} />}
    </Field>
  );
}

/** `children`: the `<option>`s. */
export function SelectField({ id, label, value, onChange, hint, error, children, ...select }: TextValueProps<SelectHTMLAttributes<HTMLSelectElement>>) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy, invalid) => (
        <select {...select} {...wiredControl(id, value, onChange, describedBy, invalid)}>
          {children}
        </select>
      )}
    </Field>
  );
}

export function TextAreaField({ id, label, value, onChange, hint, error, ...textarea }: TextValueProps<TextareaHTMLAttributes<HTMLTextAreaElement>>) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy, invalid) => <textarea {...textarea} {...wiredControl(id, value, onChange, describedBy, invalid)} />}
    </Field>
  );
}

type CheckboxFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'onChange' | 'checked'> & {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
  error?: string;
};

/** A checkbox with its label beside it (a `choice` row), the hint and the error under both. */
export function CheckboxField({ id, label, checked, onChange, hint, error, className, ...input }: CheckboxFieldProps) {
  const describedBy = describedByOf(id, hint, error);
  return (
    <div className={className === undefined ? 'field choice' : `field choice ${className}`}>
      <input {...input} type="checkbox" id={id} name={id} checked={checked} onChange={(event) => onChange(event.target.checked)} aria-describedby={describedBy} aria-invalid={error === undefined ? undefined : true} />
      <label htmlFor={id}>{label}</label>
      {hint === undefined ? null : (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error === undefined ? null : (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** A form-level message: errors as alerts, confirmations as polite status. */
export function Notice({ kind, children }: { kind: 'error' | 'success' | 'info'; children: ReactNode }) {
  if (children === undefined || children === null || children === '') return null;
  return (
    <p className={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </p>
  );
}
