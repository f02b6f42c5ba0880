import type { ButtonHTMLAttributes } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'link';

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant };

/** The one button: `type="button"` unless told otherwise, so no button submits a form by accident. */
export function Button({ variant = 'primary', type = 'button', className, ...rest }: ButtonProps) {
  const classes = [variant === 'primary' ? undefined : variant, className].filter(Boolean).join(' ');
  return <button {...rest} type={type} className={classes === '' ? undefined : classes} />;
}
