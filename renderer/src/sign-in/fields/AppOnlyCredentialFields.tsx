import { Field, Input, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import type { AppOnlyDraft, CredentialKind } from '../app-only-draft';
import { PemTextField } from './PemTextField';
import { PfxFileField } from './PfxFileField';

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

const kinds: Array<{ kind: CredentialKind; label: string }> = [
  { kind: 'certificate', label: 'Certificate (PEM)' },
  { kind: 'pfx', label: 'Certificate (PFX)' },
  { kind: 'secret', label: 'Client secret' },
];

interface AppOnlyCredentialFieldsProps {
  draft: AppOnlyDraft;
  /** What this service accepts, e.g. SharePoint's "certificates only". */
  serviceNote: string | undefined;
  onChange: (patch: Partial<AppOnlyDraft>) => void;
}

/**
 * How the app proves who it is: a certificate (PEM or PFX) or a client secret. Each kind keeps
 * what was typed for it, so switching back and forth loses nothing.
 */
export function AppOnlyCredentialFields({
  draft,
  serviceNote,
  onChange,
}: AppOnlyCredentialFieldsProps) {
  const styles = useStyles();
  return (
    <div className={styles.fields}>
      <Field
        label="Credential"
        hint={serviceNote ?? 'Microsoft recommends a certificate over a client secret.'}
      >
        <RadioGroup
          layout="horizontal"
          value={draft.kind}
          onChange={(_, data) => onChange({ kind: data.value as CredentialKind })}
        >
          {kinds.map(({ kind, label }) => (
            <Radio key={kind} value={kind} label={label} />
          ))}
        </RadioGroup>
      </Field>
      {draft.kind === 'secret' && (
        <Field
          label="Secret value"
          hint="From Certificates & secrets: the secret’s Value, not its Secret ID."
        >
          <Input
            type="password"
            value={draft.secret}
            autoComplete="off"
            onChange={(_, data) => onChange({ secret: data.value })}
          />
        </Field>
      )}
      {draft.kind === 'certificate' && (
        <>
          <PemTextField
            label="Certificate"
            fileButton="Load certificate file…"
            value={draft.certificatePem}
            placeholder="-----BEGIN CERTIFICATE-----"
            hint="The public certificate uploaded to the app registration."
            onChange={(certificatePem) => onChange({ certificatePem })}
          />
          <PemTextField
            label="Private key"
            fileButton="Load private key file…"
            value={draft.privateKeyPem}
            placeholder="-----BEGIN PRIVATE KEY-----"
            hint="Shown as dots. Kept encrypted on this computer and never shown again."
            masked
            onChange={(privateKeyPem) => onChange({ privateKeyPem })}
          />
        </>
      )}
      {draft.kind === 'pfx' && (
        <>
          <PfxFileField value={draft.pfx} onChange={(pfx) => onChange({ pfx })} />
          <Field label="PFX password" hint="Leave empty if the file has no password.">
            <Input
              type="password"
              value={draft.pfxPassword}
              autoComplete="off"
              onChange={(_, data) => onChange({ pfxPassword: data.value })}
            />
          </Field>
        </>
      )}
    </div>
  );
}
