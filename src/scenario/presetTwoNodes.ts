/** The two-node cluster several presets share, and the host-routing preset built on it (the default scenario). */
import { defaultPresetEn } from '../i18n/en/presetDefault';
import { ctr, fromCtr, pod, podId, scenario, send, TWO_NODES } from './presetParts';
import type { Scenario } from './types';

/** A web pod with a log sidecar and a cache on node1, an API pod on node2. */
export const twoNodePods = [
  pod('web', 'node1', [ctr('nginx', 'nginx:1.27', 80), ctr('log-shipper', 'fluent-bit:3', 2020)]),
  pod('cache', 'node1', [ctr('redis', 'redis:7', 6379)]),
  pod('api', 'node2', [ctr('api', 'example/api:1', 8080)]),
];

/** nginx in the web pod calls the API pod on the other node. */
export const webToApi = send(
  fromCtr('web', 'nginx'),
  { kind: 'pod', pod: podId('api') },
  'TCP',
  8080,
);

/** The id of the host-routing preset. */
export const TWO_NODES_HOSTGW = 'two-nodes-hostgw';

/** The host-routing preset's scenario, with the given title and description. */
export function twoNodesHostgw(title: string, description: string): Scenario {
  return scenario(title, description, TWO_NODES, twoNodePods, [webToApi]);
}

/** The host-routing preset's scenario with its English title and description. */
export function twoNodesHostgwEn(): Scenario {
  return twoNodesHostgw(
    defaultPresetEn['scenario.preset.two-nodes-hostgw.title'],
    defaultPresetEn['scenario.preset.two-nodes-hostgw.description'],
  );
}
