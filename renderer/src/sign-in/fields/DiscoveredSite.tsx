import { Link, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { SiteDiscovery } from '../use-site-discovery';

const useStyles = makeStyles({
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
  },
});

interface DiscoveredSiteProps {
  discovery: SiteDiscovery;
  /** What the field holds now. */
  url: string;
  onUse: (url: string) => void;
}

/**
 * Under the SharePoint URL: where a filled-in address came from (Microsoft Graph), and the
 * other one found with it, one click away. Nothing when there is nothing to say.
 */
export function DiscoveredSite({ discovery, url, onUse }: DiscoveredSiteProps) {
  const styles = useStyles();
  if (discovery.state === 'finding') {
    return (
      <Spinner
        size="extra-tiny"
        labelPosition="after"
        label="Finding your SharePoint site through Microsoft Graph…"
      />
    );
  }
  if (discovery.state === 'not-found') {
    return (
      <span>Not found through Microsoft Graph ({discovery.problem.message}): enter the URL.</span>
    );
  }
  if (discovery.state !== 'found') return null;
  const { rootUrl, adminUrl } = discovery.target;
  const typed = url.trim().replace(/\/$/, '');
  const choice = (target: string, label: string) =>
    typed === target ? null : (
      <Link as="button" inline onClick={() => onUse(target)}>
        {label} ({target})
      </Link>
    );
  return (
    <span className={styles.line}>
      <span>Found through Microsoft Graph as {discovery.by.displayName}.</span>
      {choice(rootUrl, 'Use the root site')}
      {choice(adminUrl, 'Use the admin center')}
    </span>
  );
}
