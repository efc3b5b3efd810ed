// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadEnglishRest } from '../../../../src/i18n';
import { defaultScenario } from '../../../../src/scenario/defaultScenario';
import { createAppStore } from '../../../../src/store';
import { EditorPanel } from '../../../../src/ui/editor/EditorPanel';
import { StoreContext } from '../../../../src/ui/storeContext';

function setup() {
  const store = createAppStore({ scenario: defaultScenario, lang: 'en' });
  render(
    <StoreContext.Provider value={store}>
      <EditorPanel onClose={() => {}} />
    </StoreContext.Provider>,
  );
  return store;
}

function rename(group: HTMLElement, to: string) {
  const field = within(group).getAllByLabelText('Name')[0] as HTMLInputElement;
  fireEvent.change(field, { target: { value: to } });
  fireEvent.keyDown(field, { key: 'Enter' });
  return field;
}

afterEach(cleanup);

describe('the editor panel', () => {
  // The app opens the editor only once its messages have arrived (Toolbar's lazy import).
  beforeAll(() => loadEnglishRest());

  it('renaming a pod in its field commits a new scenario to the store', () => {
    const store = setup();
    act(() => void rename(screen.getByRole('group', { name: 'Pod cache' }), 'memo'));
    expect(store.getState().scenario.cluster.pods.map((p) => p.name)).toContain('memo');
    expect(screen.getByRole('group', { name: 'Pod memo' })).toBeTruthy();
  });

  it('an invalid name is shown next to its field and the scenario is kept', () => {
    const store = setup();
    const before = store.getState().scenario;
    let field!: HTMLInputElement;
    act(() => {
      field = rename(screen.getByRole('group', { name: 'Pod cache' }), 'No Way');
    });
    expect(store.getState().scenario).toBe(before);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = field.getAttribute('aria-describedby') ?? '';
    const message = document.getElementById(describedBy.split(' ').at(-1) ?? '');
    expect(message?.textContent).toMatch(/DNS-style name/);
    expect(screen.getByRole('alert').textContent).toMatch(/not applied/);
  });

  it('malformed ports are reported locally without touching the store', () => {
    const store = setup();
    const before = store.getState().scenario;
    const container = screen.getByRole('group', { name: 'Container redis' });
    const ports = within(container).getByLabelText('Listening ports');
    act(() => {
      fireEvent.change(ports, { target: { value: 'redis' } });
      fireEvent.blur(ports);
    });
    expect(store.getState().scenario).toBe(before);
    expect(container.textContent).toMatch(/Write ports as numbers/);
  });

  it('the undo button brings back the previous name', () => {
    const store = setup();
    act(() => void rename(screen.getByRole('group', { name: 'Pod cache' }), 'memo'));
    act(() => screen.getAllByRole('button', { name: 'Undo' })[0]?.click());
    expect(store.getState().scenario).toBe(defaultScenario);
    expect(screen.getByRole('group', { name: 'Pod cache' })).toBeTruthy();
  });

  it('a hostile name typed in a field is shown as text, never as markup', () => {
    setup();
    act(
      () =>
        void rename(
          screen.getByRole('group', { name: 'Pod cache' }),
          '<img src=x onerror=alert(1)>',
        ),
    );
    expect(document.querySelector('img')).toBeNull();
  });
});
