import {
  Button,
  Dialog,
  DialogActions,
  DialogSurface,
  DialogTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowLeftRegular,
  ArrowRightRegular,
  DismissRegular,
  CheckmarkRegular,
  PlugConnectedRegular,
} from '@fluentui/react-icons';
import { useLayoutEffect, useRef } from 'react';
import type { AppInfo, AppSetupCatalog, CloudId, ServiceId } from '../../../preload/contract';
import type { Load } from '../bridge/use-command-query';
import type { AppCheckState } from './use-app-check';
import type { AppSetupCreate } from './use-app-setup-create';
import { useAppVerification } from './use-app-verification';
import type { AppSetupWizard } from './use-app-setup-wizard';
import type { SetupSessionState } from './use-setup-session';
import { describeChoices, signInOrder, toServiceChoices } from './app-setup-choices';
import type { WizardStep } from './app-setup-request';
import { ChooseStep } from './steps/ChooseStep';
import { CreateStep } from './steps/CreateStep';
import { DeviceCodeDialog, SignInPendingDialog } from '../sign-in';
import { ExplainStep } from './steps/ExplainStep';
import { ProblemBar } from '../ui/ProblemBar';
import { SaveStep } from './steps/SaveStep';
import { VerifyApp } from './steps/VerifyApp';
import { SetupStepper, wizardSteps } from './SetupStepper';

const useStyles = makeStyles({
  surface: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    width: 'min(1000px, calc(100vw - 48px))',
    maxWidth: 'none',
    height: 'min(900px, calc(100dvh - 48px))',
    boxSizing: 'border-box',
  },
  titleRow: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  content: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: 'auto',
    // Room for focus outlines at the edges of the scrolling area.
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    margin: `0 calc(-1 * ${tokens.spacingHorizontalXS})`,
  },
  actions: { display: 'flex', justifyContent: 'space-between' },
  right: { display: 'flex', gap: tokens.spacingHorizontalS, marginLeft: 'auto' },
});

export interface AppSetupDialogProps {
  info: AppInfo | undefined;
  wizard: AppSetupWizard;
  catalog: Load<AppSetupCatalog>;
  retryCatalog: () => void;
  setup: SetupSessionState;
  create: AppSetupCreate;
  check: AppCheckState;
  /** The cloud the app is set up in. */
  cloud: CloudId;
  onCloud: (cloud: CloudId) => void;
  onSave: () => void;
  onConnectNow: () => void;
}

