import { describe, expect, it } from 'vitest';
import { buildNetwork, decideFlow, decidePolicy, defaultPolicyTypes } from '../../../src/sim';
import type { NetworkPolicySpec, PodSpec, PolicyFlow, PolicyPeer } from '../../../src/sim';
import {
  IPS,
  messageProblem,
  PODS,
  peer,
  policy,
  req,
  rule,
  sel,
  shop,
  tcp,
  udp,
} from './policyFixtures';

const DENY_IN = policy('shop/default-deny', sel(), ['Ingress']);
const DENY_EG = policy('shop/deny-egress', sel(), ['Egress']);
const FROM_WEB = policy('shop/allow-web', sel({ app: 'db' }), ['Ingress'], {
  ingress: [rule([{ podSelector: sel({ app: 'web' }) }], [tcp(5432)])],
});
const T5432: PolicyFlow = { protocol: 'TCP', port: 5432 };

interface Row {
  /** The sentence the row checks. */
  readonly says: string;
  readonly policies: NetworkPolicySpec[];
  readonly direction: 'ingress' | 'egress';
  readonly subject: PodSpec;
  readonly other: PolicyPeer;
  readonly flow: PolicyFlow;
  /** allowed, allowedBy (or '' for none), explanation key. */
  readonly want: [boolean, string, string];
  /** Parameters of the explanation, when the row checks them. */
  readonly params?: Record<string, string | number>;
}

