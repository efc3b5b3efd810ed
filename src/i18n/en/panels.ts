/** English messages of the panels part of the interface. */
export const panelsEn = {
  'panels.placeholder': 'Panels',
} as const;
