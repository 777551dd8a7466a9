import { Body1, Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowImportRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { CliImportDialog } from '../cli-import';
import type { Account, ServiceId } from '../../../preload/contract';
import type { Accounts } from './use-accounts';
import { AccountItem } from './AccountItem';
import { ProblemBar } from '../ui/ProblemBar';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    // A hairline between accounts, none above the first.
    '& > li + li': { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  },
});

interface AccountsSectionProps {
  accounts: Accounts;
  serviceLabels: Partial<Record<ServiceId, string>>;
  onSignInAgain: (account: Account) => void;
}

/** The signed-in accounts (named connections) that the service panels draw on. */
export function AccountsSection({ accounts, serviceLabels, onSignInAgain }: AccountsSectionProps) {
  const styles = useStyles();
  const { load } = accounts;
  const [importing, setImporting] = useState(false);

  return (
    <section aria-label="Accounts" className={styles.section}>
      <div className={styles.heading}>
        <h2 className={styles.title}>Accounts</h2>
        <Button
          appearance="subtle"
          icon={<ArrowImportRegular />}
          onClick={() => setImporting(true)}
        >
          Import from the CLI…
        </Button>
      </div>
      <CliImportDialog
        open={importing}
        onDismiss={() => setImporting(false)}
        serviceLabels={serviceLabels}
      />
      <Body1 className={styles.muted}>
        Each account is one sign-in, through one app registration, in one tenant. Services can share
        it.
      </Body1>
      {load.state === 'pending' && <Spinner size="tiny" label="Loading accounts…" />}
      {load.state === 'failed' && (
        <ProblemBar
          problem={load.problem}
          action={<Button onClick={accounts.retry}>Retry</Button>}
        />
      )}
      {load.state === 'done' && load.value.length === 0 && (
        <Body1 className={styles.muted}>
          No account is signed in yet. Connect a service to sign in.
        </Body1>
      )}
      {load.state === 'done' && load.value.length > 0 && (
        <ul className={styles.list}>
          {load.value.map((account) => (
            <AccountItem
              key={account.id}
              account={account}
              serviceLabels={serviceLabels}
              onRename={(name) => accounts.rename(account.id, name)}
              onChangeApp={(clientId, tenant) => accounts.changeApp(account.id, clientId, tenant)}
              onSignOut={() => accounts.remove(account.id)}
              onSignInAgain={() => onSignInAgain(account)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
