// First, so the first screen's reads are on their way while everything else loads and renders.
import './ask-startup-reads';
import { startupReadsAnswered } from '../bridge/startup-reads';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

/** Longer than the core takes to answer from memory; short enough that a slow one still shows spinners. */
const STARTUP_WAIT_LIMIT_MS = 250;

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// Rendering with the answers saves a frame of spinners and the work of replacing it.
await startupReadsAnswered(STARTUP_WAIT_LIMIT_MS);
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
