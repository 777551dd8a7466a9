// What other features use of consent; the rest of this folder is its own.
export { ConsentDialog } from './lazy-dialogs';
export { AdminConsentUrl } from './AdminConsentUrl';
export { PermissionList } from './PermissionList';
export { PreviewWho } from './PermissionReach';
export { usePermissionPreview } from './use-permission-preview';
