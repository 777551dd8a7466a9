// Imported first by main.tsx, for this one effect: the first screen's reads leave before the
// modules of React and Fluent UI are evaluated and long before the first render.
import { askStartupReads } from '../bridge/startup-reads';

askStartupReads();
