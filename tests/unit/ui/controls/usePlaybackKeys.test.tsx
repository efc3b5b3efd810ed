// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultScenario } from '../../../../src/scenario/defaultScenario';
import { createAppStore } from '../../../../src/store';
import { selectHopCount } from '../../../../src/store/selectors';
import { BlankScreen } from '../../../../src/ui/controls/BlankScreen';
import { isTypingTarget, usePlaybackKeys } from '../../../../src/ui/controls/usePlaybackKeys';
import { StoreContext } from '../../../../src/ui/storeContext';

afterEach(cleanup);

/** The keys hook alone, with a text field, a select, a button, a checkbox and the scrubber to focus. */
function Keys() {
  usePlaybackKeys();
  return (
    <>
      <input aria-label="Port" />
      <select aria-label="From">
        <option>a</option>
      </select>
      <button type="button">Send</button>
      <input type="checkbox" aria-label="Caption" />
      <input type="range" aria-label="Hop" min={0} max={9} />
      <BlankScreen />
    </>
  );
}

/** A store showing the default packet (a cross-node TCP connection, 20-odd hops), paused at hop k. */
function mount(k = 3) {
  const store = createAppStore({ scenario: defaultScenario, lang: 'en' });
  store.getState().sendPacket(defaultScenario.packets[0]!);
  store.getState().setPlaying(false);
  store.getState().setCursor(k);
  render(
    <StoreContext.Provider value={store}>
      <Keys />
    </StoreContext.Provider>,
  );
  return store;
}

const press = (key: string, target: Element = document.body, init: KeyboardEventInit = {}) =>
  act(() => void fireEvent.keyDown(target, { key, ...init }));

describe('the playback keys (keyboard and presentation clicker)', () => {
  it('PageDown and → step one hop forward, PageUp and ← one back, each pausing the packet', () => {
    const store = mount(3);
    store.getState().setPlaying(true);
    press('PageDown');
    expect(store.getState().cursor).toBe(4);
    expect(store.getState().playing).toBe(false);
    press('ArrowRight');
    expect(store.getState().cursor).toBe(5);
    press('PageUp');
    press('ArrowLeft');
    expect(store.getState().cursor).toBe(3);
  });

  it('Home and End go to the first and the last hop', () => {
    const store = mount(3);
    press('End');
    expect(store.getState().cursor).toBe(selectHopCount(store.getState()) - 1);
    press('Home');
    expect(store.getState().cursor).toBe(0);
  });

  it('Space plays and pauses the packet shown, once per press even when held down', () => {
    const store = mount(3);
    press(' ');
    expect(store.getState().playing).toBe(true);
    expect(store.getState().cursor).toBe(3);
    press(' ', document.body, { repeat: true });
    expect(store.getState().playing).toBe(true);
    press(' ');
    expect(store.getState().playing).toBe(false);
    expect(store.getState().cursor).toBe(3);
  });

  it('B blanks the screen to black and pauses; any key brings it back without doing anything else', () => {
    const store = mount(3);
    store.getState().setPlaying(true);
    press('b');
    expect(screen.getByTestId('blank-screen')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(
      'Screen blanked. Press any key or click to bring it back.',
    );
    expect(store.getState().playing).toBe(false);
    press('PageDown');
    expect(screen.queryByTestId('blank-screen')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Screen back.');
    expect(store.getState().cursor).toBe(3);
    press('PageDown');
    expect(store.getState().cursor).toBe(4);
  });

  it('. blanks too, B again or a click brings the screen back', () => {
    const store = mount(3);
    press('.');
    expect(store.getState().blanked).toBe(true);
    press('B');
    expect(store.getState().blanked).toBe(false);
    press('.');
    act(() => void fireEvent.click(screen.getByTestId('blank-screen')));
    expect(store.getState().blanked).toBe(false);
  });

  it('F enters full screen on the whole page and leaves it again', () => {
    mount(3);
    const enter = vi.fn(() => Promise.resolve());
    const leave = vi.fn(() => Promise.resolve());
    document.documentElement.requestFullscreen = enter;
    document.exitFullscreen = leave;
    press('f');
    expect(enter).toHaveBeenCalledTimes(1);
    Object.defineProperty(document, 'fullscreenElement', {
      configurable: true,
      get: () => document.documentElement,
    });
    press('F');
    expect(leave).toHaveBeenCalledTimes(1);
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => null });
  });

  it('P switches presenter mode', () => {
    const store = mount(3);
    press('p');
    expect(store.getState().presenter).toBe(true);
    press('P');
    expect(store.getState().presenter).toBe(false);
  });

  it('leaves every key to a focused text field or select: typing b, f or PageDown there does nothing else', () => {
    const store = mount(3);
    for (const field of [screen.getByLabelText('Port'), screen.getByLabelText('From')]) {
      for (const key of ['b', '.', 'f', 'p', ' ', 'PageDown', 'ArrowRight', 'End'])
        press(key, field);
    }
    expect(store.getState().cursor).toBe(3);
    expect(store.getState().blanked).toBe(false);
    expect(store.getState().presenter).toBe(false);
    expect(store.getState().playing).toBe(false);
  });

  it('leaves Space to a focused button or checkbox, but PageDown and B still work there', () => {
    const store = mount(3);
    const send = screen.getByRole('button', { name: 'Send' });
    const box = screen.getByLabelText('Caption');
    press(' ', send);
    press(' ', box);
    expect(store.getState().playing).toBe(false);
    press('PageDown', send);
    press('PageDown', box);
    expect(store.getState().cursor).toBe(5);
    press('b', send);
    expect(store.getState().blanked).toBe(true);
  });

  it('on the hop scrubber, PageUp/PageDown step one hop (natively they would jump by tens)', () => {
    const store = mount(3);
    const scrubber = screen.getByLabelText('Hop');
    expect(isTypingTarget(scrubber, 'ArrowRight')).toBe(true);
    expect(isTypingTarget(scrubber, 'PageDown')).toBe(false);
    press('PageDown', scrubber);
    expect(store.getState().cursor).toBe(4);
  });

  it('stays silent for a key a focused element already handled, and for Ctrl/Alt/Meta shortcuts', () => {
    const store = mount(3);
    const send = screen.getByRole('button', { name: 'Send' });
    send.addEventListener('keydown', (e) => e.preventDefault());
    press('PageDown', send);
    press('PageDown', document.body, { ctrlKey: true });
    press('b', document.body, { altKey: true });
    expect(store.getState().cursor).toBe(3);
    expect(store.getState().blanked).toBe(false);
  });
});
