import { describe, expect, it } from 'vitest';
import {
  labelsToText,
  parseLabels,
  parsePorts,
  portsToText,
} from '../../../../src/ui/editor/fieldText';

describe('the editor’s text forms of labels and ports', () => {
  it('labels read and write as key=value pairs separated by commas', () => {
    expect(labelsToText({ app: 'web', tier: 'front' })).toBe('app=web, tier=front');
    expect(parseLabels(' app = web ,tier=front,')).toEqual({ app: 'web', tier: 'front' });
    expect(parseLabels('')).toEqual({});
  });

  it('a label without "=" makes the whole text malformed', () => {
    expect(parseLabels('app=web, oops')).toBeNull();
    expect(parseLabels('=x')).toBeNull();
  });

  it('a label key named __proto__ stays a plain key and does not touch the prototype', () => {
    const labels = parseLabels('__proto__=x');
    expect(labels && Object.keys(labels)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('ports default to TCP and accept /UDP in any case', () => {
    expect(parsePorts('80, 53/udp, 8080/TCP')).toEqual([
      { port: 80, protocol: 'TCP' },
      { port: 53, protocol: 'UDP' },
      { port: 8080, protocol: 'TCP' },
    ]);
    expect(
      portsToText([
        { port: 80, protocol: 'TCP' },
        { port: 53, protocol: 'UDP' },
      ]),
    ).toBe('80, 53/UDP');
  });

  it('text that is not a port number is malformed; out-of-range numbers are left to validation', () => {
    expect(parsePorts('http')).toBeNull();
    expect(parsePorts('80/SCTP')).toBeNull();
    expect(parsePorts('70000')).toEqual([{ port: 70000, protocol: 'TCP' }]);
  });
});
