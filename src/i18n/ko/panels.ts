/** Korean messages of the panels part of the interface. */
import type { panelsEn } from '../en/panels';

export const panelsKo: Record<keyof typeof panelsEn, string> = {
  'panels.placeholder': 'Panels',
};
