import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { deferred } from '../test/fake-desk';
import { lazyDialog } from './lazy-dialog';

interface NoteProps {
  open: boolean;
  text: string;
}

/** Stands for a dialog's module; `loaded` settles its dynamic import. */
function noteDialog() {
  const module = deferred<(props: NoteProps) => React.ReactElement>();
  const load = vi.fn(() => module.promise);
  const Note = lazyDialog<NoteProps>('the note', (props) => props.open, load);
  const loaded = () =>
    act(async () =>
      module.resolve(({ open, text }) => (
        <div role="dialog" aria-label="Note" hidden={!open}>
          {text}
        </div>
      )),
    );
  return { Note, load, loaded };
}

describe('a dialog loaded on first use', () => {
  it('loads and mounts nothing while it has never been open', () => {
    const { Note, load } = noteDialog();
    render(<Note open={false} text="Hello" />);
    expect(load).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says what is loading at the first opening, then shows the dialog', async () => {
    const { Note, load, loaded } = noteDialog();
    const { rerender } = render(<Note open={false} text="Hello" />);
    rerender(<Note open text="Hello" />);
    expect(load).toHaveBeenCalledOnce();
    expect(screen.getByRole('status').textContent).toBe('Loading the note…');
    await loaded();
    expect(screen.getByRole('dialog', { name: 'Note' }).textContent).toBe('Hello');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('stays mounted once used, so it can close and open again without loading', async () => {
    const { Note, load, loaded } = noteDialog();
    const { rerender } = render(<Note open text="Hello" />);
    await loaded();
    rerender(<Note open={false} text="Bye" />);
    expect(screen.getByText('Bye').hidden).toBe(true); // closed, still mounted
    rerender(<Note open text="Again" />);
    expect(screen.getByRole('dialog', { name: 'Note' }).textContent).toBe('Again');
    expect(load).toHaveBeenCalledOnce();
  });
});
