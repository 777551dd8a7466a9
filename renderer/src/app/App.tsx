import {
  FluentProvider,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { AppInfoProvider } from './app-info';
import { AppHeader } from './AppHeader';
import { AppSetupHost } from '../app-setup';
import { Dashboard } from '../dashboard';
import { ProblemBar } from '../ui/ProblemBar';
import { useModalSupport } from '../ui/use-modal-support';
import { StatusBar } from './StatusBar';
import { useCommandQuery } from '../bridge/use-command-query';
import { useDeskEvent } from '../bridge/use-desk-event';
import { useThemePreference } from '../settings';
import { SharedSignInsProvider } from '../sign-in';
import { ToldInDialogProvider } from '../ui/told-in-dialog';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    height: '100%',
    // Admin-center look: neutral page, white cards.
    backgroundColor: tokens.colorNeutralBackground2,
  },
  infoProblem: { margin: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXXL} 0` },
});

export function App() {
  const [mode, setMode] = useThemePreference();
  const [info, reloadInfo] = useCommandQuery('app.info');
  // A notice that came up while the app runs (a save refused, the keystore locked).
  useDeskEvent('app.noticesChanged', () => void reloadInfo());
  const styles = useStyles();
  const appInfo = info.state === 'done' ? info.value : undefined;

  return (
    // No className on the provider: Fluent copies it onto every portal (dialog) mount node,
    // where a full-height layout would cover the page and swallow clicks.
    <FluentProvider theme={mode === 'dark' ? webDarkTheme : webLightTheme}>
      <ModalSupport />
      <AppInfoProvider info={appInfo} reload={reloadInfo}>
        {/* What the wizard, Connect all and the panels tell each other (see each provider). */}
        <SharedSignInsProvider>
          <ToldInDialogProvider>
            <AppSetupHost>
              <div className={styles.root}>
                <AppHeader mode={mode} onModeChange={setMode} />
                {info.state === 'failed' && (
                  <div className={styles.infoProblem}>
                    <ProblemBar problem={info.problem} />
                  </div>
                )}
                <Dashboard />
                <StatusBar />
              </div>
            </AppSetupHost>
          </ToldInDialogProvider>
        </SharedSignInsProvider>
      </AppInfoProvider>
    </FluentProvider>
  );
}

/** Inside the provider, so it shares the dialogs' document (see use-modal-support.ts). */
function ModalSupport() {
  useModalSupport();
  return null;
}
