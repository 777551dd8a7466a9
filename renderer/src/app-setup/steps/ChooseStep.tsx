import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { AppSetupCatalog, PermissionLevel, ServiceId } from '../../../../preload/contract';
import { draftOf, summarize, summaryText, type SetupSelection } from '../app-setup-choices';
import { ServicePermissionChoice } from './ServicePermissionChoice';

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
  summary: { fontWeight: tokens.fontWeightSemibold },
});

interface ChooseStepProps {
  catalog: AppSetupCatalog;
  selection: SetupSelection;
  onToggle: (serviceId: ServiceId, selected: boolean) => void;
  onLevel: (serviceId: ServiceId, level: PermissionLevel) => void;
  onIncludeApplication: (serviceId: ServiceId, include: boolean) => void;
}

/** Step 2: which services the app is for, and how much each may do. */
export function ChooseStep({ catalog, selection, ...on }: ChooseStepProps) {
  const styles = useStyles();
  const summary = summarize(catalog, selection);
  return (
    <div className={styles.step}>
      <Text className={styles.intro}>
        Tick the services you want to manage, and for each how much the app may do:{' '}
        <strong>Minimal</strong> is exactly what M365 Desk needs to connect it,{' '}
        <strong>Standard</strong> adds what everyday admin work reads, <strong>Full</strong> adds
        the broadest access offered here. Each level includes the one before, and each permission
        says what it allows and whether an administrator must consent to it.
      </Text>
      <Text role="status" className={styles.summary}>
        {summaryText(summary)}
      </Text>
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
          onToggle={(selected) => on.onToggle(service.serviceId, selected)}
          onLevel={(level) => on.onLevel(service.serviceId, level)}
          onIncludeApplication={(include) => on.onIncludeApplication(service.serviceId, include)}
        />
      ))}
    </div>
  );
}
