/** A modal dialog frame: title, Escape closes, focus starts inside; sized for phones and presenters alike. */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { CARD } from '../share/styles';

/** Props of the frame. */
export interface DialogProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/** The frame. */
export function Dialog({ title, onClose, children }: DialogProps) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    box.current?.querySelector<HTMLElement>('textarea, button')?.focus();
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="fixed inset-0 z-50 flex items-start justify-center overflow-y-auto bg-slate-900/30 p-2 sm:p-6">
      <div
        ref={box}
        role="dialog"
        aria-modal="true"
        aria-labelledby={id}
        className={`${CARD} w-full max-w-3xl space-y-3`}
      >
        <h2 id={id} className="text-base font-semibold text-slate-900">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}
