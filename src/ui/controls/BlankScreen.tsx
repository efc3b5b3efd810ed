/** The blanked screen of a presentation (B or . on a clicker): black over everything until any key or a click, said aloud both ways. */
import { useState } from 'react';
import type { AppState } from '../../store';
import { useAppStore } from '../storeContext';
import { useT } from '../useT';

const selectBlanked = (s: AppState) => s.blanked;
const selectSetBlanked = (s: AppState) => s.setBlanked;

/** A black overlay while the screen is blanked, and a status line telling screen readers it went and came back. */
export function BlankScreen() {
  const t = useT();
  const blanked = useAppStore(selectBlanked);
  const setBlanked = useAppStore(selectSetBlanked);
  // Once blanked, coming back is said too; before that the status stays empty.
  const [once, setOnce] = useState(false);
  if (blanked && !once) setOnce(true);
  let status = '';
  if (blanked) status = t('blank.on');
  else if (once) status = t('blank.off');
  return (
    <>
      <p role="status" className="sr-only">
        {status}
      </p>
      {blanked && (
        <div
          className="fixed inset-0 z-[1000] cursor-none bg-black"
          data-testid="blank-screen"
          onClick={() => setBlanked(false)}
        />
      )}
    </>
  );
}
