/** The English catalog: the reference every other language must match key for key. */
import { diagramEn } from './diagram';
import { editorEn } from './editor';
import { panelsEn } from './panels';
import { scenarioEn } from './scenario';
import { simEn } from './sim';
import { uiEn } from './ui';

/** All English messages. */
export const en = {
  ...uiEn,
  ...diagramEn,
  ...panelsEn,
  ...editorEn,
  ...simEn,
  ...scenarioEn,
} as const;
