import { describe, expect, it } from 'vitest';
import { captionLines, fileBase, wrap } from '../../../../src/ui/export/slideText';

/** Every character 10 units wide, bold ones 12. */
const mono = (text: string, bold: boolean) => text.length * (bold ? 12 : 10);

describe('the caption of a slide image', () => {
  it('breaks text between words so that no line is wider than the width', () => {
    expect(wrap('the packet leaves by cni0 toward node2', 120, false, mono)).toEqual([
      'the packet',
      'leaves by',
      'cni0 toward',
      'node2',
    ]);
  });

  it('breaks Korean between words too, never inside one', () => {
    expect(wrap('패킷은 cni0으로 나간다', 80, false, mono)).toEqual([
      '패킷은',
      'cni0으로',
      '나간다',
    ]);
  });

  it('cuts a word longer than a line', () => {
    expect(wrap('0a:58:0a:f4:02:02', 60, false, mono)).toEqual(['0a:58:', '0a:f4:', '02:02']);
  });

  it('makes the first paragraph bold and leaves out empty ones', () => {
    expect(captionLines(['Hop 3 of 21', 'ARP: who has', ''], 100, 16, 'serif', mono)).toEqual([
      { text: 'Hop 3 of', bold: true },
      { text: '21', bold: true },
      { text: 'ARP: who', bold: false },
      { text: 'has', bold: false },
    ]);
  });
});

describe('the file name of a slide image', () => {
  it('keeps letters and digits of any script, one dash for the rest, in lower case', () => {
    expect(fileBase('Two nodes, VXLAN overlay hop 3')).toBe('two-nodes-vxlan-overlay-hop-3');
    expect(fileBase('두 노드, VXLAN 오버레이 10번째 홉')).toBe('두-노드-vxlan-오버레이-10번째-홉');
    expect(fileBase('  ../a/b:c*?  ')).toBe('a-b-c');
  });

  it('falls back to the product name when nothing is left', () => {
    expect(fileBase('***')).toBe('pod-network-lab');
  });
});
