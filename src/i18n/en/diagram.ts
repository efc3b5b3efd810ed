/** English messages of the diagram part of the interface. */
export const diagramEn = {
  'diagram.placeholder': 'Diagram',
} as const;
