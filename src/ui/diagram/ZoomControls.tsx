/** Zoom in, zoom out and fit-to-screen buttons over the diagram. */
import type { Translate } from '../../i18n';

/** Props of the zoom controls. */
export interface ZoomControlsProps {
  /** Zooms in one step. */
  readonly onZoomIn: () => void;
  /** Zooms out one step. */
  readonly onZoomOut: () => void;
  /** Fits the whole cluster. */
  readonly onFit: () => void;
  /** The translate function. */
  readonly t: Translate;
}

const BUTTON =
  'flex h-9 w-9 items-center justify-center rounded-xl text-lg font-semibold text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600';

/** Draws the zoom buttons. */
export function ZoomControls({ onZoomIn, onZoomOut, onFit, t }: ZoomControlsProps) {
  return (
    <div
      role="group"
      aria-label={t('diagram.zoom')}
      className="absolute top-3 right-3 flex flex-col gap-1 rounded-2xl border border-slate-200 bg-white/95 p-1 shadow-sm"
    >
      <button
        type="button"
        className={BUTTON}
        aria-label={t('diagram.zoomIn')}
        title={t('diagram.zoomIn')}
        onClick={onZoomIn}
      >
        {'+'}
      </button>
      <button
        type="button"
        className={BUTTON}
        aria-label={t('diagram.zoomOut')}
        title={t('diagram.zoomOut')}
        onClick={onZoomOut}
      >
        {'−'}
      </button>
      <button
        type="button"
        className={BUTTON}
        aria-label={t('diagram.fit')}
        title={t('diagram.fit')}
        onClick={onFit}
      >
        <svg
          viewBox="0 0 20 20"
          width={18}
          height={18}
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          strokeWidth={2}
        >
          <path d="M3 8V3h5M12 3h5v5M17 12v5h-5M8 17H3v-5" />
        </svg>
      </button>
    </div>
  );
}
