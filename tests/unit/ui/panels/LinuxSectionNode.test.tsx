// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadEnglishRest } from '../../../../src/i18n';
import { presetById } from '../../../../src/scenario/presets';
import { buildNetwork, simulate, type NetnsId } from '../../../../src/sim';
import { createAppStore } from '../../../../src/store';
import { LinuxSection } from '../../../../src/ui/panels/LinuxSection';
import { StoreContext } from '../../../../src/ui/storeContext';

beforeAll(() => loadEnglishRest());
afterEach(cleanup);

/** Opens the section of preset `id`'s first packet at the first hop with `action` (or at `at`). */
async function openAt(id: string, action: string, at?: number) {
  const preset = presetById(id);
  if (!preset) throw new Error(id);
  const { scenario } = preset;
  const packet = scenario.packets[0];
  if (!packet) throw new Error('no packet');
  const trace = simulate(scenario.cluster, packet);
  const index = at ?? trace.hops.findIndex((h) => h.action === action);
  const hop = trace.hops[index];
  if (!hop) throw new Error(`no ${action} hop`);
  const store = createAppStore({ scenario, lang: 'en' });
  const network = buildNetwork(scenario.cluster);
  render(
    <StoreContext.Provider value={store}>
      <LinuxSection network={network} netns={hop.netns} trace={trace} index={index} />
    </StoreContext.Provider>,
  );
  const details = screen.getByText('On a real node').closest('details');
  if (!details) throw new Error('no details');
  details.open = true;
  fireEvent(details, new Event('toggle'));
  return screen.findByRole('region', { name: 'Rules and tracked connections of a node' });
}

/** What the block of `command` prints inside `part`. */
function printed(part: HTMLElement, command: string): string {
  const figure = within(part).getByText(command).closest('figure');
  return figure?.querySelector('pre')?.textContent ?? '';
}

describe("the Linux section's node part at the DNAT hop of clusterip-remote", () => {
  it("reads the hop's node, node1, and offers every node", async () => {
    const part = await openAt('clusterip-remote', 'dnat');
    const picker = within(part).getByRole<HTMLSelectElement>('combobox', { name: 'Node' });
    expect(picker.value).toBe('node1');
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['node1 (this hop)', 'node2']);
  });

  it("prints iptables-save -t nat with kube-proxy's chain to the Service and the DNAT to each endpoint", async () => {
    const nat = printed(await openAt('clusterip-remote', 'dnat'), 'iptables-save -t nat');
    const lines = nat.split('\n');
    expect(lines[0]).toBe('*nat');
    expect(lines).toContain(
      '-A KUBE-SERVICES -d 10.96.0.20/32 -p tcp -m comment --comment "default/api cluster IP" -m tcp --dport 80 -j KUBE-SVC-BL4VTDSJDQ5TV32O',
    );
    expect(lines).toContain(
      '-A KUBE-SVC-BL4VTDSJDQ5TV32O -m comment --comment "default/api -> 10.244.2.2:8080" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-VF2N3AGVDJ5E6YN5',
    );
    expect(lines).toContain(
      '-A KUBE-SEP-VF2N3AGVDJ5E6YN5 -p tcp -m comment --comment "default/api" -m tcp -j DNAT --to-destination 10.244.2.2:8080',
    );
    expect(lines).toContain(
      '-A FLANNEL-POSTRTG -s 10.244.1.0/24 -d 10.244.0.0/16 -m comment --comment "flanneld masq" -j RETURN',
    );
    expect(lines.at(-2)).toBe('COMMIT');
  });

  it('leaves out iptables-save -t filter, which holds only the jumps to empty KUBE chains here', async () => {
    const part = await openAt('clusterip-remote', 'dnat');
    expect(within(part).queryByText('iptables-save -t filter')).toBeNull();
  });

  it('prints the new connection as conntrack -L shows it after the SYN: SYN_SENT and unreplied, reply tuple from the endpoint', async () => {
    const part = await openAt('clusterip-remote', 'dnat');
    expect(printed(part, 'conntrack -L')).toBe(
      'tcp      6 119 SYN_SENT src=10.244.1.2 dst=10.96.0.20 sport=59646 dport=80 [UNREPLIED] src=10.244.2.2 dst=10.244.1.2 sport=8080 dport=59646 mark=0 use=1\n',
    );
  });

  it('shows node2 with an empty conntrack table when picked, since the SYN has not reached it yet', async () => {
    const part = await openAt('clusterip-remote', 'dnat');
    fireEvent.change(within(part).getByRole('combobox', { name: 'Node' }), {
      target: { value: 'node2' },
    });
    expect(printed(part, 'conntrack -L')).toBe('(prints nothing)');
    expect(printed(part, 'iptables-save -t nat')).toContain(
      '-A FLANNEL-POSTRTG -s 10.244.2.0/24 -d 10.244.0.0/16 -m comment --comment "flanneld masq" -j RETURN',
    );
  });

  it('copies conntrack -L with its output and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const part = await openAt('clusterip-remote', 'dnat');
    fireEvent.click(
      within(part).getByRole('button', { name: 'Copy conntrack -L and what it prints' }),
    );
    expect(await screen.findByText('Copied conntrack -L and what it prints.')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(
      expect.stringMatching(/^\$ conntrack -L\ntcp {6}6 119 SYN_SENT src=10\.244\.1\.2 /),
    );
  });
});

