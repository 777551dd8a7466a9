import {
  Button,
  CompoundButton,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { PersonRegular, PersonAddRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { AccountConnection, CloudId } from '../../../preload/contract';
import { useSiteUrlCheck } from '../hooks/use-site-url-check';
import { DismissibleDialog } from './DismissibleDialog';
import { SharePointUrlField } from './SharePointUrlField';

const useStyles = makeStyles({
  surface: { maxWidth: '520px' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  accounts: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  account: { width: '100%', justifyContent: 'flex-start', maxWidth: 'none' },
  // DialogActions gives the buttons half the dialog; without this the label breaks in three.
  nowrap: { whiteSpace: 'nowrap', flexShrink: 0 },
});

export interface ConnectDialogProps {
  serviceLabel: string;
  needsSiteUrl: boolean;
  cloud: CloudId;
  /** Accounts already signed in, in this cloud. */
  accounts: AccountConnection[];
  /** The site the service used last, to start from. */
  initialSiteUrl: string | undefined;
  open: boolean;
  onUseAccount: (connectionId: string, siteUrl: string | undefined) => Promise<void>;
  onSignIn: (siteUrl: string | undefined) => void;
  onDismiss: () => void;
}

/** "Which account?" (and, for SharePoint, "which site?") before connecting a service. */
export function ConnectDialog(props: ConnectDialogProps) {
  const styles = useStyles();
  const { serviceLabel, open, onDismiss } = props;
  return (
    <DismissibleDialog open={open} onDismiss={onDismiss} surfaceClassName={styles.surface}>
      <DialogBody>
        <DialogTitle>Connect {serviceLabel}</DialogTitle>
        {/* Its own component so the typed URL starts fresh each time the dialog opens. */}
        <ConnectChoices {...props} />
      </DialogBody>
    </DismissibleDialog>
  );
}

function ConnectChoices({
  needsSiteUrl,
  cloud,
  accounts,
  initialSiteUrl,
  onUseAccount,
  onSignIn,
  onDismiss,
}: ConnectDialogProps) {
  const styles = useStyles();
  const [url, setUrl] = useState(initialSiteUrl ?? '');
  const [pendingId, setPendingId] = useState<string>();
  const check = useSiteUrlCheck(needsSiteUrl ? url : '', cloud);
  const describedBy = useId();

  const siteUrl = check.state === 'valid' ? check.target.siteUrl : undefined;
  const blocked = (needsSiteUrl && siteUrl === undefined) || pendingId !== undefined;

  const use = async (connectionId: string) => {
    setPendingId(connectionId);
    await onUseAccount(connectionId, siteUrl);
    setPendingId(undefined);
  };

  return (
    <>
      <DialogContent className={styles.content}>
        {needsSiteUrl && <SharePointUrlField value={url} check={check} onChange={setUrl} />}
        {accounts.length > 0 && (
          <>
            <Text>Use an account that is already signed in, without a new sign-in:</Text>
            <ul className={styles.accounts}>
              {accounts.map((account) => (
                <li key={account.id}>
                  {/* Named by the person alone; the address and connection name describe it. */}
                  <CompoundButton
                    className={styles.account}
                    icon={pendingId === account.id ? <Spinner size="tiny" /> : <PersonRegular />}
                    aria-label={`Use ${account.displayName}`}
                    aria-describedby={`${describedBy}-${account.id}`}
                    secondaryContent={{
                      id: `${describedBy}-${account.id}`,
                      children: `${account.username} · ${account.name}`,
                    }}
                    disabledFocusable={blocked}
                    onClick={() => void use(account.id)}
                  >
                    Use {account.displayName}
                  </CompoundButton>
                </li>
              ))}
            </ul>
          </>
        )}
        {accounts.length === 0 && (
          <Text>
            You sign in with a device code in your browser; M365 Desk never sees your password.
          </Text>
        )}
      </DialogContent>
      <DialogActions>
        <Button
          className={styles.nowrap}
          appearance={accounts.length > 0 ? 'secondary' : 'primary'}
          icon={<PersonAddRegular />}
          disabledFocusable={blocked}
          onClick={() => onSignIn(siteUrl)}
        >
          {accounts.length > 0 ? 'Sign in with another account' : 'Sign in'}
        </Button>
        <Button onClick={onDismiss}>Cancel</Button>
      </DialogActions>
    </>
  );
}
