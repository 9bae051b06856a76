// Sandboxed preload: it may require only `electron`, so the names below mirror
// electron/contract/bridge.ts (IPC_CHANNEL and the `sinergi` bridge) by hand.
import electron = require('electron');
import type { SinergiBridge } from '../contract/bridge.js';

const bridge: SinergiBridge = {
  invoke: (channel, payload) => electron.ipcRenderer.invoke('sinergi:invoke', channel, payload),
};

electron.contextBridge.exposeInMainWorld('sinergi', bridge);