describe("the Linux section's node part elsewhere", () => {
  it('keeps a picked node from hop to hop, and follows the hop again once its own node is picked', async () => {
    const preset = presetById('clusterip-remote');
    if (!preset) throw new Error('preset');
    const { scenario } = preset;
    const packet = scenario.packets[0];
    if (!packet) throw new Error('no packet');
    const trace = simulate(scenario.cluster, packet);
    const dnat = trace.hops.findIndex((h) => h.action === 'dnat');
    const onNode2 = trace.hops.findIndex((h) => h.node === 'node2');
    const store = createAppStore({ scenario, lang: 'en' });
    const network = buildNetwork(scenario.cluster);
    const at = (index: number) => (
      <StoreContext.Provider value={store}>
        <LinuxSection
          network={network}
          netns={'node:node1' as NetnsId}
          trace={trace}
          index={index}
        />
      </StoreContext.Provider>
    );
    const view = render(at(dnat));
    const details = screen.getByText('On a real node').closest('details');
    if (!details) throw new Error('no details');
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const picker = await screen.findByRole<HTMLSelectElement>('combobox', { name: 'Node' });
    fireEvent.change(picker, { target: { value: 'node2' } });
    view.rerender(at(0));
    expect(picker.value).toBe('node2');
    fireEvent.change(picker, { target: { value: 'node1' } });
    view.rerender(at(onNode2));
    expect(picker.value).toBe('node2');
    expect(within(picker).getByRole('option', { name: 'node2 (this hop)' })).toBeTruthy();
  });

  it('prints the connection ESTABLISHED and assured once the reply was un-DNATed', async () => {
    const part = await openAt('clusterip-remote', 'unnat');
    expect(printed(part, 'conntrack -L')).toBe(
      'tcp      6 431999 ESTABLISHED src=10.244.1.2 dst=10.96.0.20 sport=59646 dport=80 src=10.244.2.2 dst=10.244.1.2 sport=8080 dport=59646 [ASSURED] mark=0 use=1\n',
    );
  });

  it("prints iptables-save -t filter where kube-proxy drops a NodePort with no local endpoint (nodeport-local's node1)", async () => {
    const part = await openAt('nodeport-local', '', 0);
    fireEvent.change(within(part).getByRole('combobox', { name: 'Node' }), {
      target: { value: 'node1' },
    });
    expect(printed(part, 'iptables-save -t filter')).toContain(
      '-A KUBE-EXTERNAL-SERVICES -p tcp -m comment --comment "default/web has no local endpoints" -m addrtype --dst-type LOCAL -m tcp --dport 30080 -j DROP',
    );
  });
});
