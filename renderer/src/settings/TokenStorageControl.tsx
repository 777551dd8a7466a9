import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { useReloadAppInfo } from '../app/app-info';
import { useCommandQuery } from '../bridge/use-command-query';
import { call } from '../bridge/desk-client';
import { ConfirmDialog } from '../ui/lazy-dialogs';

/**
 * On a computer without a secure keystore, sign-ins are kept for this session only. This is the
 * one place to choose otherwise, with the risk spelled out before anything changes.
 */
export function TokenStorageControl() {
  const [state, reload] = useCommandQuery('settings.keystore.get');
  // The status bar's "Token storage" comes from `app.info`.
  const reloadAppInfo = useReloadAppInfo();
  const [asking, setAsking] = useState(false);
  if (state.state !== 'done' || state.value.strong) return null;
  const { keepSignInsWithoutKeystore, backend } = state.value;

  const choose = async (keep: boolean) => {
    setAsking(false);
    await call('settings.keystore.set', { keepSignInsWithoutKeystore: keep });
    reload();
    reloadAppInfo();
  };

  return (
    <>
      <Button
        size="small"
        appearance="transparent"
        onClick={() => (keepSignInsWithoutKeystore ? void choose(false) : setAsking(true))}
      >
        {keepSignInsWithoutKeystore ? 'Stop keeping sign-ins' : 'Keep sign-ins anyway…'}
      </Button>
      <ConfirmDialog
        open={asking}
        title="Keep sign-ins without a secure keystore?"
        confirmLabel="Keep sign-ins"
        onConfirm={() => void choose(true)}
        onDismiss={() => setAsking(false)}
      >
        This computer offers no secure keystore (backend: {backend}), so saved sign-ins would be
        encrypted with a key anyone with access to your files can recover. Anyone who copies them
        could act as you in Microsoft 365 until the sign-in expires. Keep them only on a computer
        you alone use.
      </ConfirmDialog>
    </>
  );
}
