/** Packet colours: Okabe–Ito hues, a reply in the next hue, none equal to a wire, apart for colour-blind viewers. */
import { describe, expect, it } from 'vitest';
import { FLOW_COLORS } from '../../../../src/ui/controls/flowColors';
import { packetColors } from '../../../../src/ui/diagram/packetColors';
import { ARP_COLOR, MARK_COLOR, WIRE_COLORS } from '../../../../src/ui/diagram/styles';

/** sRGB hex → linear RGB. */
function linear(hex: string): [number, number, number] {
  const c = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  return c.map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
}

/** Linear RGB as a viewer with deuteranopia or protanopia sees it (Viénot, Brettel & Mollon 1999). */
function simulate([r, g, b]: [number, number, number], kind: 'deutan' | 'protan' | 'none') {
  if (kind === 'none') return [r, g, b] as const;
  const m =
    kind === 'protan'
      ? [0.11238, 0.88762, 0, 0.11238, 0.88762, 0, 0.00401, -0.00401, 1]
      : [0.29275, 0.70725, 0, 0.29275, 0.70725, 0, -0.02234, 0.02234, 1];
  return [
    m[0]! * r + m[1]! * g + m[2]! * b,
    m[3]! * r + m[4]! * g + m[5]! * b,
    m[6]! * r + m[7]! * g + m[8]! * b,
  ] as const;
}

/** CIELAB of linear RGB (D65). */
function lab([r, g, b]: readonly [number, number, number]) {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))] as const;
}

/** The CIE76 distance between two colours as a viewer of this kind sees them. */
function distance(a: string, b: string, kind: 'deutan' | 'protan' | 'none'): number {
  const p = lab(simulate(linear(a), kind));
  const q = lab(simulate(linear(b), kind));
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

describe('packet colours', () => {
  it('draws the first flow blue with vermillion replies, and each flow its own Okabe–Ito hue', () => {
    expect(packetColors(0)).toEqual(['#0072b2', '#d55e00']);
    expect(new Set(FLOW_COLORS).size).toBe(8);
    expect(packetColors(7)).toEqual(['#f0e442', '#0072b2']);
  });

  it('never paints a packet in a wire, ARP or failure colour', () => {
    for (const c of FLOW_COLORS) {
      expect(WIRE_COLORS).not.toContain(c);
      expect(c).not.toBe(ARP_COLOR);
      expect(c).not.toBe(MARK_COLOR);
    }
  });

  it('keeps a request apart from its reply, and the flows apart, for normal, deutan and protan vision', () => {
    for (const kind of ['none', 'deutan', 'protan'] as const) {
      for (let i = 0; i < 8; i++) {
        const [request, reply] = packetColors(i);
        expect(distance(request, reply, kind), `${kind} flow ${i}`).toBeGreaterThan(15);
        for (let j = i + 1; j < 8; j++) {
          const d = distance(FLOW_COLORS[i]!, FLOW_COLORS[j]!, kind);
          expect(d, `${kind} ${FLOW_COLORS[i]} vs ${FLOW_COLORS[j]}`).toBeGreaterThan(10);
        }
      }
    }
  });
});
