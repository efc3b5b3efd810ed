/** The header toolbar: gallery, editor, share, import/export. */

/** Scenario actions in the header. */
export function Toolbar() {
  return <div className="hidden" />;
}
