import {
  Button,
  Field,
  Input,
  Spinner,
  Text,
  makeStyles,
  useRestoreFocusTarget,
  tokens,
} from '@fluentui/react-components';
import { PersonArrowRightRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import type { CloudId, SignInMethodId } from '../../../../preload/contract';
import type { SetupSignInMethod } from '../use-setup-session';
import { useClouds, useSignInMethods } from '../../app/app-info';
import { useWizard } from '../wizard-context';
import { CloudField, SignInMethodField, SignInProblemBar } from '../../sign-in';
import { SetupSessionCard } from './SetupSessionCard';
import { useWizardStyles } from '../wizard-styles';
import { BusyIcon } from '../../ui/BusyIcon';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  grow: { flexGrow: 1, flexBasis: '240px' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

interface SetupSignInProps {
  /** Why this sign-in is needed here, e.g. "to create the app registration". */
  purpose: string;
}

/**
 * The wizard's own sign-in (through Microsoft's first-party Azure CLI app, which exists in
 * every tenant), or who it is signed in as. Never app-only: an app cannot create itself.
 */
export function SetupSignIn({ purpose }: SetupSignInProps) {
  // The cloud to start from; `creating`: signing out now would break what runs as the person.
  const { setup, cloud, dispatch, creating } = useWizard();
  const clouds = useClouds();
  const onCloudChange = (chosen: CloudId) => dispatch({ type: 'set-cloud', cloud: chosen });
  const styles = useStyles();
  const shared = useWizardStyles();
  // Until the core lists its methods (or if it cannot), device code, which every host can do.
  const methods = useSignInMethods().filter((method) => method.id !== 'app-only');
  const [method, setMethod] = useState<SignInMethodId>(
    () => methods.find((entry) => entry.available)?.id ?? 'device-code',
  );
  const [tenant, setTenant] = useState('');
  // The code and "finish signing in" dialogs have no trigger: give focus back here after them.
  const restoreFocus = useRestoreFocusTarget();
  const [signedInHere, setSignedInHere] = useState(false);

  if (setup.session) {
    return (
      <SetupSessionCard
        session={setup.session}
        cloudLabel={clouds.find((entry) => entry.id === setup.session?.cloud)?.label}
        signOutDisabled={creating}
        takeFocus={signedInHere}
        onSignOut={() => void setup.signOut()}
      />
    );
  }
  if (setup.loading) return <Spinner size="small" label="Checking whether you are signed in…" />;

  const start = (chosen: SetupSignInMethod) => {
    const trimmed = tenant.trim();
    setSignedInHere(true);
    setup.signIn({ cloud, method: chosen, ...(trimmed ? { tenant: trimmed } : {}) });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!setup.signingIn && method !== 'app-only') start(method);
  };
  // Conditional Access blocked device code: the same sign-in in the browser, at once.
  const useBrowser = () => {
    setMethod('system-browser');
    start('system-browser');
  };

  return (
    <form className={shared.card} aria-label="Sign in for setup" noValidate onSubmit={submit}>
      <h3 className={shared.heading}>Sign in {purpose}</h3>
      <Text className={shared.muted}>
        Sign in with your work account. M365 Desk uses Microsoft’s own Azure CLI app, which every
        tenant has, only for this setup; your connections never use it.
      </Text>
      <div className={styles.row}>
        {clouds.length > 0 && (
          <div className={styles.grow}>
            <CloudField clouds={clouds} value={cloud} onChange={onCloudChange} />
          </div>
        )}
        <Field
          className={styles.grow}
          label="Tenant (optional)"
          hint="Leave empty to use the tenant your account belongs to."
        >
          <Input
            value={tenant}
            placeholder="contoso.onmicrosoft.com or the tenant ID"
            spellCheck={false}
            autoComplete="off"
            onChange={(_, data) => setTenant(data.value)}
          />
        </Field>
      </div>
      <SignInMethodField
        methods={methods}
        value={method}
        onChange={setMethod}
        appOnlyNote={undefined}
      />
      {setup.problem && (
        <SignInProblemBar
          problem={setup.problem}
          onDismiss={setup.dismissProblem}
          onUseBrowser={method === 'device-code' ? useBrowser : undefined}
        />
      )}
      <div className={styles.actions}>
        <Button
          {...restoreFocus}
          type="submit"
          appearance="primary"
          icon={setup.signingIn ? <BusyIcon /> : <PersonArrowRightRegular />}
          disabledFocusable={setup.signingIn}
        >
          Sign in
        </Button>
      </div>
    </form>
  );
}
