/** The pcapng export read back by the real tcpdump: every frame's headers as the trace has them, VXLAN decoded. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { simulate } from '../../../../src/sim/trace/tracer';
import { presetById, presetFlows } from '../../../../src/scenario/presets';
import { buildNetwork } from '../../../../src/sim/model/topology';
import { tracePcapng, tracesPcapng } from '../../../../src/scenario/export/tracePcap';
import {
  wireFramesOf,
  wireFramesOfAll,
  type WireFrame,
} from '../../../../src/scenario/export/wireFrames';
import { CASES, conformanceCluster } from '../../../conformance/cases';
import { conformanceRequired } from '../../../conformance/environment';
import { joinPacketLines, parsePacketLine } from '../../../conformance/tcpdumpParse';
import { isPresent } from '../../../requirements';
import { readPcapng } from './pcapngReader';

const haveTcpdump = isPresent('tcpdump');
const required = conformanceRequired();
if (!haveTcpdump && !required)
  console.warn(
    'pcap export: tcpdump is missing (apt package tcpdump): reading the file back is skipped',
  );

const dir = mkdtempSync(join(tmpdir(), 'pnl-pcap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** tcpdump -e -nn -vv on a file, one line per packet. */
function read(file: string, args: string[]): string[] {
  const r = spawnSync('tcpdump', ['-r', file, '-e', '-nn', '-vv', ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  if (r.status !== 0) throw new Error(`tcpdump failed: ${r.stderr}`);
  return joinPacketLines(r.stdout);
}

/** tcpdump's lines for a file: VXLAN (UDP 8472, forced with -T vxlan) and the rest, merged by time. */
function tcpdumpLines(file: string): string[] {
  const lines = [
    ...read(file, ['-T', 'vxlan', 'udp port 8472']),
    ...read(file, ['not udp port 8472']),
  ];
  return lines.sort((a, b) => a.slice(0, 15).localeCompare(b.slice(0, 15)));
}

/** The expected fields of a frame, in the shape tcpdumpParse gives back. */
function expectedOf(f: WireFrame): object {
  if (f.arp) {
    const a = f.arp.arp;
    return a.op === 'request'
      ? { eth: f.arp.eth, arp: { ...a, targetMac: '00:00:00:00:00:00' } }
      : { eth: f.arp.eth, arp: { ...a, targetIp: '' } };
  }
  const { eth, ip, l4, outer } = f.headers ?? {};
  return outer ? { eth, ip, l4, outer } : { eth, ip, l4 };
}

/** The frame length tcpdump reports: Ethernet + IP Total Length (+ VXLAN's Ethernet around it), or an ARP frame's 42. */
function frameLength(f: WireFrame): number {
  if (f.arp) return 42;
  const h = f.headers;
  return 14 + (h?.outer ? h.outer.ip.totalLength : (h?.ip?.totalLength ?? 0));
}

function checkFile(file: string, frames: readonly WireFrame[]): void {
  const lines = tcpdumpLines(file);
  expect(lines).toHaveLength(frames.length);
  // without -T vxlan, tcpdump checks the outer UDP checksum (and names the payload OTV, 8472's other user)
  const outer = read(file, ['udp port 8472']);
  expect(outer).toHaveLength(frames.filter((f) => f.headers?.outer).length);
  for (const line of outer) expect(line).toContain('[udp sum ok]');
  frames.forEach((f, i) => {
    const line = lines[i] ?? '';
    const packet = parsePacketLine(line);
    expect(packet?.time, line).toBe(f.time);
    const headers: Record<string, unknown> = { ...packet?.headers };
    if (f.headers?.l4?.kind === 'icmp' && headers.l4) {
      // tcpdump names the ICMP type and code; an echo has no code in the trace
      const l4 = headers.l4 as { code?: number };
      if (f.headers.l4.code === undefined) delete l4.code;
    }
    expect(headers, line).toEqual(expectedOf(f));
    expect(line).toContain(`length ${frameLength(f)}:`);
    expect(line).not.toMatch(/bad|wrong|incorrect|truncated|\[\|/i);
    const l4 = f.headers?.l4;
    if (l4?.kind === 'tcp') expect(line).toMatch(/cksum 0x[0-9a-f]+ \(correct\)/);
    // inside VXLAN, -T vxlan decodes the inner datagram as VXLAN too: its sum is checked on flannel.1
    if (l4?.kind === 'udp' && !f.headers?.outer) expect(line).toContain('[udp sum ok]');
    if (f.headers?.outer)
      expect(line).toContain(`VXLAN, flags [I] (0x08), vni ${f.headers.outer.vxlan.vni}`);
  });
}

describe.skipIf(!haveTcpdump && !required)(
  'a trace exported as pcapng and read back by tcpdump',
  () => {
    it('is there to read (tcpdump is required under CI)', () => {
      expect(haveTcpdump, 'tcpdump is missing: apt-get install tcpdump').toBe(true);
    });

    for (const c of CASES)
      it(`shows every header field of every frame on a wire as the trace has it: ${c.cni}, ${c.name}`, () => {
        const trace = simulate(conformanceCluster(c.cni), c.request);
        const file = join(dir, `case-${CASES.indexOf(c)}.pcapng`);
        const bytes = tracePcapng(trace);
        const frames = wireFramesOf(trace);
        // a packet refused by its own sender never reaches a wire: the file has no interface to read
        if (frames.length === 0)
          return expect(readPcapng(bytes)).toEqual({ interfaces: [], packets: [] });
        writeFileSync(file, bytes);
        checkFile(file, frames);
      });

    it("offers in a SYN and a SYN+ACK the sender's MTU − 40: 1410 for pods behind VXLAN, 1460 on host-gw, 65495 on lo", () => {
      const mssOf = (cni: 'vxlan' | 'bridge-hostgw', name: string): string[] => {
        const c = CASES.find((x) => x.name === name && x.cni === cni);
        if (!c) throw new Error(`no case ${name}`);
        const spec = conformanceCluster(cni);
        const file = join(dir, `mss-${cni}.pcapng`);
        writeFileSync(file, tracePcapng(simulate(spec, c.request), buildNetwork(spec)));
        return [...new Set(read(file, ['tcp']).map((l) => /mss (\d+)/.exec(l)?.[1] ?? ''))];
      };
      expect(mssOf('vxlan', 'cross-node over VXLAN (TCP)')).toEqual(['1410']);
      expect(mssOf('bridge-hostgw', 'cross-node, host routing (TCP)')).toEqual(['1460']);
      expect(mssOf('bridge-hostgw', 'loopback inside a pod')).toEqual(['65495']);
    });

    it('keeps a connection’s sequence numbers and timestamps on every interface, across a Service’s DNAT', () => {
      const preset = presetById('clusterip-remote');
      const request = preset ? presetFlows(preset)[0] : undefined;
      if (!preset || !request) throw new Error('preset clusterip-remote missing');
      const cluster = preset.scenario.cluster;
      const file = join(dir, 'nat.pcapng');
      writeFileSync(file, tracePcapng(simulate(cluster, request), buildNetwork(cluster)));
      const tcp = read(file, ['tcp']);
      const syn = tcp.filter((l) => l.includes('Flags [S],'));
      const synAck = tcp.filter((l) => l.includes('Flags [S.],'));
      expect(syn[0]).toContain('10.244.1.2.59646 > 10.96.0.20.80:');
      expect(syn[syn.length - 1]).toContain('10.244.1.2.59646 > 10.244.2.2.8080:');
      const seqs = new Set(syn.map((l) => /seq (\d+)/.exec(l)?.[1]));
      expect(seqs.size).toBe(1);
      const [seq] = [...seqs];
      for (const l of synAck) expect(l).toContain(`ack ${Number(seq) + 1},`);
      expect(new Set(synAck.map((l) => /seq (\d+)/.exec(l)?.[1])).size).toBe(1);
    });

    it("carries real DNS messages: glibc's query and CoreDNS's answer, as tcpdump decodes them", () => {
      /** The DNS part of each distinct datagram tcpdump shows between the client and kube-dns. */
      const dnsOf = (id: string, packet: number): string[] => {
        const preset = presetById(id);
        const request = preset?.scenario.packets[packet];
        if (!preset || !request) throw new Error(`preset ${id} missing`);
        const cluster = preset.scenario.cluster;
        const trace = simulate(cluster, request);
        const file = join(dir, `dns-${id}-${packet}.pcapng`);
        writeFileSync(file, tracePcapng(trace, buildNetwork(cluster), cluster));
        checkFile(file, wireFramesOf(trace));
        // the client's side of the Service (before DNAT, after un-DNAT), once per message; the id is hashed
        const lines = read(file, ['udp port 53 and host 10.96.0.10']);
        return [...new Set(lines.map((l) => /\[udp sum ok\] \d+(.*)$/.exec(l)?.[1] ?? l))];
      };
      expect(dnsOf('dns-service', 0)).toEqual([
        '+ A? api.shop.svc.cluster.local. (44)',
        '*- q: A? api.shop.svc.cluster.local. 1/0/0 api.shop.svc.cluster.local. A 10.96.0.20 (86)',
      ]);
      const soa =
        '0/1/0 ns: cluster.local. SOA ns.dns.cluster.local. hostmaster.cluster.local. 1 7200 1800 86400 30';
      expect(dnsOf('dns-service', 2)).toEqual([
        '+ A? web.shop.svc.cluster.local. (44)',
        ` NXDomain*- q: A? web.shop.svc.cluster.local. ${soa} (137)`,
        '+ A? web.svc.cluster.local. (39)',
        ` NXDomain*- q: A? web.svc.cluster.local. ${soa} (132)`,
        '+ A? web.cluster.local. (35)',
        ` NXDomain*- q: A? web.cluster.local. ${soa} (128)`,
        // outside cluster.local: CoreDNS forwards it upstream, and no answer comes back here
        '+ A? web. (21)',
      ]);
      expect(dnsOf('headless-service', 0)).toEqual([
        '+ A? db.default.svc.cluster.local. (46)',
        '*- q: A? db.default.svc.cluster.local. 2/0/0 db.default.svc.cluster.local. A 10.244.1.4, db.default.svc.cluster.local. A 10.244.2.2 (134)',
      ]);
    });

    it('puts all flows playing in one file, their frames interleaved hop by hop', () => {
      for (const cni of ['bridge-hostgw', 'vxlan'] as const) {
        const spec = conformanceCluster(cni);
        const traces = CASES.filter((c) => c.cni === cni).map((c) => simulate(spec, c.request));
        const file = join(dir, `all-${cni}.pcapng`);
        writeFileSync(file, tracesPcapng(traces));
        checkFile(file, wireFramesOfAll(traces));
      }
    });
  },
);

describe('the interfaces of a pcapng export', () => {
  it('names each interface with its namespace, one per device, frames on the device they cross (pod to pod over VXLAN, cold caches: node1 ARPs for node2 under the overlay, node2 for the pod)', () => {
    const c = CASES.find((x) => x.name === 'cross-node over VXLAN (TCP)');
    if (!c) throw new Error('case missing');
    const file = readPcapng(tracePcapng(simulate(conformanceCluster('vxlan'), c.request)));
    expect(file.interfaces).toEqual([
      'default/web:eth0',
      'node1:veth87fe1b7a',
      'node1:cni0',
      'node1:flannel.1',
      'node1:eth0',
      'node2:eth0',
      'node2:flannel.1',
      'node2:cni0',
      'node2:veth27f52b74',
      'default/api:eth0',
    ]);
    expect(file.packets.map((p) => `${file.interfaces[p.iface]} ${p.time} ${p.length}`)).toEqual([
      'default/web:eth0 20000 42',
      'default/web:eth0 21000 42',
      'default/web:eth0 22000 74',
      'node1:veth87fe1b7a 32000 74',
      'node1:cni0 42000 74',
      'node1:flannel.1 52000 74',
      'node1:eth0 70000 42',
      'node1:eth0 71000 42',
      'node1:eth0 72000 124',
      'node2:eth0 82000 124',
      'node2:flannel.1 92000 74',
      'node2:cni0 110000 42',
      'node2:cni0 111000 42',
      'node2:cni0 112000 74',
      'node2:veth27f52b74 122000 74',
      'default/api:eth0 132000 74',
      'default/api:eth0 162000 74',
      'node2:veth27f52b74 172000 74',
      'node2:cni0 182000 74',
      'node2:flannel.1 192000 74',
      'node2:eth0 202000 124',
      'node1:eth0 212000 124',
      'node1:flannel.1 222000 74',
      'node1:cni0 232000 74',
      'node1:veth87fe1b7a 242000 74',
      'default/web:eth0 252000 74',
    ]);
    expect(file.packets[0]?.comment).toBe('hop 3 (request): arp request');
  });

  it('leaves out a packet whose ARP request nobody answers: only the request is on the wire', () => {
    const c = CASES.find((x) => x.name === 'nobody has the address, on the pod subnet');
    if (!c) throw new Error('case missing');
    const file = readPcapng(tracePcapng(simulate(conformanceCluster('bridge-hostgw'), c.request)));
    expect(file.interfaces).toEqual(['default/web:eth0', 'default/web:lo']);
    expect(file.packets.map((p) => `${file.interfaces[p.iface]} ${p.length}`)).toEqual([
      'default/web:eth0 42',
      // the host unreachable the pod's own kernel reports to its socket, over lo: 14 + 20 + 8 + 84
      'default/web:lo 126',
    ]);
  });
});
