import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createWindowRegistry } from './window-registry';

const registry = createWindowRegistry<{ name: string }>();

function Teller({ names }: { names: string[] }) {
  registry.useRegister(names.map((name) => ({ name })));
  return null;
}

function Listener() {
  const entries = registry.useEntries();
  return <output>{entries.map((entry) => entry.name).join(',')}</output>;
}

describe('what parts of the window tell each other while on screen', () => {
  it('holds what each part registers, replaces it when it changes, and drops it on unmount', () => {
    const view = (first: string[] | undefined, second: string[]) => (
      <registry.Provider>
        {first && <Teller names={first} />}
        <Teller names={second} />
        <Listener />
      </registry.Provider>
    );
    const { rerender } = render(view(['a'], ['b']));
    expect(screen.getByRole('status').textContent).toBe('a,b');
    rerender(view(['a'], ['c', 'd']));
    expect(screen.getByRole('status').textContent).toBe('a,c,d');
    // The same words again, in a new array: nothing changes, and nothing loops.
    rerender(view(['a'], ['c', 'd']));
    expect(screen.getByRole('status').textContent).toBe('a,c,d');
    rerender(view(undefined, []));
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('outside a provider, registering does nothing and nothing is read', () => {
    render(
      <>
        <Teller names={['a']} />
        <Listener />
      </>,
    );
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
