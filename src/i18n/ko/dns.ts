/** Korean messages for DNS lookups and Ingress proxying. */
import type { dnsEn } from '../en/dns';

/** Every key of the English part, in Korean. */
export const dnsKo: Record<keyof typeof dnsEn, string> = {};
