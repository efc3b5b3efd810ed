/** Korean messages for NetworkPolicy decisions and the reachability matrix. */
import type { policyEn } from '../en/policy';

/** Every key of the English part, in Korean. */
export const policyKo: Record<keyof typeof policyEn, string> = {};
