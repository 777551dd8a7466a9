import { Button, Caption1, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ScriptCommand } from '../../../preload/contract';
import { call } from '../bridge/desk-client';
import { loadOf, type Load } from '../bridge/use-command-query';
import { CopyButton } from '../ui/CopyButton';
import { DialogLayout } from '../ui/DialogLayout';
import { DismissibleDialog } from '../ui/DismissibleDialog';
import { ProblemBar } from '../ui/ProblemBar';

const useStyles = makeStyles({
  command: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  code: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  note: { color: tokens.colorNeutralForeground2 },
  title: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
});

interface ScriptCommandsDialogProps {
  connectionId: string;
  open: boolean;
  onDismiss: () => void;
}

/** "Use it from your scripts": the same app and tenant in the CLI for Microsoft 365 and PnP PowerShell. */
export function ScriptCommandsDialog({ connectionId, open, onDismiss }: ScriptCommandsDialogProps) {
  const styles = useStyles();
  const [load, setLoad] = useState<Load<ScriptCommand[]>>({ state: 'pending' });
  useEffect(() => {
    if (!open) return;
    let current = true;
    void call('connection.scripts', { connectionId }).then((answer) => {
      if (current) setLoad(loadOf(answer));
    });
    return () => {
      current = false;
    };
  }, [open, connectionId]);
  return (
    <DismissibleDialog open={open} onDismiss={onDismiss}>
      <DialogLayout
        title="Use it from your scripts"
        actions={<Button onClick={onDismiss}>Close</Button>}
      >
        <Text>
          The same app and tenant, signed in by the tools your scripts use. No secret is in them.
        </Text>
        {load.state === 'pending' && <Spinner size="tiny" label="Reading the connection…" />}
        {load.state === 'failed' && <ProblemBar problem={load.problem} />}
        {load.state === 'done' &&
          load.value.map((entry) => (
            <section key={entry.label} className={styles.command} aria-label={entry.label}>
              <div className={styles.title}>
                <Text weight="semibold">{entry.label}</Text>
                <CopyButton value={entry.command} what={`${entry.label} command`} />
              </div>
              <pre className={styles.code}>{entry.command}</pre>
              {entry.note && <Caption1 className={styles.note}>{entry.note}</Caption1>}
            </section>
          ))}
      </DialogLayout>
    </DismissibleDialog>
  );
}
