import {
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

interface DialogLayoutProps {
  title: ReactNode;
  /** The buttons at the end of the row: the primary one first, then Cancel or Close. */
  actions: ReactNode;
  /** Buttons that sit apart, at the start of the row. */
  startActions?: ReactNode;
  children: ReactNode;
}

/** Every dialog's inside: the title, the content as a spaced column, then the buttons. */
export function DialogLayout({ title, actions, startActions, children }: DialogLayoutProps) {
  const styles = useStyles();
  return (
    <DialogBody>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent className={styles.content}>{children}</DialogContent>
      {startActions && <DialogActions position="start">{startActions}</DialogActions>}
      <DialogActions>{actions}</DialogActions>
    </DialogBody>
  );
}
