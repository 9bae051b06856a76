import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { projectRoot } from '../app-version.js';
import { bootCore, type Core } from '../boot.js';
import { resolveDataDir } from '../data-dir.js';
import { readStatic } from '../web-host/static-files.js';
import { registerIpc } from './ipc.js';
import { APP_ORIGIN, hardenSession, hardenWebContents } from './security.js';
import { createShellHandlers } from './shell-handlers.js';

// The Electron shell: lifecycle, one window, security, IPC and native dialogs. Everything else
// is plain Node code shared with the web host.

const rendererDir = join(projectRoot(), 'out', 'renderer');
const preloadPath = fileURLToPath(new URL('./preload.cjs', import.meta.url));

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, shell));
  app.on('window-all-closed', () => app.quit());
  // The closing backup is asynchronous: hold the quit until it is written, then quit for real.
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed || !core) return;
    event.preventDefault();
    void core.close().finally(() => {
      closed = true;
      app.quit();
    });
  });
  void app.whenReady().then(start);
}

function start(): void {
  hardenSession(session.defaultSession);
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'sinergi' ? await readStatic(rendererDir, url.pathname) : null;
    if (!file) return new Response('Tidak ditemukan', { status: 404 });
    return new Response(new Uint8Array(file.body), { headers: { 'content-type': file.type } });
  });

  core = bootCore(resolveDataDir(process.argv, process.env, app.getPath('userData')), createShellHandlers(dialog, () => mainWindow, app.getPath('documents')));
  registerIpc(ipcMain, core.dispatch);

  mainWindow = new BrowserWindow({
    width: 1366,
    height: 820,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Sinergi KB',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  // The renderer refuses to unload while typed figures are unsaved (its beforeunload); Electron
  // then just keeps the window open, so the question a browser would ask is asked here.
  mainWindow.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(mainWindow!, {
      type: 'warning',
      title: 'Isian belum disimpan',
      message: 'Ada isian yang belum disimpan.',
      detail: 'Bila Sinergi KB ditutup sekarang, isian itu hilang. Kembali, lalu tekan Simpan isian.',
      buttons: ['Kembali', 'Tutup tanpa menyimpan'],
      defaultId: 0,
      cancelId: 0,
    });
    // preventDefault ignores the renderer's refusal: the window closes.
    if (choice === 1) event.preventDefault();
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = null));
  void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}
