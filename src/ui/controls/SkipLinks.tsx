/** Skip links, first in the page: straight to the send form or to the diagram, past the header. */
import type { MouseEvent } from 'react';
import { useT } from '../useT';
import { DIAGRAM_CANVAS_ID, focusDiagram, focusSendForm, SEND_FORM_ID } from './focusTargets';

const LINK =
  'sr-only rounded-lg bg-white px-3 py-2 text-sm font-semibold text-indigo-800 shadow-lg ring-2 ring-indigo-600 focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-[60]';

/** Focuses the target by script: the address's fragment carries share links, so it never changes. */
const go = (focus: () => boolean) => (e: MouseEvent) => {
  e.preventDefault();
  focus();
};

/** The two skip links, shown only while focused. */
export function SkipLinks() {
  const t = useT();
  return (
    <nav aria-label={t('skip.label')}>
      <a href={`#${SEND_FORM_ID}`} className={LINK} onClick={go(focusSendForm)}>
        {t('skip.send')}
      </a>
      <a href={`#${DIAGRAM_CANVAS_ID}`} className={LINK} onClick={go(focusDiagram)}>
        {t('skip.diagram')}
      </a>
    </nav>
  );
}
