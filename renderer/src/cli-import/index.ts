// What other features use of the CLI import; the rest of this folder is its own.
export { CliImportDialog } from './lazy-dialogs';
