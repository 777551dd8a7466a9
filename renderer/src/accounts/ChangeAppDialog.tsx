import { Text } from '@fluentui/react-components';
import type { Account, Problem } from '../../../preload/contract';
import { appFieldOf, AppRegistrationFields } from '../sign-in';
import { FormDialog } from '../ui/FormDialog';
import { ProblemBar } from '../ui/ProblemBar';

interface ChangeAppDialogProps {
  account: Account;
  open: boolean;
  onChangeApp: (clientId: string, tenant: string | undefined) => Promise<Problem | undefined>;
  onDismiss: () => void;
}

/** Points an account at another app registration (and, optionally, another tenant). */
export function ChangeAppDialog({ account, open, onChangeApp, onDismiss }: ChangeAppDialogProps) {
  const currentTenant = account.tenantDomain ?? account.tenantId;
  return (
    <FormDialog
      open={open}
      onDismiss={onDismiss}
      title="Change app registration"
      initial={{ clientId: '', tenant: '' }}
      submitLabel="Change app"
      ready={({ clientId }) => clientId.trim() !== ''}
      onSubmit={({ clientId, tenant }) => onChangeApp(clientId.trim(), tenant.trim() || undefined)}
    >
      {({ values, change, problem, dismissProblem }) => (
        <>
          <Text>
            {account.name} signs in through the app {account.clientId}. Its sign-in (the refresh
            token) belongs to that app, so after the change it needs a new sign-in through the new
            one. It keeps its name and the services that use it.
          </Text>
          <AppRegistrationFields
            clientId={values.clientId}
            tenant={values.tenant}
            onClientIdChange={(clientId) => {
              change({ clientId });
              dismissProblem();
            }}
            onTenantChange={(tenant) => {
              change({ tenant });
              dismissProblem();
            }}
            clientIdHint="From the app registration’s Overview page in the Entra admin center."
            tenantHint={`Optional. Leave empty to keep ${currentTenant}.`}
            tenantPlaceholder={`Keep ${currentTenant}`}
            problem={appFieldOf(problem) ? problem : undefined}
          />
          {problem && !appFieldOf(problem) && (
            <ProblemBar problem={problem} onDismiss={dismissProblem} />
          )}
        </>
      )}
    </FormDialog>
  );
}