const ROWS: Row[] = [
  // ---------------------------------------------------------------- isolation
  {
    says: 'with no policy every pod is open (default allow)',
    policies: [],
    direction: 'ingress',
    subject: PODS.db,
    other: peer('client'),
    flow: T5432,
    want: [true, '', 'sim.policy.notIsolatedIn'],
    params: { pod: 'shop/db' },
  },
  {
    says: 'a policy selects pods of its own namespace only',
    policies: [policy('default/deny-db', sel({ app: 'db' }), ['Ingress'])],
    direction: 'ingress',
    subject: PODS.db,
    other: peer('client'),
    flow: T5432,
    want: [true, '', 'sim.policy.notIsolatedIn'],
  },
  {
    says: 'an empty podSelector with no ingress rules denies all ingress',
    policies: [DENY_IN],
    direction: 'ingress',
    subject: PODS.db,
    other: peer('web'),
    flow: T5432,
    want: [false, '', 'sim.policy.noRulesIn'],
    params: { pod: 'shop/db', policies: 'shop/default-deny' },
  },
  {
    says: 'policyTypes [Egress] leaves ingress open',
    policies: [DENY_EG],
    direction: 'ingress',
    subject: PODS.db,
    other: peer('web'),
    flow: T5432,
    want: [true, '', 'sim.policy.notIsolatedIn'],
  },
  {
    says: 'policyTypes [Ingress] leaves egress open',
    policies: [DENY_IN],
    direction: 'egress',
    subject: PODS.web,
    other: peer('api'),
    flow: { protocol: 'TCP', port: 8080 },
    want: [true, '', 'sim.policy.notIsolatedEg'],
  },
  {
    says: 'an ingress-only policy with egress rules written still does not isolate egress',
    policies: [
      policy('shop/ingress-only', sel(), ['Ingress'], {
        egress: [rule([{ podSelector: sel({ app: 'db' }) }])],
      }),
    ],
    direction: 'egress',
    subject: PODS.web,
    other: peer('api'),
    flow: { protocol: 'TCP', port: 8080 },
    want: [true, '', 'sim.policy.notIsolatedEg'],
  },
  // ---------------------------------------------------------------- podSelector peers
  {
    says: 'a podSelector peer with a matching port allows',
    policies: [FROM_WEB],
    direction: 'ingress',
    subject: PODS.db,
    other: peer('web'),
    flow: T5432,
    want: [true, 'shop/allow-web#ingress[0]', 'sim.policy.allowedIn'],
    params: { pod: 'shop/db', rule: 'shop/allow-web#ingress[0]' },
  },
  {
    says: 'the right peer on another port is denied, naming the port',
    policies: [FROM_WEB],
    direction: 'ingress',
    subject: PODS.db,
    other: peer('web'),
    flow: { protocol: 'TCP', port: 5433 },
    want: [false, '', 'sim.policy.noPortIn'],
    params: { pod: 'shop/db', policies: 'shop/allow-web', protocol: 'TCP', port: 5433 },
  },
  {
    says: 'the right port over UDP is another port',
    policies: [FROM_WEB],
    direction: 'ingress',
    subject: PODS.db,
    other: peer('web'),
    flow: { protocol: 'UDP', port: 5432 },
    want: [false, '', 'sim.policy.noPortIn'],
  },
  {
    says: 'a pod no peer matches is denied, naming its labels and namespace',
    policies: [FROM_WEB],
    direction: 'ingress',
    subject: PODS.db,
    other: peer('plain'),
    flow: T5432,
    want: [false, '', 'sim.policy.noPeerPodIn'],
    params: {
      pod: 'shop/db',
      policies: 'shop/allow-web',
      peer: 'shop/plain',
      labels: '{}',
      namespace: 'shop',
    },
  },
  {
    says: 'a podSelector alone picks pods of the policy’s namespace: app=web in default does not match',
    policies: [FROM_WEB],
    direction: 'ingress',
    subject: PODS.db,
    other: peer('web2'),
    flow: T5432,
    want: [false, '', 'sim.policy.noPeerPodIn'],
    params: {
      pod: 'shop/db',
      policies: 'shop/allow-web',
      peer: 'default/web2',
      labels: 'app=web',
      namespace: 'default',
    },
  },
  // ---------------------------------------------------------------- matchExpressions
  ...(
    [
      ['In', req('app', 'In', 'web', 'api'), 'api', true],
      ['In, the key absent', req('app', 'In', 'web', 'api'), 'plain', false],
      ['NotIn', req('app', 'NotIn', 'web'), 'api', true],
      ['NotIn, the value listed', req('app', 'NotIn', 'web'), 'web', false],
      ['NotIn, the key absent (absent is “not in”)', req('app', 'NotIn', 'web'), 'plain', true],
      ['Exists', req('tier', 'Exists'), 'web', true],
      ['Exists, the key absent', req('tier', 'Exists'), 'plain', false],
      ['DoesNotExist', req('tier', 'DoesNotExist'), 'plain', true],
      ['DoesNotExist, the key present', req('tier', 'DoesNotExist'), 'web', false],
    ] as const
  ).map(([name, r, from, ok]): Row => ({
    says: `matchExpressions ${name}: ${from} is ${ok ? 'allowed' : 'denied'}`,
    policies: [
      policy('shop/expr', sel({ app: 'db' }), ['Ingress'], {
        ingress: [rule([{ podSelector: sel({}, r) }])],
      }),
    ],
    direction: 'ingress',
    subject: PODS.db,
    other: peer(from),
    flow: T5432,
    want: ok
      ? [true, 'shop/expr#ingress[0]', 'sim.policy.allowedIn']
      : [false, '', 'sim.policy.noPeerPodIn'],
  })),
  {
    says: 'matchLabels and matchExpressions must both hold',
    policies: [
      policy('shop/both', sel({ app: 'db' }), ['Ingress'], {
        ingress: [rule([{ podSelector: sel({ app: 'api' }, req('tier', 'In', 'front')) }])],
      }),
    ],
    direction: 'ingress',
    subject: PODS.db,
    other: peer('api'),
    flow: T5432,
    want: [false, '', 'sim.policy.noPeerPodIn'],
  },
  // ---------------------------------------------------------------- namespaces
  {
    says: 'a namespaceSelector matches a namespace’s labels',
    policies: [
      policy('shop/from-ops', sel({ app: 'db' }), ['Ingress'], {
        ingress: [rule([{ namespaceSelector: sel({ team: 'ops' }) }])],
      }),
    ],
    direction: 'ingress',
    subject: PODS.db,
    other: peer('grafana'),
    flow: T5432,
    want: [true, 'shop/from-ops#ingress[0]', 'sim.policy.allowedIn'],
  },
  {
    says: 'a namespaceSelector does not match a namespace without the label',
    policies: [
      policy('shop/from-ops', sel({ app: 'db' }), ['Ingress'], {
        ingress: [rule([{ namespaceSelector: sel({ team: 'ops' }) }])],
      }),
    ],
    direction: 'ingress',
    subject: PODS.db,
    other: peer('web'),
    flow: T5432,
    want: [false, '', 'sim.policy.noPeerPodIn'],
  },
  {
    says: 'every namespace carries kubernetes.io/metadata.name, listed or not',
    policies: [
      policy('shop/from-default', sel({ app: 'db' }), ['Ingress'], {
        ingress: [rule([{ namespaceSelector: sel({ 'kubernetes.io/metadata.name': 'default' }) }])],
      }),
    ],
    direction: 'ingress',
    subject: PODS.db,
    other: peer('client'),
    flow: T5432,
    want: [true, 'shop/from-default#ingress[0]', 'sim.policy.allowedIn'],
  },
  {
    says: 'namespaceSelector and podSelector in one peer both must match (AND): grafana is denied',
    policies: [
      policy('shop/prom', sel({ app: 'db' }), ['Ingress'], {
        ingress: [
          rule([
            {
              namespaceSelector: sel({ team: 'ops' }),
              podSelector: sel({ app: 'prometheus' }),
            },
          ]),
        ],
      }),
    ],
    direction: 'ingress',
    subject: PODS.db,
    other: peer('grafana'),
    flow: T5432,
    want: [false, '', 'sim.policy.noPeerPodIn'],
  },
  {
    says: 'namespaceSelector and podSelector in one peer: prometheus in monitoring is allowed',
    policies: [
      policy('shop/prom', sel({ app: 'db' }), ['Ingress'], {
        ingress: [
          rule([
            {
              namespaceSelector: sel({ team: 'ops' }),
              podSelector: sel({ app: 'prometheus' }),
            },
          ]),
        ],
      }),
    ],
    direction: 'ingress',
    subject: PODS.db,
    other: peer('prom'),
    flow: T5432,
    want: [true, 'shop/prom#ingress[0]', 'sim.policy.allowedIn'],
  },
  {
    says: 'the same selectors as two peers are an OR: grafana passes by its namespace',
    policies: [
      policy('shop/either', sel({ app: 'db' }), ['Ingress'], {
        ingress: [
          rule([
            { namespaceSelector: sel({ team: 'ops' }) },
            { podSelector: sel({ app: 'prometheus' }) },
          ]),
        ],
      }),
    ],
    direction: 'ingress',
    subject: PODS.db,
    other: peer('grafana'),
    flow: T5432,
    want: [true, 'shop/either#ingress[0]', 'sim.policy.allowedIn'],
  },
  {
    says: 'an empty namespaceSelector picks every namespace',
    policies: [
      policy('shop/any-ns', sel({ app: 'db' }), ['Ingress'], {
        ingress: [rule([{ namespaceSelector: sel(), podSelector: sel({ app: 'client' }) }])],
      }),
    ],
    direction: 'ingress',
    subject: PODS.db,
    other: peer('client'),
    flow: T5432,
    want: [true, 'shop/any-ns#ingress[0]', 'sim.policy.allowedIn'],
  },
  // ---------------------------------------------------------------- ipBlock
  ...(
    [
      ['192.168.10.50', true],
      ['192.168.10.100', false],
      ['203.0.113.10', false],
    ] as const
  ).map(([ip, ok]): Row => ({
    says: `ipBlock 192.168.10.0/24 except 192.168.10.100/32: ${ip} is ${ok ? 'allowed' : 'denied'}`,
    policies: [
      policy('shop/lan', sel({ app: 'db' }), ['Ingress'], {
        ingress: [rule([{ ipBlock: { cidr: '192.168.10.0/24', except: ['192.168.10.100/32'] } }])],
      }),
    ],
    direction: 'ingress',
    subject: PODS.db,
    other: { ip },
    flow: T5432,
    want: ok
      ? [true, 'shop/lan#ingress[0]', 'sim.policy.allowedIn']
      : [false, '', 'sim.policy.noPeerIpIn'],
    ...(ok ? {} : { params: { pod: 'shop/db', policies: 'shop/lan', ip } }),
  })),
  {
    says: 'ipBlock matches a pod’s own address too (as kube-router and Calico match it)',
    policies: [
      policy('shop/node1-pods', sel({ app: 'db' }), ['Ingress'], {
        ingress: [rule([{ ipBlock: { cidr: '10.244.1.0/24', except: [] } }])],
      }),
    ],
    direction: 'ingress',
    subject: PODS.db,
    other: peer('web'),
    flow: T5432,
    want: [true, 'shop/node1-pods#ingress[0]', 'sim.policy.allowedIn'],
  },
  {
    says: 'ipBlock: a pod outside the block is denied and named as the pod it is',
    policies: [
      policy('shop/node1-pods', sel({ app: 'db' }), ['Ingress'], {
        ingress: [rule([{ ipBlock: { cidr: '10.244.1.0/24', except: [] } }])],
      }),
    ],
    direction: 'ingress',
    subject: PODS.db,
    other: peer('api'),
    flow: T5432,
    want: [false, '', 'sim.policy.noPeerPodIn'],
  },
  {
    says: 'selectors never match an address that is no pod',
    policies: [
      policy('shop/any-pod', sel({ app: 'db' }), ['Ingress'], {
        ingress: [rule([{ namespaceSelector: sel() }])],
      }),
    ],
    direction: 'ingress',
    subject: PODS.db,
    other: { ip: '192.168.10.100' },
    flow: T5432,
    want: [false, '', 'sim.policy.noPeerIpIn'],
  },
  // ---------------------------------------------------------------- ports
  {
    says: 'a named port resolves on the destination pod: pg is 5432 on db',
    policies: [
      policy('shop/pg', sel({ app: 'db' }), ['Ingress'], {
        ingress: [rule([], [tcp('pg')])],
      }),
    ],
    direction: 'ingress',
    subject: PODS.db,
    other: peer('web'),
    flow: T5432,
    want: [true, 'shop/pg#ingress[0]', 'sim.policy.allowedIn'],
  },
  {
    says: 'a named port the destination does not declare matches nothing',
    policies: [
      policy('shop/http', sel({ app: 'db' }), ['Ingress'], {
        ingress: [rule([], [tcp('http')])],
      }),
    ],
    direction: 'ingress',
    subject: PODS.db,
    other: peer('web'),
    flow: { protocol: 'TCP', port: 80 },
    want: [false, '', 'sim.policy.noPortIn'],
  },
  {
    says: 'a named port keeps its protocol: UDP pg is not TCP pg',
    policies: [
      policy('shop/pg-udp', sel({ app: 'db' }), ['Ingress'], {
        ingress: [rule([], [udp('pg')])],
      }),
    ],
    direction: 'ingress',
    subject: PODS.db,
    other: peer('web'),
    flow: T5432,
    want: [false, '', 'sim.policy.noPortIn'],
  },
  {
    says: 'on egress a named port resolves on the destination: http is 8080 on api',
    policies: [
      policy('shop/web-out', sel({ app: 'web' }), ['Egress'], {
        egress: [rule([], [tcp('http')])],
      }),
    ],
    direction: 'egress',
    subject: PODS.web,
    other: peer('api'),
    flow: { protocol: 'TCP', port: 8080 },
    want: [true, 'shop/web-out#egress[0]', 'sim.policy.allowedEg'],
  },
  {
    says: 'on egress the sender’s own http (80) is not what the name means',
    policies: [
      policy('shop/web-out', sel({ app: 'web' }), ['Egress'], {
        egress: [rule([], [tcp('http')])],
      }),
    ],
    direction: 'egress',
    subject: PODS.web,
    other: peer('api'),
    flow: { protocol: 'TCP', port: 80 },
    want: [false, '', 'sim.policy.noPortEg'],
    params: { pod: 'shop/web', policies: 'shop/web-out', protocol: 'TCP', port: 80 },
  },
  ...(
    [
      [4999, false],
      [5000, true],
      [5432, true],
      [5999, true],
      [6000, false],
    ] as const
  ).map(([port, ok]): Row => ({
    says: `endPort: 5000–5999 ${ok ? 'holds' : 'leaves out'} ${port}`,
    policies: [
      policy('shop/range', sel({ app: 'db' }), ['Ingress'], {
        ingress: [rule([], [tcp(5000, 5999)])],
      }),
    ],
    direction: 'ingress',
    subject: PODS.db,
    other: peer('web'),
    flow: { protocol: 'TCP', port },
    want: ok
      ? [true, 'shop/range#ingress[0]', 'sim.policy.allowedIn']
      : [false, '', 'sim.policy.noPortIn'],
  })),
  {
    says: 'a port entry without a port allows every port of its protocol',
    policies: [
      policy('shop/any-udp', sel({ app: 'db' }), ['Ingress'], { ingress: [rule([], [udp()])] }),
    ],
    direction: 'ingress',
    subject: PODS.db,
    other: peer('web'),
    flow: { protocol: 'UDP', port: 5353 },
    want: [true, 'shop/any-udp#ingress[0]', 'sim.policy.allowedIn'],
  },
  {
    says: 'a rule listing ports never allows ICMP',
    policies: [FROM_WEB],
    direction: 'ingress',
    subject: PODS.db,
    other: peer('web'),
    flow: { protocol: 'ICMP' },
    want: [false, '', 'sim.policy.noProtocolIn'],
    params: { pod: 'shop/db', policies: 'shop/allow-web', protocol: 'ICMP' },
  },
  {
    says: 'a rule without ports allows ICMP too',
    policies: [
      policy('shop/web-any', sel({ app: 'db' }), ['Ingress'], {
        ingress: [rule([{ podSelector: sel({ app: 'web' }) }])],
      }),
    ],
    direction: 'ingress',
    subject: PODS.db,
    other: peer('web'),
    flow: { protocol: 'ICMP' },
    want: [true, 'shop/web-any#ingress[0]', 'sim.policy.allowedIn'],
  },
  // ---------------------------------------------------------------- empty rules, several rules, several policies
  {
    says: 'one empty rule (no peers, no ports) allows everything, outside addresses too',
    policies: [policy('shop/allow-all', sel(), ['Ingress'], { ingress: [rule()] })],
    direction: 'ingress',
    subject: PODS.db,
    other: { ip: '203.0.113.10' },
    flow: { protocol: 'UDP', port: 9 },
    want: [true, 'shop/allow-all#ingress[0]', 'sim.policy.allowedIn'],
  },
  {
    says: 'no peers with ports: any source, those ports only',
    policies: [
      policy('shop/pg-any', sel({ app: 'db' }), ['Ingress'], {
        ingress: [rule([], [tcp(5432)])],
      }),
    ],
    direction: 'ingress',
    subject: PODS.db,
    other: { ip: '203.0.113.10' },
    flow: T5432,
    want: [true, 'shop/pg-any#ingress[0]', 'sim.policy.allowedIn'],
  },
  {
    says: 'allowedBy names the rule that matched: the second one',
    policies: [
      policy('shop/two', sel({ app: 'db' }), ['Ingress'], {
        ingress: [rule([{ podSelector: sel({ app: 'api' }) }]), rule([], [tcp(5432)])],
      }),
    ],
    direction: 'ingress',
    subject: PODS.db,
    other: peer('web'),
    flow: T5432,
    want: [true, 'shop/two#ingress[1]', 'sim.policy.allowedIn'],
  },
  {
    says: 'policies add up: a second policy’s rule allows what the first does not',
    policies: [
      FROM_WEB,
      policy('shop/allow-client', sel({ app: 'db' }), ['Ingress'], {
        ingress: [rule([{ namespaceSelector: sel(), podSelector: sel({ app: 'client' }) }])],
      }),
    ],
    direction: 'ingress',
    subject: PODS.db,
    other: peer('client'),
    flow: T5432,
    want: [true, 'shop/allow-client#ingress[0]', 'sim.policy.allowedIn'],
  },
  {
    says: 'a default deny beside an allow does not take the allow away',
    policies: [DENY_IN, FROM_WEB],
    direction: 'ingress',
    subject: PODS.db,
    other: peer('web'),
    flow: T5432,
    want: [true, 'shop/allow-web#ingress[0]', 'sim.policy.allowedIn'],
  },
  {
    says: 'denied under several policies, all are named',
    policies: [DENY_IN, FROM_WEB],
    direction: 'ingress',
    subject: PODS.db,
    other: peer('prom'),
    flow: T5432,
    want: [false, '', 'sim.policy.noPeerPodIn'],
    params: {
      pod: 'shop/db',
      policies: 'shop/default-deny, shop/allow-web',
      peer: 'monitoring/prom',
      labels: 'app=prometheus',
      namespace: 'monitoring',
    },
  },
  // ---------------------------------------------------------------- egress
  {
    says: 'a default deny for egress stops everything leaving',
    policies: [DENY_EG],
    direction: 'egress',
    subject: PODS.web,
    other: peer('api'),
    flow: { protocol: 'TCP', port: 8080 },
    want: [false, '', 'sim.policy.noRulesEg'],
    params: { pod: 'shop/web', policies: 'shop/deny-egress' },
  },
  {
    says: 'egress to kube-dns by namespace and pod labels on UDP 53',
    policies: [
      DENY_EG,
      policy('shop/dns', sel(), ['Egress'], {
        egress: [
          rule(
            [
              {
                namespaceSelector: sel({ 'kubernetes.io/metadata.name': 'kube-system' }),
                podSelector: sel({ 'k8s-app': 'kube-dns' }),
              },
            ],
            [udp(53)],
          ),
        ],
      }),
    ],
    direction: 'egress',
    subject: PODS.web,
    other: peer('dns'),
    flow: { protocol: 'UDP', port: 53 },
    want: [true, 'shop/dns#egress[0]', 'sim.policy.allowedEg'],
  },
  {
    says: 'egress to the internet by ipBlock 0.0.0.0/0 except 10.0.0.0/8',
    policies: [
      policy('shop/internet', sel({ app: 'web' }), ['Egress'], {
        egress: [rule([{ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] } }])],
      }),
    ],
    direction: 'egress',
    subject: PODS.web,
    other: { ip: '203.0.113.10' },
    flow: { protocol: 'TCP', port: 443 },
    want: [true, 'shop/internet#egress[0]', 'sim.policy.allowedEg'],
  },
  {
    says: 'the except takes the pods out of 0.0.0.0/0',
    policies: [
      policy('shop/internet', sel({ app: 'web' }), ['Egress'], {
        egress: [rule([{ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] } }])],
      }),
    ],
    direction: 'egress',
    subject: PODS.web,
    other: peer('api'),
    flow: { protocol: 'TCP', port: 8080 },
    want: [false, '', 'sim.policy.noPeerPodEg'],
    params: {
      pod: 'shop/web',
      policies: 'shop/internet',
      peer: 'shop/api',
      labels: 'app=api,tier=back',
      namespace: 'shop',
    },
  },
  {
    says: 'egress to an outside address no rule holds names the address',
    policies: [
      policy('shop/lan-only', sel({ app: 'web' }), ['Egress'], {
        egress: [rule([{ ipBlock: { cidr: '192.168.10.0/24', except: [] } }])],
      }),
    ],
    direction: 'egress',
    subject: PODS.web,
    other: { ip: '8.8.8.8' },
    flow: { protocol: 'UDP', port: 53 },
    want: [false, '', 'sim.policy.noPeerIpEg'],
    params: { pod: 'shop/web', policies: 'shop/lan-only', ip: '8.8.8.8' },
  },
  {
    says: 'on egress too, a rule listing ports never allows ICMP',
    policies: [
      policy('shop/web-out', sel({ app: 'web' }), ['Egress'], {
        egress: [rule([{ podSelector: sel({ app: 'api' }) }], [tcp(8080)])],
      }),
    ],
    direction: 'egress',
    subject: PODS.web,
    other: peer('api'),
    flow: { protocol: 'ICMP' },
    want: [false, '', 'sim.policy.noProtocolEg'],
  },
  // ---------------------------------------------------------------- exceptions
  {
    says: 'traffic from the pod’s own node is always allowed on ingress',
    policies: [DENY_IN],
    direction: 'ingress',
    subject: PODS.db,
    other: { ip: '10.244.1.1', node: 'node1' },
    flow: { protocol: 'TCP', port: 5432 },
    want: [true, '', 'sim.policy.localNode'],
    params: { pod: 'shop/db', ip: '10.244.1.1', node: 'node1' },
  },
  {
    says: 'another node is no exception',
    policies: [DENY_IN],
    direction: 'ingress',
    subject: PODS.db,
    other: { ip: '192.168.10.12', node: 'node2' },
    flow: T5432,
    want: [false, '', 'sim.policy.noRulesIn'],
  },
  {
    says: 'a pod cannot block access to itself',
    policies: [DENY_IN, DENY_EG],
    direction: 'egress',
    subject: PODS.web,
    other: peer('web'),
    flow: { protocol: 'TCP', port: 80 },
    want: [true, '', 'sim.policy.self'],
    params: { pod: 'shop/web' },
  },
];

