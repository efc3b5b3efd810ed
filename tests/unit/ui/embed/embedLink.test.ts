import { describe, expect, it } from 'vitest';
import { embedCode, embedOptionsOf, embedQuery } from '../../../../src/ui/embed/embedLink';

describe('the embed address', () => {
  it('shows the diagram and playback only under a bare ?embed', () => {
    expect(embedOptionsOf('?embed')).toEqual({ caption: false, headers: false });
    expect(embedQuery({ caption: false, headers: false })).toBe('embed');
  });

  it('carries the caption and the headers as names in the embed value', () => {
    expect(embedQuery({ caption: true, headers: true })).toBe('embed=caption,headers');
    expect(embedQuery({ caption: false, headers: true })).toBe('embed=headers');
    expect(embedOptionsOf('?embed=caption,headers')).toEqual({ caption: true, headers: true });
    expect(embedOptionsOf('?lesson=2&embed=caption%2Cheaders')).toEqual({
      caption: true,
      headers: true,
    });
    expect(embedOptionsOf('?embed=headers')).toEqual({ caption: false, headers: true });
  });

  it('ignores names it does not know', () => {
    expect(embedOptionsOf('?embed=captions,<script>')).toEqual({ caption: false, headers: false });
  });

  it('writes an iframe with the frame title escaped, allowing full screen', () => {
    const code = embedCode('https://x.test/?embed=caption#v1.A"B', 'Pod Network Lab: “a” & <b>');
    expect(code).toBe(
      '<iframe src="https://x.test/?embed=caption#v1.A&quot;B" title="Pod Network Lab: “a” &amp; &lt;b&gt;" width="960" height="600" style="border:0" loading="lazy" allow="clipboard-write; fullscreen"></iframe>',
    );
  });
});
