import { Field, Input } from '@fluentui/react-components';
import { GlobeRegular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import type { SiteUrlCheck } from '../use-site-url-check';

/**
 * What an empty field means: it must be filled (app-only: no person to ask Graph as), or the
 * tenant's root site is found through Microsoft Graph (once signed in, or with this account).
 */
export type EmptySiteUrl =
  'required' | 'replacement' | 'root-after-sign-in' | 'root-of-each-account';

const emptyWords: Record<EmptySiteUrl, string> = {
  required: 'App-only needs it: your tenant, its admin center or one site.',
  replacement: 'Enter the right one: your tenant, its admin center or one site.',
  'root-after-sign-in':
    'Leave it empty for your tenant’s root site, found through Microsoft Graph when you sign in; or enter your tenant, its admin center or one site.',
  'root-of-each-account':
    'Leave it empty for the root site of the account’s own tenant, found through Microsoft Graph; or enter your tenant, its admin center or one site.',
};

interface SharePointUrlFieldProps {
  value: string;
  check: SiteUrlCheck;
  onChange: (value: string) => void;
  emptyMeans: EmptySiteUrl;
  /** Where a filled-in URL came from and what else was found, e.g. the admin center. */
  hint?: ReactElement;
}

/** What the typed URL points at, in the words of the SharePoint admin. */
function describe(
  check: SiteUrlCheck,
  emptyMeans: EmptySiteUrl,
): { state: 'none' | 'error' | 'success'; message?: string } {
  switch (check.state) {
    case 'empty':
      return { state: 'none', message: emptyWords[emptyMeans] };
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
export function SharePointUrlField({
  value,
  check,
  onChange,
  emptyMeans,
  hint,
}: SharePointUrlFieldProps) {
  const { state, message } = describe(check, emptyMeans);
  return (
    <Field
      label="SharePoint URL"
      required={emptyMeans === 'required'}
      validationState={state}
      validationMessage={message}
      hint={hint}
    >
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
