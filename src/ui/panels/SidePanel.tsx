/** The side panel: send a packet, then inspect the current hop and the list of hops. */

/** The panels beside the diagram. */
export function SidePanel() {
  return <aside className="hidden" />;
}
