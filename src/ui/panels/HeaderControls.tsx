/** Header controls that belong to the viewing experience: language switcher, presenter mode. */

/** Right-hand header controls. */
export function HeaderControls() {
  return <div className="hidden" />;
}
