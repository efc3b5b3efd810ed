/** A disclosure button with a floating panel: Escape or a click outside closes it and focus returns to the button. */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { BUTTON, CARD } from './styles';

/** Props of a popover. */
export interface PopoverProps {
  /** The button's text. */
  readonly label: string;
  /** The panel's content; rendered only while open. */
  readonly children: ReactNode;
}

/** A button that opens a panel below it. */
export function Popover({ label, children }: PopoverProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onDown = (e: PointerEvent) => {
      if (box.current && e.target instanceof Node && !box.current.contains(e.target))
        setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onDown);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onDown);
    };
  }, [open]);
  return (
    // Below lg it sits in the header menu: the panel aligns to that menu, so it stays on screen.
    <div className="relative max-lg:static" ref={box}>
      <button
        ref={button}
        type="button"
        className={BUTTON}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
      </button>
      {open && (
        <div id={id} className={`${CARD} absolute right-0 z-50 mt-2 w-[min(26rem,90vw)]`}>
          {children}
        </div>
      )}
    </div>
  );
}
