import type { Account, ServicePanel, ServiceState, ServiceStatus } from '../../../preload/contract';
import { call, problemOf } from '../bridge/desk-client';
import { ConfirmDialog } from '../ui/lazy-dialogs';
import { useTellInDialog } from '../ui/told-in-dialog';
import { disconnectWords } from './disconnect-words';
import { ChangeSiteUrlDialog } from './lazy-dialogs';

interface PanelChangeDialogsProps {
  open: 'site-url' | 'disconnect' | undefined;
  panel: ServicePanel;
  /** The state shown: a service the tenant does not have is removed, not disconnected. */
  state: ServiceState;
  /** The account the service uses, as the accounts list knows it (with its other services). */
  account: Account | undefined;
  accountName: string | undefined;
  onStatus: (status: ServiceStatus) => void;
  onDisconnect: () => void;
  onDismiss: () => void;
}

/** The two questions that change what a service uses: another site URL, or letting go of it. */
export function PanelChangeDialogs(props: PanelChangeDialogsProps) {
  const { panel, onDismiss } = props;
  const { serviceId, label, status } = panel;
  const leave = disconnectWords(
    label,
    serviceId,
    props.account,
    props.state === 'not-available' ? 'Remove' : 'Disconnect',
  );
  // Change URL says which URL the service tried; the panel's notice behind waits until it closes.
  const told = props.open === 'site-url' && status.problem;
  useTellInDialog(told ? [{ serviceId, code: told.code }] : []);
  // The same account at another URL: the core's refusal keeps the form open, a status closes it.
  const changeSiteUrl = async (siteUrl: string) => {
    const { connectionId } = status;
    if (!connectionId) return undefined;
    const result = await call('service.useAccount', { serviceId, connectionId, siteUrl });
    if (!result.ok) return problemOf(result);
    props.onStatus(result.value);
    return undefined;
  };

  return (
    <>
      <ChangeSiteUrlDialog
        open={props.open === 'site-url'}
        serviceLabel={label}
        triedUrl={status.sharePoint?.siteUrl ?? ''}
        accountName={props.accountName}
        cloud={status.cloud}
        onChange={changeSiteUrl}
        onDismiss={onDismiss}
      />
      <ConfirmDialog
        open={props.open === 'disconnect'}
        title={leave.title}
        confirmLabel={leave.confirmLabel}
        cancelLabel={leave.cancelLabel}
        onDismiss={onDismiss}
        onConfirm={() => {
          onDismiss();
          props.onDisconnect();
        }}
      >
        {leave.body}
      </ConfirmDialog>
    </>
  );
}
