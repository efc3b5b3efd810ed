import { describe, expect, it } from 'vitest';
import { backendOf, hostMatch, matchIngress, pathMatches } from '../../../src/sim/ingress/match';
import type { IngressPathSpec, IngressSpec, ServiceSpec } from '../../../src/sim';

const P = (path: string, service = 'web', port: number | string = 80): IngressPathSpec => ({
  path,
  pathType: 'Prefix',
  service,
  port,
});
const E = (path: string, service = 'web', port: number | string = 80): IngressPathSpec => ({
  path,
  pathType: 'Exact',
  service,
  port,
});

describe('Ingress path matching (the Kubernetes documentation’s table)', () => {
  const cases: [IngressPathSpec, string, boolean][] = [
    [P('/'), '/anything/at/all', true],
    [E('/foo'), '/foo', true],
    [E('/foo'), '/bar', false],
    [E('/foo'), '/foo/', false],
    [E('/foo/'), '/foo', false],
    [P('/foo'), '/foo', true],
    [P('/foo'), '/foo/', true],
    [P('/foo/'), '/foo', true],
    [P('/foo/'), '/foo/', true],
    [P('/foo'), '/foobar', false],
    [P('/aaa/bb'), '/aaa/bbb', false],
    [P('/aaa/bbb'), '/aaa/bbb', true],
    [P('/aaa/bbb/'), '/aaa/bbb', true],
    [P('/aaa/bbb'), '/aaa/bbb/', true],
    [P('/aaa/bbb'), '/aaa/bbb/ccc', true],
    [P('/aaa/bbb'), '/aaa/bbbxyz', false],
    [E('/Foo'), '/foo', false],
  ];
  for (const [rule, path, want] of cases)
    it(`${rule.pathType} ${rule.path} ${want ? 'matches' : 'does not match'} ${path}`, () => {
      expect(pathMatches(rule, path)).toBe(want);
    });
});

describe('Ingress host matching', () => {
  it('a precise host matches only itself, without the port, in any case', () => {
    expect(hostMatch('shop.example.com', 'shop.example.com')).toBe('exact');
    expect(hostMatch('shop.example.com', 'Shop.Example.com:8080')).toBe('exact');
    expect(hostMatch('shop.example.com', 'api.example.com')).toBeUndefined();
  });
  it('a wildcard covers exactly one more label', () => {
    expect(hostMatch('*.foo.com', 'bar.foo.com')).toBe('wildcard');
    expect(hostMatch('*.foo.com', 'baz.bar.foo.com')).toBeUndefined();
    expect(hostMatch('*.foo.com', 'foo.com')).toBeUndefined();
  });
  it('a rule without a host matches every host', () => {
    expect(hostMatch(undefined, 'whatever.example')).toBe('any');
  });
});

const ing = (name: string, rules: IngressSpec['rules']): IngressSpec => ({
  name,
  namespace: 'shop',
  rules,
});

describe('which rule serves a request', () => {
  const ingresses = [
    ing('main', [
      {
        host: 'shop.example.com',
        paths: [P('/', 'web'), P('/api', 'api', 8080), E('/api', 'api-exact')],
      },
      { host: '*.example.com', paths: [P('/', 'wild')] },
      { paths: [P('/static', 'cdn')] },
    ]),
    ing('more', [{ host: 'shop.example.com', paths: [P('/api/v2', 'api-v2')] }]),
  ];
  const served = (host: string, path: string) => {
    const m = matchIngress(ingresses, { host, path });
    return m.kind === 'match'
      ? `${m.ingress}#${m.rule}:${m.path.pathType} ${m.path.path} → ${m.path.service}`
      : '404';
  };

  it('the longest matching path wins, across Ingresses of the same host', () => {
    expect(served('shop.example.com', '/api/v2/orders')).toBe(
      'shop/more#0:Prefix /api/v2 → api-v2',
    );
    expect(served('shop.example.com', '/api/v1')).toBe('shop/main#0:Prefix /api → api');
    expect(served('shop.example.com', '/cart')).toBe('shop/main#0:Prefix / → web');
  });
  it('at equal length Exact beats Prefix', () => {
    expect(served('shop.example.com', '/api')).toBe('shop/main#0:Exact /api → api-exact');
    expect(served('shop.example.com', '/api/')).toBe('shop/main#0:Prefix /api → api');
  });
  it('Prefix /api does not match /apix (whole elements): the request falls to Prefix /', () => {
    expect(served('shop.example.com', '/apix')).toBe('shop/main#0:Prefix / → web');
  });
  it('the query string is not part of the path', () => {
    expect(served('shop.example.com', '/api?x=/v2')).toBe('shop/main#0:Exact /api → api-exact');
  });
  it('a precise host beats a wildcard, a wildcard beats the hostless rules', () => {
    expect(served('cart.example.com', '/static/x.css')).toBe('shop/main#1:Prefix / → wild');
    expect(served('other.test', '/static/x.css')).toBe('shop/main#2:Prefix /static → cdn');
  });
  it('no match → the default backend (404), saying whether the host was known', () => {
    expect(matchIngress(ingresses, { host: 'other.test', path: '/' })).toEqual({
      kind: 'default-backend',
      hostMatched: true,
    });
    expect(
      matchIngress([ing('only', [{ host: 'a.test', paths: [E('/x')] }])], {
        host: 'b.test',
        path: '/x',
      }),
    ).toEqual({
      kind: 'default-backend',
      hostMatched: false,
    });
    expect(
      matchIngress([ing('only', [{ host: 'a.test', paths: [E('/x')] }])], {
        host: 'a.test',
        path: '/y',
      }),
    ).toEqual({
      kind: 'default-backend',
      hostMatched: true,
    });
    expect(matchIngress([], { host: 'a.test', path: '/' })).toEqual({
      kind: 'default-backend',
      hostMatched: false,
    });
  });
  it('names the Ingress, the rule, the path and the backend Service port', () => {
    const m = matchIngress(ingresses, { host: 'shop.example.com', path: '/api/v1' });
    expect(m).toEqual({
      kind: 'match',
      ingress: 'shop/main',
      namespace: 'shop',
      rule: 0,
      ruleHost: 'shop.example.com',
      hostMatch: 'exact',
      pathIndex: 1,
      path: P('/api', 'api', 8080),
    });
  });
});

describe('the backend of a matched rule', () => {
  const svc: ServiceSpec = {
    name: 'api',
    namespace: 'shop',
    type: 'ClusterIP',
    selector: { app: 'api' },
    ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 8080 }],
    externalTrafficPolicy: 'Cluster',
  };
  const match = (port: number | string, service = 'api') => {
    const m = matchIngress([ing('i', [{ paths: [P('/', service, port)] }])], {
      host: 'x',
      path: '/',
    });
    if (m.kind !== 'match') throw new Error('no match');
    return m;
  };
  it('finds the Service port by number or by name', () => {
    expect(backendOf([svc], match(80))).toEqual({ service: svc, port: svc.ports[0] });
    expect(backendOf([svc], match('http'))).toEqual({ service: svc, port: svc.ports[0] });
  });
  it('says what is missing: the Service or its port', () => {
    expect(backendOf([svc], match(81))).toEqual({ missing: 'port' });
    expect(backendOf([svc], match(80, 'web'))).toEqual({ missing: 'service' });
  });
});
