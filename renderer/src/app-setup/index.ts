// What the app uses of the wizard (it is opened through app/open-app-setup.ts).
export { AppSetupHost } from './AppSetupHost';
