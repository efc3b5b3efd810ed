/** A Node object (v1): its name, InternalIP, pod range, labels and taints (for placing pods); and back. */
import type { NodeSpec } from '../../sim';
import type { Meta } from './meta';
import { list, obj, optText, text, type NoteSink } from './read';

/** A taint, as the scheduler matches it against tolerations. */
export interface Taint {
  readonly key: string;
  readonly effect: string;
}

/** A node as read, with what the scheduler needs beside the scenario's NodeSpec. */
export interface NodeDraft {
  readonly spec: NodeSpec;
  /** Node labels (kubernetes.io/hostname…), for nodeSelector. */
  readonly labels: Readonly<Record<string, string>>;
  /** NoSchedule / NoExecute taints keep pods without a toleration away. */
  readonly taints: readonly Taint[];
}

/** Reads a Node: spec.podCIDR and the InternalIP of status.addresses (kubectl output). */
export function readNode(doc: Record<string, unknown>, meta: Meta, notes: NoteSink): NodeDraft {
  const spec = obj(doc.spec, 'spec');
  const podCidr = optText(spec.podCIDR, 'spec.podCIDR');
  const podCidrs = list(spec.podCIDRs, 'spec.podCIDRs');
  notes.rest(
    spec,
    [
      'podCIDR',
      'taints',
      'providerID',
      ...(podCidrs.length <= 1 && (podCidrs[0] ?? podCidr) === podCidr ? ['podCIDRs'] : []),
    ],
    'spec',
  );
  if (podCidrs.length > 1) notes.add('spec.podCIDRs', 'unsupported', 'dual-stack');
  const addresses = list(obj(doc.status, 'status').addresses, 'status.addresses').map((a, i) =>
    obj(a, `status.addresses[${i}]`),
  );
  const internal = addresses.find((a) => a.type === 'InternalIP');
  const ip = internal ? text(internal.address, 'status.addresses.address') : undefined;
  const taints = list(spec.taints, 'spec.taints').map((t, i) => {
    const o = obj(t, `spec.taints[${i}]`);
    return { key: text(o.key, `spec.taints[${i}].key`), effect: String(o.effect ?? '') };
  });
  return {
    spec: {
      name: meta.name,
      ...(ip !== undefined ? { ip } : {}),
      ...(podCidr !== undefined ? { podCidr } : {}),
    },
    labels: meta.labels,
    taints,
  };
}

/** The node as a v1 Node object: the pod range in spec, a fixed address as status.addresses reports it. */
export function nodeToManifest(n: NodeSpec): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name: n.name, labels: { 'kubernetes.io/hostname': n.name } },
    ...(n.podCidr !== undefined ? { spec: { podCIDR: n.podCidr } } : {}),
    ...(n.ip !== undefined
      ? {
          status: {
            addresses: [
              { type: 'InternalIP', address: n.ip },
              { type: 'Hostname', address: n.name },
            ],
          },
        }
      : {}),
  };
}
