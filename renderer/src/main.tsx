import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { captureLaunchToken } from './api/token.js';
import { App } from './app/App.js';
import './styles.css';

captureLaunchToken();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
