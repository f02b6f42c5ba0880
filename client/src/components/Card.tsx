import type { ReactNode } from 'react';

interface CardProps {
  /** `li` inside a `CardList`, else a `section` or a plain `div`. */
  as?: 'li' | 'section' | 'div';
  className?: string;
  children: ReactNode;
}

/** A bordered surface holding one thing: a match, a meetup, a volunteer, a report. */
export function Card({ as: Element = 'li', className, children }: CardProps) {
  return <Element className={['card', className].filter(Boolean).join(' ')}>{children}</Element>;
}

/** A list of cards, read by assistive technology as a list with its count. */
export function CardList({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <ul className="cards" aria-label={label}>
      {children}
    </ul>
  );
}
