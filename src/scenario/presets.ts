/** The built-in scenarios, one per idea the app teaches, each with its first packet ready to send. */
import { ctr, fromCtr, ONE_NODE, ping, pod, podId, scenario, send, TWO_NODES } from './presetParts';
import { preset, type Preset } from './presetBuilder';
import { defaultScenario } from './defaultScenario';
import { SERVICE_PRESETS } from './presetsServices';
import { EDGE_PRESETS } from './presetsEdge';
import { TWO_NODES_HOSTGW, twoNodePods, webToApi } from './presetTwoNodes';
import type { PacketRequest } from '../sim';

export type { Preset } from './presetBuilder';

/** The packets a preset shows when opened: its first, or all of them for a preset that compares packets. */
export function presetFlows(p: Preset): readonly PacketRequest[] {
  return p.showsEveryPacket ? p.scenario.packets : p.scenario.packets.slice(0, 1);
}

const web = () => pod('web', 'node1', [ctr('nginx', 'nginx:1.27', 80)]);
const client = (node = 'node1') => pod('client', node, [ctr('curl', 'curlimages/curl:8.11')]);
/** Every built-in scenario, in gallery order. */
export const PRESETS: readonly Preset[] = [
  preset('single-container', ['C2'], (t, d) =>
    scenario(
      t,
      d,
      ONE_NODE,
      [web(), client()],
      [send(fromCtr('client', 'curl'), { kind: 'pod', pod: podId('web') }, 'TCP', 80)],
    ),
  ),
  preset('sidecar-localhost', ['C3', 'C6'], (t, d) =>
    scenario(
      t,
      d,
      ONE_NODE,
      [twoNodePods[0] ?? web()],
      [send(fromCtr('web', 'log-shipper'), { kind: 'localhost' }, 'TCP', 80)],
    ),
  ),
  preset('port-conflict', ['C5'], (t, d) =>
    scenario(
      t,
      d,
      ONE_NODE,
      [pod('web', 'node1', [ctr('nginx', 'nginx:1.27', 80), ctr('admin', 'httpd:2.4', 80)])],
      [send(fromCtr('web', 'admin'), { kind: 'localhost' }, 'TCP', 80)],
    ),
  ),
  preset('same-node', ['C9'], (t, d) =>
    scenario(
      t,
      d,
      ONE_NODE,
      [web(), pod('api', 'node1', [ctr('api', 'example/api:1', 8080)])],
      [send(fromCtr('web', 'nginx'), { kind: 'pod', pod: podId('api') }, 'TCP', 8080)],
    ),
  ),
  // The default scenario is this preset, built from the same English title and description.
  preset(TWO_NODES_HOSTGW, ['C9'], () => defaultScenario),
  preset('two-nodes-vxlan', ['C9'], (t, d) =>
    scenario(t, d, TWO_NODES, twoNodePods, [webToApi], 'vxlan'),
  ),
  // A full-size ping does not fit the overlay's MTU of 1450 (VXLAN adds 50 bytes); 1450 does.
  // Both open in the packet list, so the learner compares the two sizes from this card.
  preset(
    'mtu-overlay',
    ['C9'],
    (t, d) => {
      const api = pod('api', 'node2', [ctr('api', 'example/api:1', 8080)]);
      const toApi = { kind: 'pod', pod: podId('api') } as const;
      const from = fromCtr('web', 'nginx');
      return scenario(
        t,
        d,
        TWO_NODES,
        [web(), api],
        [ping(from, toApi, 1500), ping(from, toApi, 1450)],
        'vxlan',
      );
    },
    true,
  ),
  preset('kubelet-probe', ['C8'], (t, d) =>
    scenario(
      t,
      d,
      ONE_NODE,
      [web()],
      [
        send(
          { kind: 'node', node: 'node1', agent: 'kubelet' },
          { kind: 'pod', pod: podId('web') },
          'TCP',
          80,
        ),
      ],
    ),
  ),
  preset('shared-memory', ['C10'], (t, d) =>
    scenario(
      t,
      d,
      ONE_NODE,
      [
        pod('pipeline', 'node1', [
          ctr('producer', 'example/producer:1'),
          ctr('consumer', 'example/consumer:1'),
        ]),
      ],
      [
        send(
          fromCtr('pipeline', 'producer'),
          { kind: 'container', pod: podId('pipeline'), container: 'consumer' },
          'SHM',
        ),
      ],
    ),
  ),
  preset('host-network', ['C8', 'C9'], (t, d) =>
    scenario(
      t,
      d,
      TWO_NODES,
      [
        pod('node-exporter', 'node1', [ctr('exporter', 'prom/node-exporter:1.8', 9100)], true),
        client('node2'),
      ],
      [send(fromCtr('client', 'curl'), { kind: 'pod', pod: podId('node-exporter') }, 'TCP', 9100)],
    ),
  ),
  preset('localhost-other-pod', ['C9'], (t, d) =>
    scenario(
      t,
      d,
      ONE_NODE,
      [web(), client()],
      [send(fromCtr('client', 'curl'), { kind: 'localhost' }, 'TCP', 80)],
    ),
  ),
  ...SERVICE_PRESETS,
  ...EDGE_PRESETS,
];

/** The preset with an id, if any. */
export function presetById(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
