/** English messages for DNS lookups and Ingress proxying (loaded with the rest of the later catalog). */
export const dnsEn = {} as const;
