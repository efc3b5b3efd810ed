// @vitest-environment jsdom
import { cleanup, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HeaderMenu } from '../../../../src/ui/shell/HeaderMenu';
import { useStacked } from '../../../../src/ui/shell/stacked';
import { fakeMatchMedia } from './matchMedia';

afterEach(cleanup);

function mount() {
  render(
    <div>
      <HeaderMenu label="Menu">
        <button type="button">Edit</button>
        <button type="button" aria-expanded="false">
          Share
        </button>
      </HeaderMenu>
      <button type="button">Elsewhere</button>
    </div>,
  );
  return screen.getByRole('button', { name: 'Menu' });
}

describe('the header menu', () => {
  it('is a disclosure button naming the actions it holds', () => {
    const menu = mount();
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    const content = document.getElementById(menu.getAttribute('aria-controls') ?? '');
    expect(content?.textContent).toBe('EditShare');
    fireEvent.click(menu);
    expect(menu.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(menu);
    expect(menu.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes with Escape and gives focus back to its button', () => {
    const menu = mount();
    fireEvent.click(menu);
    screen.getByRole('button', { name: 'Edit' }).focus();
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(menu);
  });

  it('leaves Escape to a menu open inside it (Share), closing only after that one', () => {
    const menu = mount();
    fireEvent.click(menu);
    const share = screen.getByRole('button', { name: 'Share' });
    share.setAttribute('aria-expanded', 'true');
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(menu.getAttribute('aria-expanded')).toBe('true');
    share.setAttribute('aria-expanded', 'false');
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes when focus or a press goes outside it', () => {
    const menu = mount();
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere' });
    fireEvent.click(menu);
    fireEvent.blur(menu, { relatedTarget: elsewhere });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(menu);
    expect(menu.getAttribute('aria-expanded')).toBe('true');
    fireEvent.pointerDown(elsewhere);
    expect(menu.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('the stacked layout', () => {
  it('follows the media query, and is off where the browser has no matchMedia', () => {
    expect(renderHook(() => useStacked()).result.current).toBe(false);
    const restore = fakeMatchMedia(true);
    try {
      expect(renderHook(() => useStacked()).result.current).toBe(true);
    } finally {
      restore();
    }
  });
});
