// What other features use of sign-in; the rest of this folder is its own.
export { ConnectDialog, DeviceCodeDialog, SignInPendingDialog } from './lazy-dialogs';
export type { ConnectRequest } from './ConnectDialog';
export { SignInProblemBar } from './SignInProblemBar';
export { AccessRequestButton } from './AccessRequestButton';
export { useSignIn, type SignIn } from './use-sign-in';
export { SharedSignInsProvider, useShareSignIn, useSharedSignIn } from './shared-sign-ins';
export type { SignInFlow } from './use-device-code';
export type { InteractiveFlow } from './use-interactive-sign-in';
export { useSignInDefaults } from './use-sign-in-defaults';
export {
  appFieldOf,
  prefillFor,
  subjectOfPanel,
  type SignInPrefill,
  type SignInRequest,
  type SignInSubject,
} from './sign-in-choice';
export { AppRegistrationFields } from './fields/AppRegistrationFields';
export { CloudField } from './fields/CloudField';
export { SharePointUrlField } from './fields/SharePointUrlField';
export { useSiteUrlCheck } from './use-site-url-check';
export { SignInMethodField } from './fields/SignInMethodField';
