import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { CodeRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ServiceStatus } from '../../../preload/contract';
import { AppOnlyCertificate } from './AppOnlyCertificate';
import { ScriptCommandsDialog } from './lazy-dialogs';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalM,
  },
  scripts: { alignSelf: 'flex-start' },
});

interface ConnectionToolsProps {
  status: ServiceStatus;
  appOnly: boolean;
}

/** Beside a connection's details: an app-only one's certificate, and the commands for scripts. */
export function ConnectionTools({ status, appOnly }: ConnectionToolsProps) {
  const styles = useStyles();
  const [scripts, setScripts] = useState(false);
  const { connectionId } = status;
  if (!connectionId) return null;
  return (
    <div className={styles.root}>
      {appOnly && (
        <AppOnlyCertificate
          connectionId={connectionId}
          problem={status.problem}
          revision={status.accessTokenExpiresAt ?? ''}
        />
      )}
      <Button
        className={styles.scripts}
        appearance="subtle"
        icon={<CodeRegular />}
        onClick={() => setScripts(true)}
      >
        Use it from your scripts
      </Button>
      <ScriptCommandsDialog
        connectionId={connectionId}
        open={scripts}
        onDismiss={() => setScripts(false)}
      />
    </div>
  );
}
