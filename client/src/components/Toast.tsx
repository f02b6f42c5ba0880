import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';

export type ToastKind = 'success' | 'info';

interface ToastMessage {
  id: number;
  kind: ToastKind;
  text: string;
}

type ShowToast = (text: string, kind?: ToastKind) => void;

const ToastContext = createContext<ShowToast | null>(null);
/** Older confirmations give way, so the region never grows into a wall of text. */
const MAX_SHOWN = 3;

/**
 * Confirmations that something was done ("Hanna is verified."), said in one polite live region that
 * is always in the page: a region added together with its text is not announced by every reader.
 * They stay until dismissed, so nobody has to read against a clock.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<ToastMessage[]>([]);
  const show = useCallback<ShowToast>((text, kind = 'success') => {
    setToasts((current) => [...current, { id: nextId(), kind, text }].slice(-MAX_SHOWN));
  }, []);
  const dismiss = (id: number) => setToasts((current) => current.filter((toast) => toast.id !== id));

  return (
    <ToastContext.Provider value={show}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.kind}`}>
            <span>{toast.text}</span>
            <Button variant="link" aria-label={t('common.dismissNamed', { text: toast.text })} onClick={() => dismiss(toast.id)}>
              {t('common.dismiss')}
            </Button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

let lastId = 0;
function nextId(): number {
  lastId += 1;
  return lastId;
}

/** Shows a confirmation; outside a `ToastProvider` (a component test) it does nothing. */
export function useToast(): ShowToast {
  const show = useContext(ToastContext);
  return useMemo(() => show ?? (() => undefined), [show]);
}
