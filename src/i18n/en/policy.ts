/** English messages for NetworkPolicy decisions and the reachability matrix (loaded with the rest of the later catalog). */
export const policyEn = {} as const;
