import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  url: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    userSelect: 'all',
  },
});

/** An admin consent link shown whole, to read or select (copying is a button beside it). */
export function AdminConsentUrl({ url }: { url: string }) {
  return <span className={useStyles().url}>{url}</span>;
}
