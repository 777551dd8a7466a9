// What the dashboard uses of Connect all; the rest of this folder is its own.
export { ConnectAll } from './ConnectAll';
