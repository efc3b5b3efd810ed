/** The shapes of a packet at scale 1, centred on the origin: a circle for a request, a diamond for a reply. */

/** A request: a circle of radius 8. */
export const REQUEST_SHAPE = 'M-8,0a8,8 0 1 0 16,0a8,8 0 1 0 -16,0z';
/** A reply: a diamond of the same weight. */
export const REPLY_SHAPE = 'M0,-10l10,10l-10,10l-10,-10z';
