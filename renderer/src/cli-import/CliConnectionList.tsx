import { Body1, Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ProblemBar } from '../ui/ProblemBar';
import type { CliConnection, CliScan, ServiceId } from '../../../preload/contract';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  words: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  detail: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  refused: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

const SIGNED_IN: Record<string, string> = {
  deviceCode: 'a person, by device code',
  browser: 'a person, in the browser',
  password: 'a person, with a password',
  secret: 'the app itself, with a client secret',
  certificate: 'the app itself, with a certificate',
};

const IN_FILE: Record<CliConnection['credentialInFile'], string> = {
  none: 'Its file holds its tokens (no secret).',
  secret: 'Its file holds its tokens and the client secret, in plain text.',
  certificate: 'Its file holds its tokens and the certificate with its private key, in plain text.',
  password: 'Its file holds its tokens and a password, in plain text.',
};

interface CliConnectionListProps {
  connections: CliConnection[];
  chosen: ReadonlySet<string>;
  onToggle: (name: string, on: boolean) => void;
  disabled: boolean;
  serviceLabels: Partial<Record<ServiceId, string>>;
}

/** Each connection the CLI keeps: who, which app and tenant, how, and what sits in its file. */
export function CliConnectionList({
  connections,
  chosen,
  onToggle,
  disabled,
  serviceLabels,
}: CliConnectionListProps) {
  const styles = useStyles();
  return (
    <ul aria-label="The CLI’s connections" className={styles.list}>
      {connections.map((c) => (
        <li key={c.name} className={styles.item} data-cli-connection={c.name}>
          <Checkbox
            aria-label={`Import ${c.account}`}
            checked={chosen.has(c.name)}
            disabled={disabled || c.problem !== undefined}
            onChange={(_, data) => onToggle(c.name, data.checked === true)}
          />
          <span className={styles.words}>
            <Text weight="semibold">{c.account || c.name}</Text>
            <Text className={styles.detail}>
              Signed in as {SIGNED_IN[c.authType] ?? c.authType} · app {c.appId} · tenant {c.tenant}{' '}
              · {c.cloud ?? 'unknown cloud'}
            </Text>
            <Text className={styles.detail}>
              {IN_FILE[c.credentialInFile]} Services:{' '}
              {c.services.map((id) => serviceLabels[id] ?? id).join(', ')}.
            </Text>
            {c.problem && (
              <Text className={styles.refused}>
                {c.problem.message} {c.problem.hint}
              </Text>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** What `m365 setup` gave the CLI, and any secret its settings hold (named, never shown). */
export function CliSetup({ setup }: { setup: NonNullable<CliScan['setup']> }) {
  const names = setup.secretSettings;
  return (
    <>
      {(setup.appId || setup.tenant) && (
        <Body1>
          The CLI is set up to sign in with app {setup.appId ?? '(none)'} in tenant{' '}
          {setup.tenant ?? 'common'}.
        </Body1>
      )}
      {names.length > 0 && (
        <ProblemBar
          intent="warning"
          problem={{
            code: 'cli_config_secrets',
            message: `The CLI’s settings also hold ${names.join(', ')} in plain text; an import does not change them.`,
            hint: `Once the CLI no longer needs them: m365 cli config remove --key ${names[0]!}`,
          }}
        />
      )}
    </>
  );
}
