/** Resolving a request's sender and target to namespaces, addresses and containers. */
import { ex } from './explain';
import type { Stop } from './walkState';
import type { NetIndex } from '../model/topology';
import type { Endpoint, Ipv4, NetnsId, PodId, Target } from '../model/types';
import { parseIpv4 } from '../model/ipv4';
import { CLIENT_NETNS } from '../model/outside';
import { servicePorts } from '../netfilter/endpointSlices';
import { serviceKey } from '../netfilter/serviceAddressing';

/** The process that sends: its namespace and who it is. */
export interface Sender {
  /** Its network namespace (the node's for hostNetwork pods and node agents). */
  readonly netns: NetnsId;
  /** The container name, or the node agent ("kubelet", "host"). */
  readonly container: string;
  /** Its pod, when it is a container. */
  readonly pod?: PodId;
}

/** Where the packet goes. */
export interface Destination {
  /** The destination address. */
  readonly ip: Ipv4;
  /** The pod targeted, if a pod or container was named. */
  readonly pod?: PodId;
  /** The container targeted, if one was named. */
  readonly container?: string;
}

/** The sender of a request, or why there is none. */
export function resolveSender(idx: NetIndex, from: Endpoint): Sender | Stop {
  if (from.kind === 'node') {
    const node = idx.nodes.get(from.node);
    if (!node)
      return { outcome: 'impossible', reason: ex('sim.outcome.unknownNode', { node: from.node }) };
    return { netns: node.net.netns, container: from.agent };
  }
  if (from.kind === 'external') return { netns: CLIENT_NETNS, container: 'client' };
  const pod = idx.pods.get(from.pod);
  if (!pod)
    return { outcome: 'impossible', reason: ex('sim.outcome.unknownPod', { pod: from.pod }) };
  if (!pod.spec.containers.some((c) => c.name === from.container))
    return {
      outcome: 'impossible',
      reason: ex('sim.outcome.unknownContainer', { pod: from.pod, container: from.container }),
    };
  return { netns: pod.net.netns, container: from.container, pod: from.pod };
}

/** The destination of a request, or why there is none. */
export function resolveTarget(idx: NetIndex, to: Target): Destination | Stop {
  switch (to.kind) {
    case 'localhost':
      return { ip: '127.0.0.1' as Ipv4 };
    case 'ip':
      if (parseIpv4(to.ip) === null)
        return { outcome: 'unreachable', reason: ex('sim.outcome.badAddress', { ip: to.ip }) };
      return { ip: to.ip as Ipv4 };
    case 'node': {
      const node = idx.nodes.get(to.node);
      if (!node)
        return { outcome: 'unreachable', reason: ex('sim.outcome.unknownNode', { node: to.node }) };
      return { ip: node.net.ip };
    }
    case 'pod':
    case 'container': {
      const pod = idx.pods.get(to.pod);
      if (!pod)
        return { outcome: 'unreachable', reason: ex('sim.outcome.unknownPod', { pod: to.pod }) };
      if (to.kind === 'pod') return { ip: pod.net.ip, pod: to.pod };
      if (!pod.spec.containers.some((c) => c.name === to.container))
        return {
          outcome: 'unreachable',
          reason: ex('sim.outcome.unknownContainer', { pod: to.pod, container: to.container }),
        };
      return { ip: pod.net.ip, pod: to.pod, container: to.container };
    }
    case 'service':
    case 'nodeport': {
      const ports = servicePorts(idx).filter((p) => serviceKey(p.service) === to.service);
      const first = ports[0];
      if (!first)
        return {
          outcome: 'unreachable',
          reason: ex('sim.outcome.unknownService', { service: to.service }),
        };
      if (to.kind === 'nodeport') {
        const node = idx.nodes.get(to.node);
        if (!node)
          return {
            outcome: 'unreachable',
            reason: ex('sim.outcome.unknownNode', { node: to.node }),
          };
        return { ip: node.net.ip };
      }
      if (first.clusterIp === undefined)
        return {
          outcome: 'impossible',
          reason: ex('sim.outcome.headlessNoIp', { service: to.service }),
        };
      return { ip: first.clusterIp };
    }
    case 'internet':
      return { ip: idx.outside.internetHostIp as Ipv4 };
    default:
      return { outcome: 'impossible', reason: ex('sim.outcome.notTraced', { what: to.kind }) };
  }
}

/** Whether a resolution failed. */
export function isStop(v: Sender | Destination | Stop): v is Stop {
  return 'outcome' in v;
}
