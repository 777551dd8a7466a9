import {
  Button,
  Caption1,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { LinkRegular, PersonSwapRegular } from '@fluentui/react-icons';
import type { Account } from '../../../preload/contract';
import { BusyIcon } from '../ui/BusyIcon';

const useStyles = makeStyles({
  line: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
  via: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  who: { color: tokens.colorNeutralForeground3 },
  switch: { minWidth: 0, paddingInline: tokens.spacingHorizontalXS },
});

interface ViaAccountProps {
  accountName: string;
  /** Other signed-in accounts; "Switch account" shows only when there are some. */
  switchTargets: Account[];
  switching: boolean;
  disabled: boolean;
  onSwitch: (connectionId: string) => void;
}

/** Which account (named connection) a service uses, with the way to move it to another one. */
export function ViaAccount(props: ViaAccountProps) {
  const styles = useStyles();
  const { accountName, switchTargets, switching } = props;
  return (
    <div className={styles.line}>
      <Caption1 className={styles.via}>
        <LinkRegular aria-hidden />
        via {accountName}
      </Caption1>
      {switchTargets.length > 0 && (
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button
              className={styles.switch}
              appearance="transparent"
              size="small"
              icon={switching ? <BusyIcon size="extra-tiny" /> : <PersonSwapRegular />}
              disabledFocusable={props.disabled}
            >
              Switch account
            </Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {switchTargets.map((target) => (
                <MenuItem key={target.id} onClick={() => props.onSwitch(target.id)}>
                  {target.name}
                  {/* The name says the person and the app already; the address tells two apart. */}
                  <Caption1 block className={styles.who}>
                    {target.username}
                  </Caption1>
                </MenuItem>
              ))}
            </MenuList>
          </MenuPopover>
        </Menu>
      )}
    </div>
  );
}
