/** Korean messages of the diagram part of the interface. */
import type { diagramEn } from '../en/diagram';

export const diagramKo: Record<keyof typeof diagramEn, string> = {
  'diagram.placeholder': 'Diagram',
};
