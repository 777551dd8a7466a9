import { Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import {
  AppsRegular,
  EditRegular,
  PersonRegular,
  PlugConnectedRegular,
  SignOutRegular,
} from '@fluentui/react-icons';
import { useState } from 'react';
import type { Account, Problem, ServiceId } from '../../../preload/contract';
import { useCommand } from '../bridge/use-command';
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
  who: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: '220px' },
  name: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  mono: { fontFamily: tokens.fontFamilyMonospace },
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

/** One signed-in account (a named connection): who, through which app, where, what uses it, and what to do with it. */
export function AccountItem(props: AccountItemProps) {
  const { account, serviceLabels, onSignOut } = props;
  const styles = useStyles();
  const [dialog, setDialog] = useState<'rename' | 'change-app' | 'sign-out'>();
  const signOutCommand = useCommand(onSignOut, { keepProblemWhileRunning: true });
  const { problem } = signOutCommand;
  const { name, displayName, username, tenantDomain, tenantId, clientId, services } = account;
  const usedBy = services.map((id) => serviceLabels[id] ?? id);

  const signOut = async () => {
    setDialog(undefined);
    await signOutCommand.run();
  };

  return (
    <li className={styles.item} aria-label={name}>
      <PersonRegular aria-hidden className={styles.icon} />
      <div className={styles.who}>
        <Text className={styles.name}>{name}</Text>
        <Text className={styles.muted}>
          {displayName} · {username}
        </Text>
        <Caption1 className={styles.muted}>
          Tenant: {tenantDomain ?? tenantId} · App: <span className={styles.mono}>{clientId}</span>
        </Caption1>
        <Caption1 className={styles.muted}>
          {usedBy.length > 0 ? `Used by ${usedBy.join(', ')}` : 'Not used by any service'}
        </Caption1>
      </div>
      <div className={styles.actions}>
        <Button icon={<EditRegular />} onClick={() => setDialog('rename')}>
          Rename
        </Button>
        <Button icon={<AppsRegular />} onClick={() => setDialog('change-app')}>
          Change app
        </Button>
        <Button appearance="subtle" icon={<SignOutRegular />} onClick={() => setDialog('sign-out')}>
          Sign out
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
        title={`Sign out ${name}?`}
        confirmLabel="Sign out"
        onConfirm={() => void signOut()}
        onDismiss={() => setDialog(undefined)}
      >
        The services that use it are disconnected and its tokens are removed from this computer.
      </ConfirmDialog>
    </li>
  );
}
