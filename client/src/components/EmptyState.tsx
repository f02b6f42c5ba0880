import type { ReactNode } from 'react';

/** What a list says when it has nothing to show, with the next step when there is one. */
export function EmptyState({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty-state">
      <p>{children}</p>
      {action === undefined ? null : <div className="actions">{action}</div>}
    </div>
  );
}
