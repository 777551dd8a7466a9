import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ServiceId } from '../../../../preload/contract';
import {
  draftOf,
  permissionsFor,
  summarize,
  summaryText,
  type ServiceDraft,
} from '../app-setup-choices';
import { PreviewWho, usePermissionPreview } from '../../consent';
import { useWizard, useWizardCatalog } from '../wizard-context';
import { ServicePermissionChoice } from './ServicePermissionChoice';

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
  summary: { fontWeight: tokens.fontWeightSemibold },
});

/** Step 2: which services the app is for, and how much each may do. */
export function ChooseStep() {
  const styles = useStyles();
  const catalog = useWizardCatalog();
  const { state, dispatch, setup } = useWizard();
  const { selection } = state;
  const chosen = catalog.services.flatMap((service) => {
    const draft = draftOf(selection, service.serviceId);
    return draft.selected ? permissionsFor(service, draft) : [];
  });
  // Weighed against the roles of whoever is signed in for setup: asked again when that changes.
  const session = setup.session;
  const preview = usePermissionPreview(
    { of: 'setup' },
    chosen,
    session ? `${session.username} ${session.roles.join()}` : '',
  );
  const edit = (serviceId: ServiceId, change: Partial<ServiceDraft>) =>
    dispatch({ type: 'edit-service', serviceId, change });
  const summary = summarize(catalog, selection);
  return (
    <div className={styles.step}>
      <Text className={styles.intro}>
        Tick the services you want to manage, and for each how much the app may do:{' '}
        <strong>Minimal</strong> is exactly what M365 Desk needs to connect it,{' '}
        <strong>Standard</strong> adds what everyday admin work reads, <strong>Full</strong> adds
        the broadest access offered here. Each level includes the one before, and each permission
        says what it allows, what it would let you do, and whether an administrator must consent to
        it.
      </Text>
      <Text role="status" className={styles.summary}>
        {summaryText(summary)}
      </Text>
      {preview && summary.services > 0 && (
        <PreviewWho
          preview={preview}
          unknown="Each permission says which role it needs, if any. Once you sign in for setup, this step checks them against your own roles."
        />
      )}
      {summary.services === 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>Choose at least one service to continue.</MessageBarBody>
        </MessageBar>
      )}
      {catalog.services.map((service) => (
        <ServicePermissionChoice
          key={service.serviceId}
          service={service}
          draft={draftOf(selection, service.serviceId)}
          onToggle={(selected) => edit(service.serviceId, { selected })}
          onLevel={(level) => edit(service.serviceId, { level })}
          onIncludeApplication={(includeApplication) =>
            edit(service.serviceId, { includeApplication })
          }
          preview={preview}
        />
      ))}
    </div>
  );
}
