import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';

interface TableProps {
  caption: string;
  /** On a phone each row becomes a card whose cells are labelled by their `data-label`. */
  stacking?: boolean;
  className?: string;
  children: ReactNode;
}

/** A captioned table in a region that scrolls sideways by itself (and by keyboard) when it is too wide. */
export function Table({ caption, stacking = false, className, children }: TableProps) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className={[stacking ? 'stacking-table' : undefined, className].filter(Boolean).join(' ') || undefined}>
        <caption>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

interface SortableHeaderProps {
  label: string;
  sort: 'ascending' | 'descending' | 'none';
  onSort: () => void;
}

/** A column header that sorts by its column; `aria-sort` says how the table is sorted now. */
export function SortableHeader({ label, sort, onSort }: SortableHeaderProps) {
  const arrow = sort === 'ascending' ? '▲' : sort === 'descending' ? '▼' : '';
  return (
    <th scope="col" aria-sort={sort}>
      <button type="button" className="link-button" onClick={onSort}>
        {label} <span aria-hidden="true">{arrow}</span>
      </button>
    </th>
  );
}

interface PaginationProps {
  /** What is paged, e.g. "Pages of people": names the navigation landmark. */
  label: string;
  page: number;
  pages: number;
  onPage: (page: number) => void;
}

/** Previous and next with "Page x of y" between them. */
export function Pagination({ label, page, pages, onPage }: PaginationProps) {
  const { t } = useTranslation();
  return (
    <nav aria-label={label} className="actions pagination">
      <Button variant="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('common.previousPage')}
      </Button>
      <span>{t('common.pageOf', { page, pages })}</span>
      <Button variant="secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('common.nextPage')}
      </Button>
    </nav>
  );
}
