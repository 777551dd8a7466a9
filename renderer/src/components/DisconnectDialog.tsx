import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';

interface DisconnectDialogProps {
  serviceLabel: string;
  open: boolean;
  onConfirm: () => void;
  onDismiss: () => void;
}

/** Disconnecting deletes tokens that took a browser sign-in to get, so it asks first. */
export function DisconnectDialog({
  serviceLabel,
  open,
  onConfirm,
  onDismiss,
}: DisconnectDialogProps) {
  return (
    <Dialog
      open={open}
      modalType="modal"
      onOpenChange={(_, data) => {
        if (!data.open) onDismiss();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Disconnect {serviceLabel}?</DialogTitle>
          <DialogContent>
            This removes the account and all its tokens from this computer.
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              Disconnect
            </Button>
            <Button onClick={onDismiss}>Keep connected</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
