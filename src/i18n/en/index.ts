/** The English catalog: the reference every other language must match key for key. */
import { scenarioEn } from './scenario';
import { simEn } from './sim';
import { uiEn } from './ui';

/** All English messages. */
export const en = { ...uiEn, ...simEn, ...scenarioEn } as const;
