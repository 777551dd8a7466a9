// What other features use of consent; the rest of this folder is its own.
export { ConsentDialog } from './ConsentDialog';
export { AdminConsentUrl } from './AdminConsentUrl';
export { PermissionList } from './PermissionList';
