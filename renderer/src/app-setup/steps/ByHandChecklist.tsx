import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { AppSetupCatalog } from '../../../../preload/contract';
import { permissionGroups, type SetupSelection } from '../app-setup-choices';
import { CopyableValue } from '../../ui/CopyableValue';
import { PermissionList } from '../../consent';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  item: { paddingLeft: tokens.spacingHorizontalXS },
  title: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  values: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  pair: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, minWidth: 0 },
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  groupTitle: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

function Step({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <li className={styles.item}>
      <div className={styles.title}>{title}</div>
      <div className={styles.body}>{children}</div>
    </li>
  );
}

/** Labelled values to type into the portal, each with its copy button. */
function Values({
  rows,
}: {
  rows: Array<{ label: string; value: string; what: string; code?: boolean }>;
}) {
  const styles = useStyles();
  return (
    <dl className={styles.values}>
      {rows.map((row) => (
        <div key={row.label + row.value} className={styles.pair}>
          <dt className={styles.term}>{row.label}</dt>
          <dd className={styles.value}>
            <CopyableValue value={row.value} what={row.what} code={row.code} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

interface ByHandChecklistProps {
  catalog: AppSetupCatalog;
  selection: SetupSelection;
  appName: string;
}

/** "I'll do it by hand": the portal clicks in order, with every value ready to copy. */
export function ByHandChecklist({ catalog, selection, appName }: ByHandChecklistProps) {
  const styles = useStyles();
  const groups = permissionGroups(catalog, selection);
  const needsAdmin = groups.some((group) =>
    group.permissions.some((permission) => permission.adminConsentRequired),
  );
  return (
    <ol className={styles.list} aria-label="Steps in the Entra admin center">
      <Step title="Start a new app registration">
        <Text>
          In the Microsoft Entra admin center (entra.microsoft.com), open Identity › Applications ›{' '}
          <strong>App registrations</strong> and select <strong>New registration</strong>.
        </Text>
      </Step>
      <Step title="Name it and choose who can use it">
        <Values
          rows={[
            { label: 'Name', value: appName, what: 'app name' },
            {
              label: 'Supported account types',
              value: 'Accounts in this organizational directory only',
              what: 'supported account type',
            },
          ]}
        />
      </Step>
      <Step title="Add the redirect URIs">
        <Text>
          Under <strong>Redirect URI</strong> pick the platform below, enter the first URI and
          select <strong>Register</strong>. Then, under <strong>Authentication</strong>, add the
          others to the same platform.
        </Text>
        <Values
          rows={[
            {
              label: 'Platform',
              value: 'Mobile and desktop applications',
              what: 'platform name',
            },
            ...catalog.redirectUris.map((uri, index) => ({
              label: `Redirect URI ${index + 1}`,
              value: uri,
              what: `redirect URI ${uri}`,
              code: true,
            })),
          ]}
        />
      </Step>
      <Step title="Allow public client flows">
        <Text>
          Under <strong>Authentication</strong> › Advanced settings, set this to{' '}
          <strong>Yes</strong> and save. Device code and the sign-in window need it.
        </Text>
        <Values
          rows={[
            { label: 'Setting', value: 'Allow public client flows', what: 'setting name' },
            { label: 'Value', value: 'Yes', what: 'setting value' },
          ]}
        />
      </Step>
      <Step title="Add the API permissions">
        <Text>
          Under <strong>API permissions</strong> select <strong>Add a permission</strong>, pick the
          API, then the type, then tick each permission.
        </Text>
        {groups.length === 0 && (
          <Text className={styles.muted}>Choose services in step 2 to see their permissions.</Text>
        )}
        {groups.map((group) => {
          const type =
            group.type === 'delegated' ? 'Delegated permissions' : 'Application permissions';
          return (
            <section
              key={`${group.resourceAppId}-${group.type}`}
              aria-label={`${group.apiLabel}, ${type}`}
              className={styles.group}
            >
              <div className={styles.groupTitle}>
                <Text weight="semibold">{group.apiLabel}</Text>
                <Badge appearance="outline" shape="rounded">
                  {type}
                </Badge>
              </div>
              <Text size={200} className={styles.muted}>
                For {group.services.join(', ')}. In the portal: {group.apiLabel} (application ID{' '}
                {group.resourceAppId}).
              </Text>
              <PermissionList
                permissions={group.permissions}
                label={`${group.apiLabel} ${type.toLowerCase()}`}
                copyable
              />
            </section>
          );
        })}
      </Step>
      <Step title="Grant admin consent">
        <Text>
          {needsAdmin
            ? 'Still under API permissions, select “Grant admin consent for” your tenant and confirm. If the button is greyed out, you are not an administrator: ask one to do this step.'
            : 'None of these permissions needs an administrator, but granting consent for the tenant now saves everyone the consent prompt.'}
        </Text>
      </Step>
      <Step title="Copy the Application (client) ID">
        <Text>
          On the app’s <strong>Overview</strong> page, copy the Application (client) ID and paste it
          below, then select <strong>Check my app</strong>.
        </Text>
      </Step>
    </ol>
  );
}
