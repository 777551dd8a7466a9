// What the app uses of the dashboard; the rest of this folder is its own.
export { Dashboard } from './Dashboard';
