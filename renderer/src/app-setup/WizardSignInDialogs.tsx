import { DeviceCodeDialog, SignInPendingDialog } from '../sign-in';
import { signInOrder } from './app-setup-choices';
import { useWizard } from './wizard-context';

/**
 * The code and "finish signing in" dialogs of the wizard's two sign-ins: its own setup sign-in
 * (to Entra) and the one that verifies the new app (for the first chosen service).
 */
export function WizardSignInDialogs() {
  const { setup, verification, services, labelOf } = useWizard();
  const verifyLabel = labelOf(
    signInOrder(services.map((choice) => choice.serviceId))[0] ?? 'graph',
  );
  const { deviceCode, interactive } = verification.signIn;
  return (
    <>
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
        flow={deviceCode.flow}
        onCancel={deviceCode.cancel}
        onRenew={() => void deviceCode.renew()}
      />
      <SignInPendingDialog
        serviceLabel={verifyLabel}
        purpose="This signs you in through the new app, to verify it."
        flow={interactive.flow}
        onCancel={interactive.cancel}
      />
    </>
  );
}
