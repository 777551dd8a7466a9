import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { Problem } from '../../../../preload/contract';
import { problemText } from '../../ui/problem-text';
import { appFieldOf } from '../sign-in-choice';

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

interface AppRegistrationFieldsProps {
  clientId: string;
  tenant: string;
  onClientIdChange: (value: string) => void;
  onTenantChange: (value: string) => void;
  /** Where each value came from, e.g. "From CLIMICROSOFT365_ENTRAAPPID". */
  clientIdHint: string;
  tenantHint: string;
  tenantPlaceholder?: string;
  /** The core's refusal; shown under the field it is about, if it is about one. */
  problem: Problem | undefined;
}

/** The app registration (client id) and tenant a sign-in goes through. */
export function AppRegistrationFields(props: AppRegistrationFieldsProps) {
  const styles = useStyles();
  const { problem } = props;
  const field = appFieldOf(problem);
  const errorFor = (name: typeof field) =>
    problem && field === name
      ? { validationState: 'error' as const, validationMessage: problemText(problem) }
      : {};

  return (
    <div className={styles.fields}>
      <Field label="Application (client) ID" hint={props.clientIdHint} {...errorFor('clientId')}>
        <Input
          value={props.clientId}
          placeholder="00000000-0000-0000-0000-000000000000"
          spellCheck={false}
          autoComplete="off"
          onChange={(_, data) => props.onClientIdChange(data.value)}
        />
      </Field>
      <Field label="Tenant" hint={props.tenantHint} {...errorFor('tenant')}>
        <Input
          value={props.tenant}
          placeholder={props.tenantPlaceholder ?? 'contoso.onmicrosoft.com or the tenant ID'}
          spellCheck={false}
          autoComplete="off"
          onChange={(_, data) => props.onTenantChange(data.value)}
        />
      </Field>
    </div>
  );
}
