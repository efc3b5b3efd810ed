/** Korean explanations of the simulation's hops, outcomes and field changes (keys under "sim."). */
import type { simEn } from '../en/sim';

export const simKo: Record<keyof typeof simEn, string> = {
  'sim.placeholder': '시뮬레이션이 여기에서 각 홉을 설명합니다.',
};
