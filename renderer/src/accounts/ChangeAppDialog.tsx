import {
  Button,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { Account, Problem } from '../../../preload/contract';
import { useCommand } from '../bridge/use-command';
import { appFieldOf } from '../sign-in/sign-in-choice';
import { AppRegistrationFields } from '../sign-in/fields/AppRegistrationFields';
import { DismissibleDialog } from '../ui/DismissibleDialog';
import { ProblemBar } from '../ui/ProblemBar';

const useStyles = makeStyles({
  form: { display: 'contents' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

interface ChangeAppDialogProps {
  account: Account;
  open: boolean;
  onChangeApp: (clientId: string, tenant: string | undefined) => Promise<Problem | undefined>;
  onDismiss: () => void;
}

/** Points an account at another app registration (and, optionally, another tenant). */
export function ChangeAppDialog({ account, open, onChangeApp, onDismiss }: ChangeAppDialogProps) {
  return (
    <DismissibleDialog open={open} onDismiss={onDismiss}>
      {/* Mounted per opening, so the fields start empty each time. */}
      <ChangeAppForm account={account} onChangeApp={onChangeApp} onDismiss={onDismiss} />
    </DismissibleDialog>
  );
}

function ChangeAppForm({ account, onChangeApp, onDismiss }: Omit<ChangeAppDialogProps, 'open'>) {
  const styles = useStyles();
  const [clientId, setClientId] = useState('');
  const [tenant, setTenant] = useState('');
  const change = useCommand(onChangeApp, { keepProblemWhileRunning: true });
  const { problem, dismiss } = change;
  const saving = change.running;
  const empty = clientId.trim() === '';
  const currentTenant = account.tenantDomain ?? account.tenantId;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (empty || saving) return;
    if (await change.run(clientId.trim(), tenant.trim() || undefined)) onDismiss();
  };

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)}>
      <DialogBody>
        <DialogTitle>Change app registration</DialogTitle>
        <DialogContent className={styles.content}>
          <Text>
            {account.name} signs in through the app {account.clientId}. Its sign-in (the refresh
            token) belongs to that app, so after the change it needs a new sign-in through the new
            one. It keeps its name and the services that use it.
          </Text>
          <AppRegistrationFields
            clientId={clientId}
            tenant={tenant}
            onClientIdChange={(value) => {
              setClientId(value);
              dismiss();
            }}
            onTenantChange={(value) => {
              setTenant(value);
              dismiss();
            }}
            clientIdHint="From the app registration’s Overview page in the Entra admin center."
            tenantHint={`Optional. Leave empty to keep ${currentTenant}.`}
            tenantPlaceholder={`Keep ${currentTenant}`}
            problem={appFieldOf(problem) ? problem : undefined}
          />
          {problem && !appFieldOf(problem) && <ProblemBar problem={problem} onDismiss={dismiss} />}
        </DialogContent>
        <DialogActions>
          <Button type="submit" appearance="primary" disabledFocusable={empty || saving}>
            Change app
          </Button>
          <Button onClick={onDismiss}>Cancel</Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
