/** Packet colours: a flow's reply is its own hue mixed 45 % toward slate-900. */
import { describe, expect, it } from 'vitest';
import { packetColors } from '../../../../src/ui/diagram/packetColors';

describe('packetColors', () => {
  it('gives the first flow the accent and a darker indigo for replies', () => {
    expect(packetColors(0)).toEqual(['#4f46e5', '#323191']);
  });

  it('darkens every hue the same way, channel by channel', () => {
    expect(packetColors(1)[1]).toBe('#712e1a');
    expect(packetColors(7)[1]).toBe('#6d1a22');
  });
});
