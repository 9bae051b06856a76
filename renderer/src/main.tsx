import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { captureLaunchToken } from './api/token.js';
import { App } from './app/App.js';
import { ConfirmProvider } from './ui/confirm.js';
import { FlashProvider } from './ui/flash.js';
import { keepFocusOnBusyButtons } from './ui/focus.js';
import './styles.css';

captureLaunchToken();
keepFocusOnBusyButtons();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <FlashProvider>
      <ConfirmProvider>
        <App />
      </ConfirmProvider>
    </FlashProvider>
  </StrictMode>,
);
