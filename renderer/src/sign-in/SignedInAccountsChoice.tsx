import {
  Button,
  CompoundButton,
  DialogActions,
  DialogContent,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { PersonAddRegular, PersonRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { Account, CloudId } from '../../../preload/contract';
import { useSiteUrlCheck } from './use-site-url-check';
import { SharePointUrlField } from './fields/SharePointUrlField';

const useStyles = makeStyles({
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

interface SignedInAccountsChoiceProps {
  needsSiteUrl: boolean;
  cloud: CloudId;
  accounts: Account[];
  url: string;
  onUrlChange: (url: string) => void;
  onUseAccount: (connectionId: string, siteUrl: string | undefined) => Promise<void>;
  /** Shows the new sign-in form instead. */
  onSignInWithAnother: () => void;
  onDismiss: () => void;
}

/** The accounts already signed in, each one click away from connecting the service. */
export function SignedInAccountsChoice(props: SignedInAccountsChoiceProps) {
  const styles = useStyles();
  const { needsSiteUrl, accounts } = props;
  const [pendingId, setPendingId] = useState<string>();
  const check = useSiteUrlCheck(needsSiteUrl ? props.url : '', props.cloud);
  const describedBy = useId();

  const siteUrl = check.state === 'valid' ? check.target.siteUrl : undefined;
  const blocked = (needsSiteUrl && siteUrl === undefined) || pendingId !== undefined;

  const use = async (connectionId: string) => {
    setPendingId(connectionId);
    await props.onUseAccount(connectionId, siteUrl);
    setPendingId(undefined);
  };

  return (
    <>
      <DialogContent className={styles.content}>
        {needsSiteUrl && (
          <SharePointUrlField value={props.url} check={check} onChange={props.onUrlChange} />
        )}
        <Text>Use an account that is already signed in, without a new sign-in:</Text>
        <ul className={styles.accounts}>
          {accounts.map((account) => (
            <li key={account.id}>
              {/* Named as the connection is (person and app): one person may have two. */}
              <CompoundButton
                className={styles.account}
                icon={pendingId === account.id ? <Spinner size="tiny" /> : <PersonRegular />}
                aria-label={`Use ${account.name}`}
                aria-describedby={`${describedBy}-${account.id}`}
                secondaryContent={{
                  id: `${describedBy}-${account.id}`,
                  children: account.username,
                }}
                disabledFocusable={blocked}
                onClick={() => void use(account.id)}
              >
                Use {account.name}
              </CompoundButton>
            </li>
          ))}
        </ul>
      </DialogContent>
      <DialogActions>
        <Button
          className={styles.nowrap}
          icon={<PersonAddRegular />}
          disabledFocusable={pendingId !== undefined}
          onClick={props.onSignInWithAnother}
        >
          Sign in with another account
        </Button>
        <Button onClick={props.onDismiss}>Cancel</Button>
      </DialogActions>
    </>
  );
}
