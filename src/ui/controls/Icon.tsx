/** Small stroke icons for the playback buttons and the header menu (decorative: the buttons carry the names). */

/** The icons available. */
export type IconName = 'play' | 'pause' | 'back' | 'forward' | 'start' | 'end' | 'menu';

const PATHS: Record<IconName, string> = {
  play: 'M7 5l12 7-12 7z',
  pause: 'M7 5h4v14H7zM13 5h4v14h-4z',
  back: 'M15 6l-6 6 6 6',
  forward: 'M9 6l6 6-6 6',
  start: 'M6 5v14M18 6l-7 6 7 6',
  end: 'M18 5v14M6 6l7 6-7 6',
  menu: 'M4 7h16M4 12h16M4 17h16',
};

/** A 20px icon, hidden from assistive technology. */
export function Icon({ name }: { name: IconName }) {
  const filled = name === 'play' || name === 'pause';
  return (
    <svg
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
      fill={filled ? 'currentColor' : 'none'}
      stroke="currentColor"
      strokeWidth={filled ? 0 : 2.2}
      strokeLinecap="round"
      strokeLinejoin="round"
      className="pnl-icon"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
