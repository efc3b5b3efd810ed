/** Hostile inputs aimed at version 2's Kubernetes parts: oversized lists and selectors, prototype keys, bad ranges, text that is not what it claims. */
import { direct, file, linkOfText, share, type HostileCase } from './hostileKit';
import { apiService, fromWeb, shopDoc } from './k8sDocs';

const many = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));
const svc = (extra: Record<string, unknown>) => ({ ...apiService, ...extra });
const withPolicy = (extra: Record<string, unknown>) =>
  shopDoc({ networkPolicies: [{ name: 'p', namespace: 'shop', podSelector: {}, ...extra }] });
const peerRule = (peer: unknown) => withPolicy({ ingress: [{ peers: [peer] }] });

/** A link payload whose policy selector has the key "__proto__" (written as text: an object literal cannot hold it). */
const protoSelector = JSON.stringify({ s: withPolicy({}), f: [], h: 0, l: 'en' }).replace(
  '"podSelector":{}',
  '"podSelector":{"matchLabels":{"__proto__":"x"}}',
);

/** The Kubernetes cases. */
export function k8sCases(): HostileCase[] {
  return [
    {
      name: '300 Services',
      run: direct(shopDoc({ services: many(300, (i) => svc({ name: `s${i}` })) })),
      key: 'scenario.error.tooMany',
    },
    {
      name: 'a Service with 17 ports',
      run: direct(
        shopDoc({ services: [svc({ ports: many(17, (i) => ({ name: `p${i}`, port: i + 1 })) })] }),
      ),
      key: 'scenario.error.tooMany',
    },
    {
      name: 'a selector of 17 labels',
      run: direct(
        withPolicy({
          podSelector: { matchLabels: Object.fromEntries(many(17, (i) => [`k${i}`, 'v'])) },
        }),
      ),
      key: 'scenario.error.tooMany',
    },
    {
      name: 'an expression with 17 values',
      run: direct(
        withPolicy({
          podSelector: {
            matchExpressions: [{ key: 'a', operator: 'In', values: many(17, (i) => `v${i}`) }],
          },
        }),
      ),
      key: 'scenario.error.tooMany',
    },
    {
      name: 'an ipBlock with 17 exceptions',
      run: direct(
        peerRule({ ipBlock: { cidr: '10.0.0.0/8', except: many(17, (i) => `10.${i}.0.0/16`) } }),
      ),
      key: 'scenario.error.tooMany',
    },
    {
      name: '17 peers in one rule',
      run: direct(withPolicy({ ingress: [{ peers: many(17, () => ({ podSelector: {} })) }] })),
      key: 'scenario.error.tooMany',
    },
    {
      name: 'a "__proto__" label key in a selector of a link',
      run: share(linkOfText(protoSelector)),
      key: 'scenario.error.forbiddenKey',
    },
    {
      name: 'a "constructor" key in a Service selector of a file',
      run: file(
        JSON.stringify(shopDoc({ services: [svc({ selector: { app: 'api' } })] })).replace(
          '"app":"api"}',
          '"constructor":"x"}',
        ),
      ),
      key: 'scenario.error.forbiddenKey',
    },
    {
      name: 'a NodePort of 99999',
      run: direct(
        shopDoc({ services: [svc({ type: 'NodePort', ports: [{ port: 80, nodePort: 99999 }] })] }),
      ),
      key: 'scenario.error.badNodePort',
    },
    {
      name: 'a fractional NodePort',
      run: direct(
        shopDoc({
          services: [svc({ type: 'NodePort', ports: [{ port: 80, nodePort: 30000.5 }] })],
        }),
      ),
      key: 'scenario.error.badNodePort',
    },
    {
      name: 'a ClusterIP of 10.96.0.300',
      run: direct(shopDoc({ services: [svc({ clusterIP: '10.96.0.300' })] })),
      key: 'scenario.error.badIp',
    },
    {
      name: 'a Service name with a right-to-left override',
      run: direct(shopDoc({ services: [svc({ name: 'api\u202Eipa' })] })),
      key: 'scenario.error.badServiceName',
    },
    {
      name: 'an HTTP path with a newline (header injection)',
      run: direct(
        shopDoc({}, [
          fromWeb(
            { kind: 'node', node: 'node1' },
            { http: { host: 'a.b', path: '/\r\nX-Evil: 1' } },
          ),
        ]),
      ),
      key: 'scenario.error.badPath',
    },
    {
      name: 'an HTTP host with a space',
      run: direct(
        shopDoc({}, [
          fromWeb({ kind: 'node', node: 'node1' }, { http: { host: 'a b', path: '/' } }),
        ]),
      ),
      key: 'scenario.error.badHost',
    },
    {
      name: 'a DNS name of 300 characters',
      run: direct(shopDoc({}, [fromWeb({ kind: 'name', name: 'a.'.repeat(150) + 'b' })])),
      key: 'scenario.error.tooLong',
    },
    {
      name: 'a pinned endpoint that is not a pod id',
      run: direct(
        shopDoc({}, [fromWeb({ kind: 'service', service: 'shop/api' }, { endpoint: '../etc' })]),
      ),
      key: 'scenario.error.badPodId',
    },
    {
      name: 'an ipBlock exception larger than its range',
      run: direct(peerRule({ ipBlock: { cidr: '10.1.0.0/16', except: ['10.0.0.0/8'] } })),
      key: 'scenario.error.exceptOutsideCidr',
    },
    {
      name: 'a policy type that does not exist',
      run: direct(withPolicy({ policyTypes: ['Sideways'] })),
      key: 'scenario.error.notOneOf',
    },
    {
      name: 'a netfilter switch given as a string',
      run: direct(shopDoc({ netfilter: { bridgeNfCallIptables: 'yes' } })),
      key: 'scenario.error.wrongType',
    },
    {
      name: 'an unknown field in the outside world',
      run: direct(shopDoc({ outside: { attackerIp: '6.6.6.6' } })),
      key: 'scenario.error.unknownKey',
    },
  ];
}
