/** The header's secondary actions: in the row on wide screens, behind a Menu button below the lg breakpoint. */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Icon } from '../controls/Icon';
import { BUTTON } from '../share/styles';

/**
 * A disclosure that is transparent on wide screens (its content sits in the header row) and a
 * drop-down under the header on narrow ones; Escape, a press outside or focus leaving closes it,
 * and Escape returns focus to its button.
 */
export function HeaderMenu({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const content = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      // A menu of its own open inside (Share, File) closes first.
      if (e.key !== 'Escape' || content.current?.querySelector('[aria-expanded="true"]')) return;
      setOpen(false);
      button.current?.focus();
    };
    const onDown = (e: PointerEvent) => {
      if (e.target instanceof Node && !box.current?.contains(e.target)) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onDown);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onDown);
    };
  }, [open]);
  return (
    <div
      ref={box}
      className="lg:contents"
      onBlur={(e) => {
        // Focus moved elsewhere (Tab past the end, the editor taking focus): the menu closes.
        if (e.relatedTarget instanceof Node && !box.current?.contains(e.relatedTarget))
          setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className={`${BUTTON} lg:hidden`}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        <Icon name="menu" />
        {label}
      </button>
      <div
        ref={content}
        id={id}
        className={`${open ? 'flex' : 'hidden'} absolute inset-x-0 top-full z-40 flex-wrap items-center gap-2 border-b border-slate-200 bg-white px-3 py-2 shadow-lg lg:contents`}
      >
        {children}
      </div>
    </div>
  );
}
