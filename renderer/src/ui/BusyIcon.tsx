import { Spinner, type SpinnerProps } from '@fluentui/react-components';

/**
 * A spinner in a button's icon slot while its action runs. It is decoration: the button's own
 * words name the action, so the spinner is hidden from assistive technology; a bare Fluent
 * Spinner is a progressbar with no name, which axe reports as serious (aria-progressbar-name).
 */
export function BusyIcon({ size = 'tiny' }: { size?: SpinnerProps['size'] }) {
  return <Spinner size={size} aria-hidden />;
}
