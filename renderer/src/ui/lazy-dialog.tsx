import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useState, type ComponentType } from 'react';

const useStyles = makeStyles({
  // Where the dialog will appear, above the page, until its code has arrived (a few ms from disk).
  loading: {
    position: 'fixed',
    top: '30%',
    left: '50%',
    transform: 'translateX(-50%)',
    zIndex: 1000,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow16,
  },
});

/** Said while a dialog's code loads, politely, e.g. "Loading the sign-in form…". */
export function DialogLoading({ what }: { what: string }) {
  const styles = useStyles();
  return (
    <div role="status" className={styles.loading}>
      <Spinner size="tiny" labelPosition="after" label={`Loading ${what}…`} />
    </div>
  );
}

/**
 * A dialog whose code is not part of the first screen: nothing of it is loaded or mounted until
 * `isOpen` first says it is open; from then on it stays mounted, so it closes (and opens again)
 * like any other dialog. `what` names it in the loading notice ("the sign-in form").
 */
export function lazyDialog<P extends object>(
  what: string,
  isOpen: (props: P) => boolean,
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  const Dialog = lazy(async () => ({ default: await load() }));
  function LazyDialog(props: P) {
    const open = isOpen(props);
    const [used, setUsed] = useState(open);
    // Derived during render (not in an effect), so the first opening costs no extra frame.
    if (open && !used) setUsed(true);
    if (!used && !open) return null;
    return (
      <Suspense fallback={open ? <DialogLoading what={what} /> : null}>
        <Dialog {...props} />
      </Suspense>
    );
  }
  return LazyDialog;
}
