// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadEnglishRest } from '../../../../src/i18n';
import { defaultScenario } from '../../../../src/scenario/defaultScenario';
import type { ArpExchange, DeviceId, Headers, Ipv4, Mac } from '../../../../src/sim';
import { createAppStore } from '../../../../src/store';
import { arpFrameLayers } from '../../../../src/ui/panels/headerLayers';
import { HeaderStack } from '../../../../src/ui/panels/HeaderStack';
import { StoreContext } from '../../../../src/ui/storeContext';

const mac = (s: string) => s as Mac;
const ip = (s: string) => s as Ipv4;
const WEB = mac('0a:58:0a:f4:01:02');
const CACHE = mac('0a:58:0a:f4:01:03');

const packet: Headers = {
  eth: { src: WEB, dst: CACHE, type: 'IPv4' },
  ip: {
    src: ip('10.244.1.2'),
    dst: ip('10.244.1.3'),
    ttl: 64,
    protocol: 'TCP',
    df: true,
    totalLength: 60,
  },
  l4: { kind: 'tcp', sport: 40000, dport: 6379, flags: ['SYN'] },
};
const exchange: ArpExchange = {
  request: {
    eth: { src: WEB, dst: mac('ff:ff:ff:ff:ff:ff'), type: 'ARP' },
    arp: {
      op: 'request',
      senderMac: WEB,
      senderIp: ip('10.244.1.2'),
      targetMac: mac('00:00:00:00:00:00'),
      targetIp: ip('10.244.1.3'),
    },
  },
  reply: {
    eth: { src: CACHE, dst: WEB, type: 'ARP' },
    arp: {
      op: 'reply',
      senderMac: CACHE,
      senderIp: ip('10.244.1.3'),
      targetMac: WEB,
      targetIp: ip('10.244.1.2'),
    },
  },
  reached: ['pod:default/cache#eth0' as DeviceId],
  answeredBy: 'pod:default/cache#eth0' as DeviceId,
};

beforeAll(() => loadEnglishRest());
afterEach(cleanup);

function mount(arp?: ArpExchange) {
  const store = createAppStore({ scenario: defaultScenario, lang: 'en' });
  render(
    <StoreContext.Provider value={store}>
      <HeaderStack headers={packet} changes={[]} arp={arp} />
    </StoreContext.Provider>,
  );
}

/** The label → value pairs of one labelled layer inside a region. */
function fields(region: HTMLElement, layer: string): [string, string][] {
  const section = within(region).getByRole('region', { name: layer });
  const values = [...section.querySelectorAll('dd')].map((d) => d.textContent ?? '');
  return [...section.querySelectorAll('dt')].map((d, i) => [d.textContent ?? '', values[i] ?? '']);
}

describe('the ARP layers of a frame', () => {
  it('are Ethernet then ARP, in the order of the wire', () => {
    const [eth, arp] = arpFrameLayers(exchange.request);
    expect(eth?.rows.map((r) => [r.label, r.value])).toEqual([
      ['field.src', '0a:58:0a:f4:01:02'],
      ['field.dst', 'ff:ff:ff:ff:ff:ff'],
      ['field.type', 'ARP'],
    ]);
    expect(arp?.rows.map((r) => [r.label, r.value])).toEqual([
      ['field.op', 'request'],
      ['field.senderMac', '0a:58:0a:f4:01:02'],
      ['field.senderIp', '10.244.1.2'],
      ['field.targetMac', '00:00:00:00:00:00'],
      ['field.targetIp', '10.244.1.3'],
    ]);
  });
});

describe('the headers panel at an ARP hop', () => {
  it('shows the request and the reply as packets of their own, apart from the IP packet', () => {
    mount(exchange);
    const request = screen.getByRole('region', { name: 'ARP request — broadcast' });
    const reply = screen.getByRole('region', { name: 'ARP reply — unicast' });
    const packetRegion = screen.getByRole('region', { name: 'The packet itself' });
    expect(fields(request, 'ARP')).toEqual([
      ['Operation', 'request'],
      ['Sender MAC', '0a:58:0a:f4:01:02'],
      ['Sender IP', '10.244.1.2'],
      ['Target MAC', '00:00:00:00:00:00'],
      ['Target IP', '10.244.1.3'],
    ]);
    expect(fields(reply, 'ARP')).toEqual([
      ['Operation', 'reply'],
      ['Sender MAC', '0a:58:0a:f4:01:03'],
      ['Sender IP', '10.244.1.3'],
      ['Target MAC', '0a:58:0a:f4:01:02'],
      ['Target IP', '10.244.1.2'],
    ]);
    expect(fields(reply, 'Ethernet')).toEqual([
      ['Source', '0a:58:0a:f4:01:03'],
      ['Destination', '0a:58:0a:f4:01:02'],
      ['Type', 'ARP'],
    ]);
    expect(within(packetRegion).queryByRole('region', { name: 'ARP' })).toBeNull();
    expect(fields(packetRegion, 'IPv4')).toContainEqual(['Total length (bytes)', '60']);
  });

  it('says that nobody answered when there is no reply', () => {
    const { reply: _reply, answeredBy: _by, ...unanswered } = exchange;
    mount(unanswered);
    expect(screen.getByRole('region', { name: 'ARP request — broadcast' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'ARP reply — unicast' })).toBeNull();
    expect(screen.getByText('No ARP reply: nobody on this link answered.')).toBeTruthy();
  });

  it('shows only the packet at any other hop', () => {
    mount();
    expect(screen.queryByRole('region', { name: 'ARP request — broadcast' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'The packet itself' })).toBeNull();
    expect(screen.getByRole('region', { name: 'IPv4' })).toBeTruthy();
  });
});
