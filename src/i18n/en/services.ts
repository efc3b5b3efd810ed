/** English messages for Services, kube-proxy's rules, conntrack, NAT and egress (loaded with the rest of the later catalog). */
export const servicesEn = {} as const;
