/** The playback bar: play/pause, step, scrubber, speed. */

/** Playback controls under the diagram. */
export function PlaybackBar() {
  return <div className="hidden" />;
}
