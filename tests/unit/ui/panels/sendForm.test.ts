// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../../src/scenario/defaultScenario';
import type { ClusterSpec, PodId } from '../../../../src/sim';
import {
  allTraffic,
  decodeEndpoint,
  decodeTarget,
  defaultRequest,
  encodeEndpoint,
  encodeTarget,
  formFromRequest,
  requestFromForm,
  sources,
  targets,
  withTarget,
} from '../../../../src/ui/panels/sendForm';

const cluster = defaultScenario.cluster;
const web = 'default/web' as PodId;

describe('the send form', () => {
  it('offers the scenario’s first packet by default', () => {
    expect(defaultRequest(cluster, defaultScenario.packets)).toBe(defaultScenario.packets[0]);
  });

  it('without prepared packets, offers the first container to another pod’s first listening port', () => {
    expect(defaultRequest(cluster, [])).toEqual({
      from: { kind: 'container', pod: web, container: 'nginx' },
      to: { kind: 'pod', pod: 'default/cache' },
      protocol: 'TCP',
      port: 6379,
    });
  });

  it('offers nothing to send from an empty cluster', () => {
    const empty: ClusterSpec = { ...cluster, nodes: [], pods: [] };
    expect(defaultRequest(empty, [])).toBeNull();
  });

  it('round-trips every source and target through option values', () => {
    for (const s of sources(cluster)) expect(decodeEndpoint(encodeEndpoint(s))).toEqual(s);
    for (const t of targets(cluster)) expect(decodeTarget(encodeTarget(t), '')).toEqual(t);
  });

  it('lists each node’s kubelet and host process as sources', () => {
    const nodes = sources(cluster).filter((s) => s.kind === 'node');
    expect(nodes).toHaveLength(4);
  });

  it('builds the request it shows', () => {
    const req = defaultScenario.packets[0];
    if (!req) throw new Error('the default scenario has a packet');
    expect(requestFromForm(formFromRequest(req))).toEqual({ ok: true, req });
  });

  it('rejects a typed address that is not IPv4', () => {
    const form = { ...formFromRequest(defaultScenario.packets[0]!), to: 'ip', ip: '10.244.300.1' };
    expect(requestFromForm(form)).toEqual({ ok: false, error: 'send.error.ip' });
  });

  it('takes the port from a typed "address:port"', () => {
    const form = {
      ...formFromRequest(defaultScenario.packets[0]!),
      to: 'ip',
      ip: '10.244.2.2:9090',
    };
    const r = requestFromForm(form);
    expect(r.ok && r.req).toMatchObject({ to: { kind: 'ip', ip: '10.244.2.2' }, port: 9090 });
  });

  it('rejects a port outside 1..65535 for TCP and UDP but needs none for ICMP', () => {
    const base = formFromRequest(defaultScenario.packets[0]!);
    expect(requestFromForm({ ...base, port: '70000' })).toEqual({
      ok: false,
      error: 'send.error.port',
    });
    expect(requestFromForm({ ...base, port: '' })).toEqual({ ok: false, error: 'send.error.port' });
    const ping = requestFromForm({ ...base, protocol: 'ICMP', port: '' });
    expect(ping.ok && ping.req).toEqual({
      from: defaultScenario.packets[0]?.from,
      to: defaultScenario.packets[0]?.to,
      protocol: 'ICMP',
    });
  });

  it('allows shared memory only toward a container', () => {
    const base = formFromRequest(defaultScenario.packets[0]!);
    expect(requestFromForm({ ...base, protocol: 'SHM' })).toEqual({
      ok: false,
      error: 'send.error.shm',
    });
    const shm = requestFromForm({ ...base, protocol: 'SHM', to: `container|${web}|log-shipper` });
    expect(shm.ok).toBe(true);
  });

  it('suggests a container’s first port when it is picked as the target', () => {
    const base = formFromRequest(defaultScenario.packets[0]!);
    const next = withTarget(base, `container|${web}|log-shipper`, cluster);
    expect(next.port).toBe('2020');
  });

  it('plays the prepared packets, or a capped set of container-to-pod packets', () => {
    expect(allTraffic(cluster, defaultScenario.packets)).toEqual(defaultScenario.packets);
    const generated = allTraffic(cluster, [], 3);
    expect(generated).toHaveLength(3);
    for (const r of generated)
      expect(r.from.kind === 'container' && r.to.kind === 'pod' && r.from.pod !== r.to.pod).toBe(
        true,
      );
  });
});

describe('the send form with Services and the outside world', () => {
  const withSvc: ClusterSpec = {
    ...cluster,
    services: [
      {
        name: 'api',
        namespace: 'shop',
        type: 'NodePort',
        selector: { app: 'api' },
        ports: [{ protocol: 'TCP', port: 80, targetPort: 8080, nodePort: 30080 }],
        externalTrafficPolicy: 'Cluster',
      },
    ],
  };
  it('offers the external client as a sender and a Service, its NodePorts and the internet as targets', () => {
    expect(sources(withSvc).at(-1)).toEqual({ kind: 'external' });
    const kinds = targets(withSvc).map((t) => encodeTarget(t));
    expect(kinds).toContain('service|shop/api');
    expect(kinds).toContain(`nodeport|${withSvc.nodes[0]?.name ?? ''}|shop/api`);
    expect(kinds.at(-1)).toBe('internet');
  });
  it('suggests the Service port for a ClusterIP target and the nodePort for a NodePort target', () => {
    const form = { from: '', to: 'localhost', ip: '', protocol: 'UDP' as const, port: '' };
    expect(withTarget(form, 'service|shop/api', withSvc)).toMatchObject({
      port: '80',
      protocol: 'TCP',
    });
    const np = `nodeport|${withSvc.nodes[0]?.name ?? ''}|shop/api`;
    expect(withTarget(form, np, withSvc)).toMatchObject({ port: '30080', protocol: 'TCP' });
  });
  it('takes a typed DNS name and refuses one with a space or upper-case letters', () => {
    const base = { from: 'external', to: 'name', protocol: 'TCP' as const, port: '80' };
    expect(requestFromForm({ ...base, ip: 'api.shop' })).toEqual({
      ok: true,
      req: {
        from: { kind: 'external' },
        to: { kind: 'name', name: 'api.shop' },
        protocol: 'TCP',
        port: 80,
      },
    });
    expect(requestFromForm({ ...base, ip: 'Api shop' })).toEqual({
      ok: false,
      error: 'send.error.name',
    });
    expect(
      formFromRequest({
        from: { kind: 'external' },
        to: { kind: 'name', name: 'api' },
        protocol: 'UDP',
        port: 53,
      }),
    ).toMatchObject({ to: 'name', ip: 'api' });
  });
});