/** "Set up your app": explain, choose, create (for the person or by hand), save. */
export function AppSetupDialog(props: AppSetupDialogProps) {
  const styles = useStyles();
  const { wizard, catalog, setup, create, check, info, cloud } = props;
  const contentRef = useRef<HTMLDivElement>(null);
  const creating = create.run.phase === 'running';
  const signingIn = setup.signingIn;
  const catalogValue = catalog.state === 'done' ? catalog.value : undefined;
  const services = catalogValue ? toServiceChoices(catalogValue, wizard.selection) : [];
  const servicesText = catalogValue ? describeChoices(catalogValue, services) : '';
  const cloudLabel = info?.clouds.find((entry) => entry.id === cloud)?.label ?? cloud;
  const chosen = services.map((choice) => choice.serviceId);
  // Lives as long as the run: going Back and Next again keeps what was verified.
  const verification = useAppVerification(chosen);
  const verified = verification.verified && verification.clientId === wizard.app?.clientId;
  const labelOf = (serviceId: ServiceId) =>
    catalogValue?.services.find((entry) => entry.serviceId === serviceId)?.label ?? serviceId;
  const app = wizard.app;
  const verifyLabel = labelOf(signInOrder(chosen)[0] ?? 'graph');
  const verify = app && (app.how === 'created') === (wizard.path === 'auto') && (
    <VerifyApp
      info={info}
      cloud={cloud}
      app={app}
      services={chosen}
      labelOf={labelOf}
      verification={verification}
      onCheckApp={
        setup.session
          ? () => {
              wizard.setCheckClientId(app.clientId);
              wizard.setPath('manual');
            }
          : undefined
      }
    />
  );
  const index = wizardSteps.findIndex((step) => step.id === wizard.step);

  // A new step starts at its top, not wherever the last one was scrolled to. (A layout effect,
  // so a step that scrolls itself somewhere on mount, such as "Check my app", still can.)
  useLayoutEffect(() => {
    contentRef.current?.scrollTo({ top: 0 });
  }, [wizard.step]);

  const reachable = (step: WizardStep) => {
    if (creating) return false;
    if (step === 'explain' || step === 'choose') return true;
    if (step === 'create') return services.length > 0;
    return wizard.app !== undefined;
  };
  const next = wizardSteps[index + 1]?.id;
  const previous = wizardSteps[index - 1]?.id;
  // Closing while the app is being created would lose its result.
  const close = () => {
    if (!creating) wizard.close();
  };

  return (
    <Dialog
      open={wizard.open}
      modalType="modal"
      onOpenChange={(_, data) => {
        if (!data.open && data.type === 'escapeKeyDown') close();
      }}
    >
      <DialogSurface className={styles.surface}>
        <div className={styles.titleRow}>
          <DialogTitle>Set up your app</DialogTitle>
          <Button
            appearance="subtle"
            aria-label="Close"
            icon={<DismissRegular />}
            disabledFocusable={creating}
            onClick={close}
          />
        </div>
        <SetupStepper current={wizard.step} reachable={reachable} onGoTo={wizard.goTo} />
        <div ref={contentRef} className={styles.content}>
          {catalog.state === 'failed' && wizard.step !== 'explain' ? (
            <ProblemBar
              problem={catalog.problem}
              action={<Button onClick={props.retryCatalog}>Retry</Button>}
            />
          ) : !catalogValue && wizard.step !== 'explain' ? (
            <Spinner label="Loading the permission catalog…" />
          ) : wizard.step === 'explain' ? (
            <ExplainStep />
          ) : wizard.step === 'choose' && catalogValue ? (
            <ChooseStep
              catalog={catalogValue}
              selection={wizard.selection}
              onToggle={wizard.toggleService}
              onLevel={wizard.setLevel}
              onIncludeApplication={wizard.setIncludeApplication}
            />
          ) : wizard.step === 'create' && catalogValue ? (
            <CreateStep
              info={info}
              catalog={catalogValue}
              selection={wizard.selection}
              services={services}
              servicesText={servicesText}
              path={wizard.path}
              onPath={wizard.setPath}
              cloud={cloud}
              onCloud={props.onCloud}
              setup={setup}
              create={create}
              appName={wizard.appName}
              onAppName={wizard.setAppName}
              grantConsent={wizard.grantConsent ?? setup.session?.canGrantAdminConsent ?? false}
              onGrantConsent={wizard.setGrantConsent}
              onCreated={(result) =>
                wizard.setApp({
                  clientId: result.clientId,
                  tenantId: result.tenantId,
                  displayName: result.displayName,
                  how: 'created',
                })
              }
              checkClientId={wizard.checkClientId}
              onCheckClientId={wizard.setCheckClientId}
              locked={creating}
              onChangeServices={() => wizard.goTo('choose')}
              scrollToCheck={wizard.scrollToCheck}
              onCheckShown={wizard.checkShown}
              checkOnOpen={wizard.checkOnOpen}
              onCheckStarted={wizard.checkStarted}
              check={check}
              verify={verify}
              onReport={(report) => {
                const exists = report.checks.find((entry) => entry.id === 'app-exists');
                const tenantId = setup.session?.tenantId;
                wizard.setApp(
                  exists?.ok !== false && tenantId
                    ? {
                        clientId: report.clientId,
                        tenantId,
                        displayName: report.displayName,
                        how: 'checked',
                      }
                    : undefined,
                );
              }}
            />
          ) : (
            <SaveStep
              app={wizard.app}
              cloud={cloud}
              cloudLabel={cloudLabel}
              saved={wizard.saved}
              saving={wizard.saving}
              problem={wizard.saveProblem}
              onSave={props.onSave}
              onBack={() => wizard.goTo('create')}
              verified={verified}
            />
          )}
        </div>
        <DialogActions className={styles.actions}>
          {previous && (
            <Button
              icon={<ArrowLeftRegular />}
              disabledFocusable={creating || signingIn}
              onClick={() => wizard.goTo(previous)}
            >
              Back
            </Button>
          )}
          <div className={styles.right}>
            {next ? (
              <Button
                appearance="primary"
                icon={<ArrowRightRegular />}
                iconPosition="after"
                disabledFocusable={!reachable(next) || creating}
                onClick={() => wizard.goTo(next)}
              >
                Next
              </Button>
            ) : (
              wizard.saved && (
                <Button
                  appearance="primary"
                  icon={verified ? <CheckmarkRegular /> : <PlugConnectedRegular />}
                  onClick={props.onConnectNow}
                >
                  {verified ? 'Done' : 'Connect services now'}
                </Button>
              )
            )}
          </div>
        </DialogActions>
        {/* Nested, so they sit above the wizard and take the focus while they are open. */}
        <DeviceCodeDialog
          serviceLabel="Microsoft Entra"
          flow={setup.deviceCode}
          onCancel={setup.cancel}
          onRenew={setup.renewCode}
        />
        <SignInPendingDialog
          serviceLabel="Microsoft Entra"
          purpose="This signs you in to set up your app."
          flow={setup.interactive}
          onCancel={setup.cancel}
        />
        <DeviceCodeDialog
          serviceLabel={verifyLabel}
          flow={verification.signIn.deviceCode.flow}
          onCancel={verification.signIn.deviceCode.cancel}
          onRenew={() => void verification.signIn.deviceCode.renew()}
        />
        <SignInPendingDialog
          serviceLabel={verifyLabel}
          purpose="This signs you in through the new app, to verify it."
          flow={verification.signIn.interactive.flow}
          onCancel={verification.signIn.interactive.cancel}
        />
      </DialogSurface>
    </Dialog>
  );
}
