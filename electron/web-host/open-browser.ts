import { spawn } from 'node:child_process';

/** Opens `url` in the desktop's browser when there is a desktop; says so when there is not. */
export function openInBrowser(url: string): void {
  const command =
    process.platform === 'win32'
      ? { file: 'cmd', args: ['/c', 'start', '""', url] }
      : process.platform === 'darwin'
        ? { file: 'open', args: [url] }
        : process.env.DISPLAY || process.env.WAYLAND_DISPLAY
          ? { file: 'xdg-open', args: [url] }
          : null;
  if (!command) {
    console.log('Tidak ada tampilan desktop di komputer ini; buka alamat di atas dengan peramban.');
    return;
  }
  const child = spawn(command.file, command.args, { detached: true, stdio: 'ignore' });
  child.on('error', () => console.log('Peramban tidak dapat dibuka otomatis; buka alamat di atas secara manual.'));
  child.unref();
}
