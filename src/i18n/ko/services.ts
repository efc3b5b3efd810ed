/** Korean messages for Services, kube-proxy's rules, conntrack, NAT and egress. */
import type { servicesEn } from '../en/services';

/** Every key of the English part, in Korean. */
export const servicesKo: Record<keyof typeof servicesEn, string> = {};
