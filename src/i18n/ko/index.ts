/** The Korean catalog, loaded lazily when the learner picks Korean. */
import type { Messages } from '../catalog';
import { diagramKo } from './diagram';
import { editorKo } from './editor';
import { panelsKo } from './panels';
import { scenarioKo } from './scenario';
import { simKo } from './sim';
import { uiKo } from './ui';

/** All Korean messages. */
export const ko: Messages = {
  ...uiKo,
  ...diagramKo,
  ...panelsKo,
  ...editorKo,
  ...simKo,
  ...scenarioKo,
};
