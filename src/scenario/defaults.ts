/** The scenario format's defaults, apart from the schema so presets and the default scenario need no validator. */

/** The defaults filled in when a document leaves a field out. */
export const DEFAULTS = {
  clusterName: 'lab',
  clusterCidr: '10.244.0.0/16',
  nodeNetwork: '192.168.10.0/24',
  cni: 'bridge-hostgw',
  namespace: 'default',
  description: '',
} as const;
