import { Button, Dialog, DialogSurface, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { DialogLayout } from '../ui/DialogLayout';

export const useSignInWaitStyles = makeStyles({
  // The spinner and the deadline, on a line of their own at the bottom.
  status: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  nowrap: { whiteSpace: 'nowrap', flexShrink: 0 },
});

interface SignInWaitDialogProps {
  open: boolean;
  title: string;
  surfaceClassName: string;
  cancelLabel: string;
  /** Cancel and Escape end the sign-in; the backdrop does nothing. */
  onCancel: () => void;
  /** Before Cancel, e.g. "Get a new code". */
  actions?: ReactNode;
  children: ReactNode;
}

/** While a sign-in waits for the person somewhere else: only Cancel (or Escape) closes it. */
export function SignInWaitDialog(props: SignInWaitDialogProps) {
  const { onCancel } = props;
  const styles = useSignInWaitStyles();
  return (
    <Dialog
      open={props.open}
      modalType="modal"
      onOpenChange={(_, data) => {
        // Escape means Cancel; a stray click on the backdrop must not end the sign-in.
        if (!data.open && data.type === 'escapeKeyDown') onCancel();
      }}
    >
      <DialogSurface className={props.surfaceClassName}>
        <DialogLayout
          title={props.title}
          actions={
            <>
              {props.actions}
              <Button className={styles.nowrap} onClick={onCancel}>
                {props.cancelLabel}
              </Button>
            </>
          }
        >
          {props.children}
        </DialogLayout>
      </DialogSurface>
    </Dialog>
  );
}
