/** The Korean catalog, loaded lazily when the learner picks Korean. */
import type { Messages } from '../catalog';
import { scenarioKo } from './scenario';
import { simKo } from './sim';
import { uiKo } from './ui';

/** All Korean messages. */
export const ko: Messages = { ...uiKo, ...simKo, ...scenarioKo };
