import { describe, expect, it } from 'vitest';
import {
  forwardedFor,
  pathMatches,
  routeFor,
  type ProxyRoute,
} from '../../conformance/ingressRules';

const ROUTES: ProxyRoute[] = [
  { host: 'shop.example', path: '/', pathType: 'Prefix', ip: '10.96.0.30', port: 80 },
  { host: 'shop.example', path: '/api', pathType: 'Prefix', ip: '10.96.0.20', port: 8080 },
  { host: 'shop.example', path: '/api/health', pathType: 'Exact', ip: '10.96.0.40', port: 80 },
  { path: '/', pathType: 'Prefix', ip: '10.96.0.50', port: 80 },
];

describe('ingress routing', () => {
  it('matches a Prefix path by whole elements only', () => {
    const api = ROUTES[1]!;
    expect(pathMatches(api, '/api')).toBe(true);
    expect(pathMatches(api, '/api/v1?x=1')).toBe(true);
    expect(pathMatches(api, '/apix')).toBe(false);
  });

  it('prefers an Exact path, then the longest Prefix, among the rules of the Host asked for', () => {
    expect(routeFor(ROUTES, 'shop.example', '/api/health')?.ip).toBe('10.96.0.40');
    expect(routeFor(ROUTES, 'shop.example:80', '/api/v1')?.ip).toBe('10.96.0.20');
    expect(routeFor(ROUTES, 'SHOP.example', '/cart')?.ip).toBe('10.96.0.30');
  });

  it('sends an unknown Host to the rules without a host', () => {
    expect(routeFor(ROUTES, 'other.example', '/api')?.ip).toBe('10.96.0.50');
  });

  it('appends the client to X-Forwarded-For', () => {
    expect(forwardedFor(undefined, '192.168.10.100')).toBe('192.168.10.100');
    expect(forwardedFor('1.2.3.4', '192.168.10.100')).toBe('1.2.3.4, 192.168.10.100');
  });
});
