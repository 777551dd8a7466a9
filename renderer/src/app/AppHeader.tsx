import { Badge, Button, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import {
  AppsAddInRegular,
  CloudRegular,
  WeatherMoonRegular,
  WeatherSunnyRegular,
} from '@fluentui/react-icons';
import iconUrl from '../../../assets/icon.svg';
import type { ThemeMode } from '../settings';
import { useOpenAppSetup } from './open-app-setup';
import { useAppInfo } from './app-info';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    height: '48px',
    paddingInline: tokens.spacingHorizontalL,
    flexShrink: 0,
  },
  // Like the Microsoft 365 suite header: brand blue in light, near-black in dark.
  light: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  dark: {
    backgroundColor: tokens.colorNeutralBackground4,
    color: tokens.colorNeutralForeground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  logo: {
    width: '28px',
    height: '28px',
    display: 'block',
    // The icon is blue too; a faint ring keeps it from melting into the light header.
    borderRadius: '7px',
    boxShadow: '0 0 0 1px rgba(255, 255, 255, 0.5)',
  },
  name: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  spacer: { flexGrow: 1 },
  // A tint badge is pale blue, which disappears on the blue bar; a darker patch of the bar with
  // a white ring keeps its white text at 8:1 (a lighter one was 3.97:1, under WCAG's 4.5:1).
  onBrand: {
    backgroundColor: 'rgba(0, 0, 0, 0.24)',
    color: tokens.colorNeutralForegroundOnBrand,
    border: '1px solid rgba(255, 255, 255, 0.32)',
  },
  headerButton: {
    color: 'inherit',
    // Darker, not lighter, under the pointer: white text on a lighter blue fell to 4.28:1.
    ':hover': { color: 'inherit', backgroundColor: 'rgba(0, 0, 0, 0.16)' },
    ':hover:active': { color: 'inherit', backgroundColor: 'rgba(0, 0, 0, 0.24)' },
  },
});

interface AppHeaderProps {
  mode: ThemeMode;
  onModeChange: (mode: ThemeMode) => void;
}

export function AppHeader({ mode, onModeChange }: AppHeaderProps) {
  const styles = useStyles();
  const info = useAppInfo();
  const cloud = info?.clouds.find((option) => option.id === info.defaultCloud);
  const dark = mode === 'dark';
  const openAppSetup = useOpenAppSetup();

  return (
    <header className={`${styles.bar} ${dark ? styles.dark : styles.light}`}>
      <img src={iconUrl} alt="" className={styles.logo} />
      <span className={styles.name}>M365 Desk</span>
      {cloud && (
        <Badge
          appearance="tint"
          color="brand"
          shape="rounded"
          className={dark ? undefined : styles.onBrand}
          icon={<CloudRegular />}
          aria-label={`Environment: ${cloud.label}`}
          data-cloud={cloud.id}
        >
          {cloud.label}
        </Badge>
      )}
      <div className={styles.spacer} />
      {openAppSetup && (
        <Button
          appearance="transparent"
          className={styles.headerButton}
          icon={<AppsAddInRegular />}
          onClick={() => openAppSetup()}
        >
          Set up app
        </Button>
      )}
      <Tooltip
        content={dark ? 'Switch to light theme' : 'Switch to dark theme'}
        relationship="description"
      >
        <Button
          appearance="transparent"
          className={styles.headerButton}
          icon={dark ? <WeatherSunnyRegular /> : <WeatherMoonRegular />}
          aria-label="Dark theme"
          aria-pressed={dark}
          onClick={() => onModeChange(dark ? 'light' : 'dark')}
        />
      </Tooltip>
    </header>
  );
}
