/** The English messages the first view needs: shell, diagram, panels and the scenario toolbar. */
import { diagramEn } from './diagram';
import { editorEn } from './editor';
import { panelsEn } from './panels';
import { uiEn } from './ui';

/** English messages bundled with the app's first chunk. */
export const enCore = {
  ...uiEn,
  ...diagramEn,
  ...panelsEn,
  ...editorEn,
} as const;
