/** A Service manifest (v1) to and from the simulation's ServiceSpec: ClusterIP, headless and NodePort; LoadBalancer read as its NodePort part. */
import type { ServicePortSpec, ServiceSpec } from '../../sim';
import type { Meta } from './meta';
import { int, list, obj, optText, text, textMap, type NoteSink } from './read';

/** What the API server fills in on every Service (single-stack IPv4, no affinity). */
const SPEC_DEFAULTS = {
  sessionAffinity: 'None',
  ipFamilies: ['IPv4'],
  ipFamilyPolicy: 'SingleStack',
  internalTrafficPolicy: 'Cluster',
  allocateLoadBalancerNodePorts: true,
};

function port(v: unknown, at: string, notes: NoteSink): ServicePortSpec | null {
  const p = obj(v, at);
  const protocol = p.protocol ?? 'TCP';
  if (protocol !== 'TCP' && protocol !== 'UDP') {
    notes.add(`${at}.protocol`, 'unsupported', String(protocol));
    return null;
  }
  notes.rest(p, ['name', 'protocol', 'port', 'targetPort', 'nodePort'], at);
  const name = optText(p.name, `${at}.name`);
  const target = p.targetPort;
  const nodePort = p.nodePort === undefined ? undefined : int(p.nodePort, `${at}.nodePort`);
  const portNumber = int(p.port, `${at}.port`);
  return {
    ...(name !== undefined ? { name } : {}),
    protocol,
    port: portNumber,
    targetPort:
      target === undefined
        ? portNumber
        : typeof target === 'number'
          ? int(target, `${at}.targetPort`)
          : /^\d+$/.test(text(target, `${at}.targetPort`))
            ? Number(target)
            : text(target, `${at}.targetPort`),
    ...(nodePort !== undefined ? { nodePort } : {}),
  };
}

/** Reads a Service; null for a kind of Service the simulation has no model of (ExternalName). */
export function readService(
  doc: Record<string, unknown>,
  meta: Meta,
  notes: NoteSink,
): ServiceSpec | null {
  const spec = obj(doc.spec, 'spec');
  const type = spec.type ?? 'ClusterIP';
  if (type === 'ExternalName') {
    notes.add('spec.type', 'unsupported', 'ExternalName');
    return null;
  }
  if (type === 'LoadBalancer') notes.add('spec.type', 'approximated', 'LoadBalancer → NodePort');
  else if (type !== 'ClusterIP' && type !== 'NodePort') notes.add('spec.type', 'invalid', 'type');
  const clusterIP = optText(spec.clusterIP, 'spec.clusterIP');
  const clusterIPs = list(spec.clusterIPs, 'spec.clusterIPs');
  const isNodePort = type === 'NodePort' || type === 'LoadBalancer';
  const lbFields = type === 'LoadBalancer' ? ['loadBalancerClass', 'loadBalancerIP'] : [];
  notes.rest(
    spec,
    [
      'type',
      'clusterIP',
      'selector',
      'ports',
      ...(isNodePort ? ['externalTrafficPolicy'] : []),
      ...(clusterIPs.length === 1 && clusterIPs[0] === clusterIP ? ['clusterIPs'] : []),
    ],
    'spec',
    Object.fromEntries([...Object.entries(SPEC_DEFAULTS), ...lbFields.map((k) => [k, undefined])]),
  );
  const ports = list(spec.ports, 'spec.ports')
    .map((p, i) => port(p, `spec.ports[${i}]`, notes))
    .filter((p): p is ServicePortSpec => p !== null);
  const etp = spec.externalTrafficPolicy;
  return {
    name: meta.name,
    namespace: meta.namespace,
    type: isNodePort ? 'NodePort' : 'ClusterIP',
    ...(clusterIP !== undefined && clusterIP !== '' ? { clusterIP } : {}),
    selector: textMap(spec.selector, 'spec.selector'),
    ports,
    externalTrafficPolicy: isNodePort && etp === 'Local' ? 'Local' : 'Cluster',
  };
}

/** The Service as a v1 manifest object. */
export function serviceToManifest(s: ServiceSpec): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: s.name, namespace: s.namespace },
    spec: {
      type: s.type,
      ...(s.clusterIP !== undefined ? { clusterIP: s.clusterIP } : {}),
      ...(Object.keys(s.selector).length > 0 ? { selector: { ...s.selector } } : {}),
      ports: s.ports.map((p) => ({
        ...(p.name !== undefined ? { name: p.name } : {}),
        protocol: p.protocol,
        port: p.port,
        targetPort: p.targetPort,
        ...(p.nodePort !== undefined ? { nodePort: p.nodePort } : {}),
      })),
      ...(s.type === 'NodePort' ? { externalTrafficPolicy: s.externalTrafficPolicy } : {}),
    },
  };
}
