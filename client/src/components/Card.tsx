import type { HTMLAttributes, ReactNode } from 'react';

type CardProps = HTMLAttributes<HTMLElement> & {
  /** `li` inside a `CardList`, else a `section` or a plain `div`. */
  as?: 'li' | 'section' | 'div';
  children: ReactNode;
};

/** A bordered surface holding one thing: a match, a meetup, a volunteer, a report. */
export function Card({ as: Element = 'li', className, children, ...rest }: CardProps) {
  return (
    <Element {...rest} className={['card', className].filter(Boolean).join(' ')}>
      {children}
    </Element>
  );
}

/** A list of cards, read by assistive technology as a list with its count. */
export function CardList({ children, label, className, ...rest }: HTMLAttributes<HTMLUListElement> & { children: ReactNode; label?: string }) {
  return (
    <ul {...rest} className={['cards', className].filter(Boolean).join(' ')} aria-label={label ?? rest['aria-label']}>
      {children}
    </ul>
  );
}
