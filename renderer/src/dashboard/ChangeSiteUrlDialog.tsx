import { Text } from '@fluentui/react-components';
import type { CloudId, Problem } from '../../../preload/contract';
import { SharePointUrlField, useSiteUrlCheck } from '../sign-in';
import { FormDialog } from '../ui/FormDialog';
import { ProblemBar } from '../ui/ProblemBar';

interface ChangeSiteUrlDialogProps {
  open: boolean;
  serviceLabel: string;
  /** The URL the service tried, to start from. */
  triedUrl: string;
  accountName: string | undefined;
  cloud: CloudId;
  /** Points the service at the URL with the same account; answers the core's refusal, if any. */
  onChange: (siteUrl: string) => Promise<Problem | undefined>;
  onDismiss: () => void;
}

/** Another SharePoint address for the same account, without a new sign-in. */
export function ChangeSiteUrlDialog(props: ChangeSiteUrlDialogProps) {
  return (
    <FormDialog
      open={props.open}
      onDismiss={props.onDismiss}
      title={<>Change the {props.serviceLabel} URL</>}
      initial={{ url: props.triedUrl }}
      submitLabel="Use this URL"
      ready={({ url }) => url.trim() !== '' && url.trim() !== props.triedUrl}
      onSubmit={({ url }) => props.onChange(url.trim())}
    >
      {({ values, change, problem, dismissProblem }) => (
        <>
          <Text>
            {props.accountName ? `${props.accountName} stays signed in. ` : ''}
            {props.serviceLabel} tried {props.triedUrl}.
          </Text>
          <UrlField
            value={values.url}
            cloud={props.cloud}
            onChange={(url) => {
              change({ url });
              dismissProblem();
            }}
          />
          {problem && <ProblemBar problem={problem} onDismiss={dismissProblem} />}
        </>
      )}
    </FormDialog>
  );
}

/** The field, checked by the core as it is typed (a component of its own for the hook). */
function UrlField(props: { value: string; cloud: CloudId; onChange: (url: string) => void }) {
  const check = useSiteUrlCheck(props.value, props.cloud);
  return (
    <SharePointUrlField
      value={props.value}
      check={check}
      onChange={props.onChange}
      emptyMeans="replacement"
    />
  );
}