describe('NetworkPolicy verdicts', () => {
  it.each(ROWS.map((r) => [r.says, r] as const))('%s', (_, r) => {
    const d = decidePolicy(shop(r.policies), r.direction, r.subject, r.other, r.flow);
    const [allowed, allowedBy, key] = r.want;
    expect([d.allowed, d.allowedBy ?? '', d.explain.key]).toEqual([allowed, allowedBy, key]);
    expect(d.direction).toBe(r.direction);
    expect(d.pod).toBe(`${r.subject.namespace}/${r.subject.name}`);
    if (r.params) expect(d.explain.params).toEqual(r.params);
    expect(messageProblem(d.explain)).toBe('');
  });

  it('lists the isolating policies of the pod for that direction, and only those', () => {
    const other = policy('shop/web-only', sel({ app: 'web' }), ['Ingress']);
    const d = decidePolicy(
      shop([DENY_IN, DENY_EG, other, FROM_WEB]),
      'ingress',
      PODS.db,
      peer('web'),
      T5432,
    );
    expect(d.policies).toEqual(['shop/default-deny', 'shop/allow-web']);
  });
});

describe('both sides of a packet', () => {
  it('needs the source’s egress and the destination’s ingress', () => {
    const cluster = shop([DENY_EG, FROM_WEB]);
    const f = decideFlow(cluster, peer('web'), peer('db'), T5432);
    expect(f.allowed).toBe(false);
    expect(f.egress?.explain.key).toBe('sim.policy.noRulesEg');
    expect(f.ingress?.allowedBy).toBe('shop/allow-web#ingress[0]');
  });
  it('checks no egress side for a sender that is no pod', () => {
    const f = decideFlow(shop([FROM_WEB]), { ip: '203.0.113.10' }, peer('db'), T5432);
    expect(f.egress).toBeUndefined();
    expect(f.ingress?.explain.key).toBe('sim.policy.noPeerIpIn');
    expect(f.allowed).toBe(false);
  });
  it('checks no ingress side for a destination that is no pod', () => {
    const f = decideFlow(shop([FROM_WEB]), peer('web'), { ip: '203.0.113.10' }, T5432);
    expect(f.ingress).toBeUndefined();
    expect(f.allowed).toBe(true);
  });
  it('uses the addresses buildNetwork gives the fixture’s pods', () => {
    const ips = buildNetwork(shop([])).pods.map((p) => [p.id, p.ip]);
    expect(ips).toEqual(
      Object.entries(PODS).map(([k, p]) => [
        `${p.namespace}/${p.name}`,
        IPS[k as keyof typeof IPS],
      ]),
    );
  });
});

describe('policyTypes left out (the API server’s default)', () => {
  it('is Ingress alone without egress rules, Ingress and Egress with them', () => {
    expect(defaultPolicyTypes(0)).toEqual(['Ingress']);
    expect(defaultPolicyTypes(2)).toEqual(['Ingress', 'Egress']);
  });
});
