import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AdminConsentUrl } from '../../consent';
import { CopyButton } from '../../ui/CopyButton';

const useStyles = makeStyles({
  link: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

interface AdminConsentLinkBarProps {
  title: string;
  /** What is left and who may grant it, in plain words. */
  text: string;
  url: string;
}

/** Consent left for an administrator: what, and the link to send them, with its copy button. */
export function AdminConsentLinkBar({ title, text, url }: AdminConsentLinkBarProps) {
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody className={styles.link}>
        <MessageBarTitle>{title}</MessageBarTitle>
        <Text>{text}</Text>
        <AdminConsentUrl url={url} />
        <span>
          <CopyButton value={url} what="admin consent link" appearance="secondary">
            Copy admin consent link
          </CopyButton>
        </span>
      </MessageBarBody>
    </MessageBar>
  );
}
