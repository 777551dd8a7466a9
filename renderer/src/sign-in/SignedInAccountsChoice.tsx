import {
  Button,
  CompoundButton,
  DialogActions,
  DialogContent,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { PersonAddRegular, PersonRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import type { Account, CloudId } from '../../../preload/contract';
import { useSiteDiscovery } from './use-site-discovery';
import { useSiteUrlCheck } from './use-site-url-check';
import { DiscoveredSite } from './fields/DiscoveredSite';
import { SharePointUrlField } from './fields/SharePointUrlField';
import { BusyIcon } from '../ui/BusyIcon';

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
  /** What using an account does here, said first (Connect all). */
  intro: string | undefined;
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
  const discovery = useSiteDiscovery(needsSiteUrl, accounts);
  const { url, onUrlChange } = props;

  // Found through Graph: filled in, unless the person typed (or the service had) a site already.
  const foundRoot = discovery.state === 'found' ? discovery.target.rootUrl : undefined;
  const filled = useRef(false);
  useEffect(() => {
    // Once, when the answer arrives: emptied afterwards, the field stays empty.
    if (!foundRoot || filled.current) return;
    filled.current = true;
    if (url.trim() === '') onUrlChange(foundRoot);
  }, [foundRoot, url, onUrlChange]);

  const siteUrl = check.state === 'valid' ? check.target.siteUrl : undefined;
  // Left empty, the core finds the root site of the account's tenant (unless Graph could not).
  const emptyWorks = check.state === 'empty' && discovery.state !== 'not-found';
  const blocked = (needsSiteUrl && siteUrl === undefined && !emptyWorks) || pendingId !== undefined;

  const use = async (connectionId: string) => {
    setPendingId(connectionId);
    await props.onUseAccount(connectionId, siteUrl);
    setPendingId(undefined);
  };

  return (
    <>
      <DialogContent className={styles.content}>
        {needsSiteUrl && (
          <SharePointUrlField
            value={url}
            check={check}
            onChange={onUrlChange}
            emptyMeans={discovery.state === 'not-found' ? 'required' : 'root-of-each-account'}
            hint={<DiscoveredSite discovery={discovery} url={url} onUse={onUrlChange} />}
          />
        )}
        {props.intro && <Text>{props.intro}</Text>}
        <Text>Use an account that is already signed in, without a new sign-in:</Text>
        <ul className={styles.accounts}>
          {accounts.map((account) => (
            <li key={account.id}>
              {/* Named as the connection is (person and app): one person may have two. */}
              <CompoundButton
                className={styles.account}
                icon={pendingId === account.id ? <BusyIcon /> : <PersonRegular />}
                // Named by what it shows ("Use Adele Vance · app, adele@…"): a shorter
                // aria-label would leave the visible username out of it (WCAG 2.5.3).
                secondaryContent={account.username}
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
