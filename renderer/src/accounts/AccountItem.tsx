import { Button, makeStyles, tokens } from '@fluentui/react-components';
import {
  AppsRegular,
  DeleteRegular,
  EditRegular,
  PersonRegular,
  PlugConnectedRegular,
  SignOutRegular,
} from '@fluentui/react-icons';
import { useState } from 'react';
import type { Account, Problem, ServiceId } from '../../../preload/contract';
import { useCommand } from '../bridge/use-command';
import { AccountFacts } from './AccountFacts';
import { ChangeAppDialog, RenameDialog } from './lazy-dialogs';
import { ConfirmDialog } from '../ui/lazy-dialogs';
import { ProblemBar } from '../ui/ProblemBar';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
  },
  icon: { fontSize: '24px', color: tokens.colorNeutralForeground3, flexShrink: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  problem: { flexBasis: '100%' },
});

interface AccountItemProps {
  account: Account;
  serviceLabels: Partial<Record<ServiceId, string>>;
  onRename: (name: string) => Promise<Problem | undefined>;
  onChangeApp: (clientId: string, tenant: string | undefined) => Promise<Problem | undefined>;
  onSignOut: () => Promise<Problem | undefined>;
  /** Opens the connect dialog for one of its services, filled in to sign this one in again. */
  onSignInAgain: () => void;
}

/**
 * One signed-in account (a named connection): who, through which app, where, what uses it, and
 * what to do with it. One no service uses is offered for removal (signing out is the same act,
 * but "sign out" says less when nothing is signed in through it any more).
 */
export function AccountItem(props: AccountItemProps) {
  const { account, serviceLabels, onSignOut } = props;
  const styles = useStyles();
  const [dialog, setDialog] = useState<'rename' | 'change-app' | 'sign-out'>();
  const signOutCommand = useCommand(onSignOut, { keepProblemWhileRunning: true });
  const { problem } = signOutCommand;
  const { name } = account;
  const unused = account.services.length === 0;
  const Icon = account.kind === 'app-only' ? AppsRegular : PersonRegular;

  const signOut = async () => {
    setDialog(undefined);
    await signOutCommand.run();
  };

  return (
    <li className={styles.item} aria-label={name}>
      <Icon aria-hidden className={styles.icon} />
      <AccountFacts account={account} serviceLabels={serviceLabels} />
      <div className={styles.actions}>
        <Button icon={<EditRegular />} onClick={() => setDialog('rename')}>
          Rename
        </Button>
        {/* An app-only connection is its app: another app is another connection. */}
        {account.kind !== 'app-only' && (
          <Button icon={<AppsRegular />} onClick={() => setDialog('change-app')}>
            Change app
          </Button>
        )}
        <Button
          appearance="subtle"
          icon={unused ? <DeleteRegular /> : <SignOutRegular />}
          onClick={() => setDialog('sign-out')}
        >
          {unused ? 'Remove' : 'Sign out'}
        </Button>
      </div>
      {account.signInRequired && (
        <div className={styles.problem}>
          <ProblemBar
            problem={account.signInRequired}
            intent="warning"
            action={
              <Button icon={<PlugConnectedRegular />} onClick={props.onSignInAgain}>
                Sign in again
              </Button>
            }
          />
        </div>
      )}
      {problem && (
        <div className={styles.problem}>
          <ProblemBar problem={problem} onDismiss={signOutCommand.dismiss} />
        </div>
      )}
      <RenameDialog
        currentName={name}
        open={dialog === 'rename'}
        onRename={props.onRename}
        onDismiss={() => setDialog(undefined)}
      />
      <ChangeAppDialog
        account={account}
        open={dialog === 'change-app'}
        onChangeApp={props.onChangeApp}
        onDismiss={() => setDialog(undefined)}
      />
      <ConfirmDialog
        open={dialog === 'sign-out'}
        title={unused ? `Remove ${name}?` : `Sign out ${name}?`}
        confirmLabel={unused ? 'Remove' : 'Sign out'}
        onConfirm={() => void signOut()}
        onDismiss={() => setDialog(undefined)}
      >
        {unused
          ? `No service uses it. ${account.kind === 'app-only' ? 'Its certificate or secret is' : 'Its sign-in is'} removed from this computer; you can sign in with it again at any time.`
          : 'The services that use it are disconnected and its tokens are removed from this computer.'}
      </ConfirmDialog>
    </li>
  );
}
