import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Icon } from './icons/Icon';
import { useOverflows } from './useOverflows';
import './dialog.css';

interface DialogProps {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  /** Buttons for the footer. */
  actions?: ReactNode;
  size?: 'small' | 'medium' | 'full';
  role?: 'dialog' | 'alertdialog';
}

/**
 * A modal on the native <dialog>: focus trap, Escape, the top layer and giving focus back to
 * the button that opened it come from the browser (so it is closed with close(), never just
 * unmounted). Its content is rendered only while open.
 */
export function Dialog({
  title,
  open,
  onClose,
  children,
  actions,
  size = 'medium',
  role = 'dialog',
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  // A body long enough to scroll (an import report, say) is reached with the keyboard too.
  const [body, scrolls] = useOverflows('y');
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal() focuses the first control; React's autoFocus ran while the dialog was
      // still closed, so a control that should have focus first says so with data-autofocus.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${size}`}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        // A click on the backdrop lands on the <dialog> itself.
        if (e.target === ref.current) onClose();
      }}
    >
      {open && (
        <div className="dialog__inner">
          <header className="dialog__header">
            <h2 id={titleId} className="dialog__title">
              {title}
            </h2>
            <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
              <Icon name="remove" />
            </button>
          </header>
          <div className="dialog__body" ref={body} tabIndex={scrolls ? 0 : undefined}>
            {children}
          </div>
          {actions && <footer className="dialog__footer">{actions}</footer>}
        </div>
      )}
    </dialog>
  );
}
