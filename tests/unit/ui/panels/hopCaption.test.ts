import { beforeAll, describe, expect, it } from 'vitest';
import { loadEnglishRest, makeTranslate } from '../../../../src/i18n/catalog';
import { ko } from '../../../../src/i18n/ko';
import { defaultScenario } from '../../../../src/scenario/defaultScenario';
import { buildNetwork, simulate, type PodId } from '../../../../src/sim';
import { hopCaption } from '../../../../src/ui/panels/hopCaption';

beforeAll(() => loadEnglishRest());

const network = buildNetwork(defaultScenario.cluster);
/** nginx in default/web to pod default/api on TCP 8080: 23 hops across nodes over host-gw (ARP at the sender and at node2's cni0, caches cold). */
const crossNode = simulate(defaultScenario.cluster, defaultScenario.packets[0]!);

describe('the caption of a hop', () => {
  it('names the hop, where it happens and what is done, then why', () => {
    const c = hopCaption(makeTranslate({}), network, crossNode, 2);
    expect(c?.title).toBe('Hop 3 of 23 · web/eth0 · ARP');
    expect(c?.text).toMatch(
      /^ARP: to build the Ethernet frame the sender needs the MAC of 10\.244\.1\.1\./,
    );
    expect(c?.outcome).toBe('');
  });

  it('adds how the packet ended on its last hop', () => {
    const c = hopCaption(makeTranslate({}), network, crossNode, 22);
    expect(c?.title).toBe('Hop 23 of 23 · web/nginx · Deliver');
    expect(c?.outcome).toBe(
      'Outcome: Delivered. Delivered across nodes by plain routing (host-gw): each node routed it once, so it arrived with TTL 62.',
    );
  });

  it('speaks Korean with the Korean catalog', () => {
    const c = hopCaption(makeTranslate(ko), network, crossNode, 2);
    expect(c?.title).toBe('23개 홉 중 3번째 · web/eth0 · ARP');
    expect(c?.text).toMatch(/^ARP: 이더넷 프레임을 만들려면 10\.244\.1\.1의 MAC 주소가 필요하다\./);
  });

  it('names the outcome of a packet that ends before its first hop, and nothing without a packet', () => {
    const shm = simulate(defaultScenario.cluster, {
      from: { kind: 'container', pod: 'default/web' as PodId, container: 'nginx' },
      to: { kind: 'container', pod: 'default/api' as PodId, container: 'api' },
      protocol: 'SHM',
    });
    const c = hopCaption(makeTranslate({}), network, shm, 0);
    expect(c?.title).toBe('Impossible');
    expect(c?.text).toMatch(/^Impossible: default\/web and default\/api are different pods/);
    expect(hopCaption(makeTranslate({}), network, null, 0)).toBeNull();
  });
});
