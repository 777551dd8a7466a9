import { DialogBody, DialogTitle, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import type { Account, CloudId } from '../../../preload/contract';
import type { SignInChoice, SignInPrefill, SignInSubject, StartOutcome } from './sign-in-choice';
import { DismissibleDialog } from '../ui/DismissibleDialog';
import { NewSignInForm } from './NewSignInForm';
import { SignedInAccountsChoice } from './SignedInAccountsChoice';

const useStyles = makeStyles({
  surface: { maxWidth: '580px' },
});

/** Opens the connect dialog; the dashboard holds it, since an account may ask for it too. */
export interface ConnectRequest {
  /** Set when an account signs in again: straight to the sign-in form, filled in. */
  prefill?: SignInPrefill;
}

export interface ConnectDialogProps {
  /** A service's panel ({@link subjectOfPanel}), or every service at once (Connect all). */
  subject: SignInSubject;
  /** The cloud the dashboard works in; the accounts listed are from it. */
  cloud: CloudId;
  /** Accounts already signed in, in this cloud. */
  accounts: Account[];
  /** The site the service used last, to start from. */
  initialSiteUrl: string | undefined;
  /** Open while there is one. */
  request: ConnectRequest | undefined;
  onUseAccount: (connectionId: string, siteUrl: string | undefined) => Promise<void>;
  onSignIn: (choice: SignInChoice) => Promise<StartOutcome>;
  /** The sign-in went on elsewhere (code dialog, window, browser) or is done. */
  onStarted: () => void;
  /** Closed by the person: Cancel, Escape or the backdrop. */
  onDismiss: () => void;
}

/**
 * "Which account?" (and, for SharePoint, "which site?") before connecting a service, or all of
 * them: one that is signed in already, or a new sign-in with the cloud, method and app the
 * person picks.
 */
export function ConnectDialog(props: ConnectDialogProps) {
  const styles = useStyles();
  const { subject, request, onDismiss } = props;
  return (
    <DismissibleDialog
      open={request !== undefined}
      onDismiss={onDismiss}
      surfaceClassName={styles.surface}
    >
      <DialogBody>
        <DialogTitle>Connect {subject.label}</DialogTitle>
        {/* Its own component so what was typed starts fresh each time the dialog opens. */}
        <ConnectChoices {...props} />
      </DialogBody>
    </DismissibleDialog>
  );
}

function ConnectChoices(props: ConnectDialogProps) {
  const { subject, accounts } = props;
  const prefill = props.request?.prefill;
  const [url, setUrl] = useState(props.initialSiteUrl ?? '');
  const [view, setView] = useState<'accounts' | 'new'>(
    prefill || accounts.length === 0 ? 'new' : 'accounts',
  );

  if (view === 'accounts') {
    return (
      <SignedInAccountsChoice
        needsSiteUrl={subject.sharePointUrl}
        intro={subject.intro}
        cloud={props.cloud}
        accounts={accounts}
        url={url}
        onUrlChange={setUrl}
        onUseAccount={props.onUseAccount}
        onSignInWithAnother={() => setView('new')}
        onDismiss={props.onDismiss}
      />
    );
  }
  return (
    <NewSignInForm
      subject={subject}
      defaultCloud={props.cloud}
      prefill={prefill}
      url={url}
      onUrlChange={setUrl}
      onBack={accounts.length > 0 && !prefill ? () => setView('accounts') : undefined}
      onSignIn={props.onSignIn}
      onStarted={props.onStarted}
      onDismiss={props.onDismiss}
    />
  );
}
