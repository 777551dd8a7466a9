import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  ClipboardPasteRegular,
  DocumentArrowDownRegular,
  SignOutRegular,
  WrenchRegular,
} from '@fluentui/react-icons';
import { useState } from 'react';
import { call } from '../bridge/desk-client';
import { ConfirmDialog } from '../ui/lazy-dialogs';

const useStyles = makeStyles({
  item: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  button: { minWidth: 0, paddingInline: tokens.spacingHorizontalXS },
  list: { marginBlock: tokens.spacingVerticalS, paddingInlineStart: tokens.spacingHorizontalXL },
});

/**
 * The status bar's support actions: the diagnostics report (copied, or saved to a file), which
 * holds no secret, and Sign out everywhere, which first lists what it will remove.
 */
export function SupportMenu() {
  const styles = useStyles();
  const [said, setSaid] = useState('');
  const [toRemove, setToRemove] = useState<string[] | undefined>();

  const copy = async () => {
    const report = await call('app.diagnostics', {});
    if (!report.ok) return setSaid(report.message);
    try {
      await navigator.clipboard.writeText(report.value.text);
      setSaid('Diagnostics copied. They hold no token, secret or password.');
    } catch {
      setSaid('The clipboard refused. Use Save diagnostics to file instead.');
    }
  };
  const save = async () => {
    const saved = await call('app.saveDiagnostics', {});
    if (!saved.ok) return setSaid(saved.message);
    setSaid(saved.value.saved ? `Diagnostics saved to ${saved.value.fileName ?? 'the file'}.` : '');
  };
  const askSignOut = async () => {
    const preview = await call('signOut.everywherePreview', {});
    if (!preview.ok) return setSaid(preview.message);
    if (!preview.value.items.length) return setSaid('Nothing is signed in on this computer.');
    setToRemove(preview.value.items);
  };
  const signOut = async () => {
    setToRemove(undefined);
    const done = await call('signOut.everywhere', {});
    setSaid(done.ok ? 'Signed out everywhere: nothing is left on this computer.' : done.message);
  };

  return (
    <span className={styles.item}>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button
            size="small"
            appearance="transparent"
            className={styles.button}
            icon={<WrenchRegular />}
          >
            Support
          </Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem icon={<ClipboardPasteRegular />} onClick={() => void copy()}>
              Copy diagnostics
            </MenuItem>
            <MenuItem icon={<DocumentArrowDownRegular />} onClick={() => void save()}>
              Save diagnostics to file…
            </MenuItem>
            <MenuItem icon={<SignOutRegular />} onClick={() => void askSignOut()}>
              Sign out everywhere…
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      <span role="status">{said}</span>
      <ConfirmDialog
        open={toRemove !== undefined}
        title="Sign out everywhere?"
        confirmLabel="Sign out everywhere"
        onConfirm={() => void signOut()}
        onDismiss={() => setToRemove(undefined)}
      >
        This removes from this computer:
        <ul className={styles.list}>
          {toRemove?.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        To use them again, sign in again.
      </ConfirmDialog>
    </span>
  );
}
