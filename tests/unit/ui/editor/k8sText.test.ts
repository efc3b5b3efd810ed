import { describe, expect, it } from 'vitest';
import {
  ingressRulesToText,
  parseIngressRules,
  parseServicePorts,
  servicePortsToText,
} from '../../../../src/ui/editor/k8sText';

describe('the editor’s text for Service ports and Ingress paths', () => {
  it('reads kubectl-style ports: port:targetPort, a named target, a nodePort, UDP and a port name', () => {
    expect(parseServicePorts('80:8080, http=443:https:30443, 53/udp, 9000')).toEqual([
      { protocol: 'TCP', port: 80, targetPort: 8080 },
      { name: 'http', protocol: 'TCP', port: 443, targetPort: 'https', nodePort: 30443 },
      { protocol: 'UDP', port: 53, targetPort: 53 },
      { protocol: 'TCP', port: 9000, targetPort: 9000 },
    ]);
    expect(parseServicePorts('80 -> 8080')).toBeNull();
  });

  it('writes ports back to the same text', () => {
    const text = '80:8080, http=443:https:30443, 53:53/UDP';
    expect(servicePortsToText(parseServicePorts(text) ?? [])).toBe(text);
  });

  it('reads Ingress lines grouped by host, "*" for any host', () => {
    const rules = parseIngressRules(
      'shop.example.com /api Prefix api:80\nshop.example.com / Exact web:http\n* /healthz exact web:80',
    );
    expect(rules).toEqual([
      {
        host: 'shop.example.com',
        paths: [
          { path: '/api', pathType: 'Prefix', service: 'api', port: 80 },
          { path: '/', pathType: 'Exact', service: 'web', port: 'http' },
        ],
      },
      { paths: [{ path: '/healthz', pathType: 'Exact', service: 'web', port: 80 }] },
    ]);
    expect(ingressRulesToText(rules ?? [])).toBe(
      'shop.example.com /api Prefix api:80\nshop.example.com / Exact web:http\n* /healthz Exact web:80',
    );
    expect(parseIngressRules('shop.example.com api Prefix api:80')).toBeNull();
  });
});
