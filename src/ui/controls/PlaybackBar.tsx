/** The playback bar: play/pause, step, scrubber, the hop and how the packet ended, speed. */
import { lazy, Suspense, useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { withEnglishRest } from '../../i18n';
import type { AppState } from '../../store';
import { selectCniSteps } from '../../store/cni/cniSlice';
import { SPEED_STEPS } from '../../store/playbackSlice';
import { selectActiveTrace, selectHopCount, selectTracing } from '../../store/selectors';
import { useAppStore } from '../storeContext';
import { useT } from '../useT';
import { PLAY_TOGGLE_ATTR } from './focusTargets';
import { Icon, type IconName } from './Icon';
import { usePlaybackKeys } from './usePlaybackKeys';

// Shown once a packet has ended (the tracer has arrived by then): loaded with it, not with the first view.
const OutcomeBadge = lazy(() =>
  withEnglishRest(import('./OutcomeBadge')).then((m) => ({ default: m.OutcomeBadge })),
);

const selectPlayback = (s: AppState) => ({
  cursor: s.cursor,
  playing: s.playing,
  speed: s.speed,
  hopCount: s.cniPlay ? selectCniSteps(s) : selectHopCount(s),
  cni: s.cniPlay !== null,
  tracing: selectTracing(s),
  trace: s.cniPlay ? null : selectActiveTrace(s),
  togglePlay: s.togglePlay,
  setPlaying: s.setPlaying,
  stepBack: s.stepBack,
  stepForward: s.stepForward,
  toStart: s.toStart,
  toEnd: s.toEnd,
  setCursor: s.setCursor,
  setSpeed: s.setSpeed,
});

const button =
  'pnl-control inline-flex h-9 w-9 items-center justify-center rounded-lg text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:text-slate-400 disabled:hover:bg-transparent';

/** One icon button with an accessible name. */
function Btn(props: {
  icon: IconName;
  label: string;
  onClick: () => void;
  disabled?: boolean;
  primary?: boolean;
  /** Marks the play/pause button, which focus moves to after a Send (see focusPlayback). */
  playToggle?: boolean;
}) {
  const cls = props.primary
    ? `${button} bg-indigo-600 text-white hover:bg-indigo-700 disabled:bg-slate-300`
    : button;
  return (
    <button
      type="button"
      className={cls}
      aria-label={props.label}
      title={props.label}
      disabled={props.disabled}
      onClick={props.onClick}
      {...(props.playToggle ? { [PLAY_TOGGLE_ATTR]: '' } : {})}
    >
      <Icon name={props.icon} />
    </button>
  );
}

/** Playback controls under the diagram; also installs the global playback keys. */
export function PlaybackBar() {
  usePlaybackKeys();
  const t = useT();
  const id = useId();
  const p = useAppStore(useShallow(selectPlayback));
  // While the first packet's tracer loads, the controls stay usable (a pause must not disable the
  // button that has focus); they act once the trace is here.
  const empty = p.hopCount === 0 && !p.tracing;
  const last = Math.max(0, p.hopCount - 1);
  const at = Math.min(p.cursor, last);
  // A packet that ended before its first hop (an impossible IPC, a failed bind) is named by its outcome.
  const hopless = empty && p.trace !== null;
  const ended = p.trace !== null && p.cursor >= p.trace.hops.length - 1;
  let hopText = t(p.cni ? 'playback.stepOf' : 'playback.hopOf', { k: at + 1, n: p.hopCount });
  if (empty) hopText = p.trace ? t(`outcome.${p.trace.outcome.kind}`) : t('playback.noHops');
  if (p.tracing) hopText = t('playback.hopOf', { k: 1, n: '…' });
  const manual = (f: () => void) => () => {
    p.setPlaying(false);
    f();
  };

  return (
    <section
      aria-label={t('playback.label')}
      className="pnl-playback flex flex-wrap items-center gap-x-3 gap-y-2 border-t border-slate-200 bg-white px-4 py-2"
    >
      <div className="flex items-center gap-1">
        <Btn icon="start" label={t('playback.start')} onClick={p.toStart} disabled={empty} />
        <Btn
          icon="back"
          label={t('playback.back')}
          onClick={manual(p.stepBack)}
          disabled={empty || at === 0}
        />
        <Btn
          icon={p.playing ? 'pause' : 'play'}
          label={p.playing ? t('playback.pause') : t('playback.play')}
          onClick={p.togglePlay}
          disabled={empty && !p.playing}
          primary
          playToggle
        />
        <Btn
          icon="forward"
          label={t('playback.forward')}
          onClick={manual(p.stepForward)}
          disabled={empty || at >= last}
        />
        <Btn icon="end" label={t('playback.end')} onClick={p.toEnd} disabled={empty} />
      </div>
      <input
        type="range"
        className="pnl-scrubber min-w-32 flex-1 accent-indigo-600"
        min={0}
        max={last}
        step={1}
        value={at}
        disabled={empty}
        aria-label={t('playback.scrubber')}
        aria-valuetext={hopText}
        onChange={(e) => {
          p.setPlaying(false);
          p.setCursor(Number(e.target.value));
        }}
      />
      {!hopless && (
        <p className="min-w-28 text-sm font-medium text-slate-800 tabular-nums">{hopText}</p>
      )}
      {p.trace && ended && (
        <Suspense fallback={null}>
          <OutcomeBadge trace={p.trace} />
        </Suspense>
      )}
      <div className="flex items-center gap-1.5">
        <label htmlFor={`${id}-speed`} className="text-xs font-medium text-slate-700">
          {t('playback.speed')}
        </label>
        <select
          id={`${id}-speed`}
          className="rounded-lg border border-slate-300 bg-white px-1.5 py-1 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600"
          value={String(p.speed)}
          onChange={(e) => p.setSpeed(Number(e.target.value))}
        >
          {SPEED_STEPS.map((s) => (
            <option key={s} value={String(s)}>
              {t('playback.speedValue', { speed: s })}
            </option>
          ))}
        </select>
      </div>
      <p className="sr-only">{t('playback.keys')}</p>
    </section>
  );
}
