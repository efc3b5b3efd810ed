/** The presets inside the cluster: ClusterIP to a remote and a same-node endpoint, hairpin, DNS names, a headless Service (C12). */
import type { PodId } from '../sim';
import { preset, type Preset } from './presetBuilder';
import { ctr, ONE_NODE, scenario, send, TWO_NODES } from './presetParts';
import {
  corednsPod,
  fromNs,
  KUBE_DNS,
  named,
  NETFILTER_ON,
  nsPod,
  service,
  svcPort,
  tcpPort,
  withK8s,
} from './presetK8sParts';

const curl = () => ctr('curl', 'curlimages/curl:8.11');
const apiPod = (name: string, node: string, namespace = 'default') =>
  nsPod(namespace, name, node, { app: 'api' }, [
    named('api', 'example/api:1', tcpPort(8080, 'http')),
  ]);
const client = (node: string, namespace = 'default') =>
  nsPod(namespace, 'client', node, { app: 'client' }, [curl()]);
/** The api Service at 10.96.0.20 (written out, so lessons and tests can name it): port 80 to the pods' 8080. */
const apiService = () =>
  service('default', 'api', { app: 'api' }, [svcPort(80, 8080)], { clusterIP: '10.96.0.20' });
const toApi = { kind: 'service', service: 'default/api' } as const;
const fromClient = fromNs('default', 'client', 'curl');

/** The presets about ClusterIP Services and DNS, in gallery order. */
export const SERVICE_PRESETS: readonly Preset[] = [
  // Two endpoints on node2: the KUBE-SVC chain's probability rule picks one; the second packet
  // pins the other; a ping to the ClusterIP finds no rule for ICMP and nothing that answers.
  preset('clusterip-remote', ['C12'], (t, d) =>
    withK8s(
      scenario(
        t,
        d,
        TWO_NODES,
        [client('node1'), apiPod('api-1', 'node2'), apiPod('api-2', 'node2')],
        [
          send(fromClient, toApi, 'TCP', 80),
          { ...send(fromClient, toApi, 'TCP', 80), endpoint: 'default/api-2' as PodId },
          send(fromClient, toApi, 'ICMP'),
        ],
      ),
      { services: [apiService()] },
    ),
  ),
  // The endpoint shares the client's bridge: the reply is un-DNATed only because bridged frames
  // pass iptables (the switch is written out so the editor shows it).
  preset('clusterip-same-node', ['C12'], (t, d) =>
    withK8s(
      scenario(
        t,
        d,
        ONE_NODE,
        [client('node1'), apiPod('api', 'node1')],
        [send(fromClient, toApi, 'TCP', 80)],
      ),
      { services: [apiService()], netfilter: NETFILTER_ON },
    ),
  ),
  // The only endpoint is the sender itself: hairpin mode on cni0's port and masquerade.
  preset('service-hairpin', ['C12'], (t, d) =>
    withK8s(
      scenario(
        t,
        d,
        ONE_NODE,
        [apiPod('api', 'node1')],
        [send(fromNs('default', 'api', 'api'), toApi, 'TCP', 80)],
      ),
      { services: [apiService()], netfilter: NETFILTER_ON },
    ),
  ),
  // A short name, a name with one dot (ndots:5 tries the search list first), an unknown name.
  preset('dns-service', ['C12'], (t, d) => {
    const from = fromNs('shop', 'client', 'curl');
    const toName = (name: string) => ({ kind: 'name', name }) as const;
    return withK8s(
      scenario(
        t,
        d,
        TWO_NODES,
        [corednsPod('coredns', 'node1'), client('node1', 'shop'), apiPod('api', 'node2', 'shop')],
        [
          send(from, toName('api'), 'TCP', 80),
          send(from, toName('api.shop'), 'TCP', 80),
          send(from, toName('web'), 'TCP', 80),
        ],
      ),
      {
        services: [
          KUBE_DNS,
          service('shop', 'api', { app: 'api' }, [svcPort(80, 'http', { name: 'http' })], {
            clusterIP: '10.96.0.20',
          }),
        ],
      },
    );
  }),
  // clusterIP None: no rules; DNS answers with the pods' addresses.
  preset('headless-service', ['C12'], (t, d) => {
    const db = (name: string, node: string) =>
      nsPod('default', name, node, { app: 'db' }, [
        named('postgres', 'postgres:16', tcpPort(5432, 'postgres')),
      ]);
    return withK8s(
      scenario(
        t,
        d,
        TWO_NODES,
        [corednsPod('coredns', 'node1'), client('node1'), db('db-0', 'node1'), db('db-1', 'node2')],
        [send(fromClient, { kind: 'name', name: 'db' }, 'TCP', 5432)],
      ),
      {
        services: [
          KUBE_DNS,
          service('default', 'db', { app: 'db' }, [svcPort(5432, 5432)], { clusterIP: 'None' }),
        ],
      },
    );
  }),
];
