// How the wizard is opened (AppSetupRequest) is app/open-app-setup.ts: other features ask for it.
export type WizardStep = 'explain' | 'choose' | 'create' | 'save';
export type CreatePath = 'auto' | 'manual';
