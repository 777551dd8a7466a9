// What other features use of accounts; the rest of this folder is its own.
export { AccountsSection } from './AccountsSection';
export { useAccounts, type Accounts } from './use-accounts';
