import { Field, Input } from '@fluentui/react-components';
import { GlobeRegular } from '@fluentui/react-icons';
import type { SiteUrlCheck } from '../use-site-url-check';

interface SharePointUrlFieldProps {
  value: string;
  check: SiteUrlCheck;
  onChange: (value: string) => void;
}

/** What the typed URL points at, in the words of the SharePoint admin. */
function describe(check: SiteUrlCheck): { state: 'none' | 'error' | 'success'; message?: string } {
  switch (check.state) {
    case 'empty':
      return { state: 'none', message: 'Your tenant, its admin center or one site.' };
    case 'checking':
      return { state: 'none', message: 'Checking…' };
    case 'invalid':
      return { state: 'error', message: check.message };
    case 'valid': {
      const { tenantName, isAdmin } = check.target;
      return {
        state: 'success',
        message: `Tenant: ${tenantName} · ${isAdmin ? 'Admin center' : 'Site'}`,
      };
    }
  }
}

/** The SharePoint address a connection is for, checked by the core while it is typed. */
export function SharePointUrlField({ value, check, onChange }: SharePointUrlFieldProps) {
  const { state, message } = describe(check);
  return (
    <Field label="SharePoint URL" required validationState={state} validationMessage={message}>
      <Input
        type="url"
        value={value}
        placeholder="https://contoso.sharepoint.com"
        contentBefore={<GlobeRegular aria-hidden />}
        onChange={(_, data) => onChange(data.value)}
        spellCheck={false}
        autoComplete="off"
      />
    </Field>
  );
}
