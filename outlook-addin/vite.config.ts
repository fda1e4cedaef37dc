import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const outDir = join(here, '../.output/outlook-addin');
const officeDist = join(here, '../node_modules/@microsoft/office-js/dist');

/**
 * Office.js from the npm package, served beside the taskpane (no CDN: Owed's own pages make no
 * request to anyone but Office). office.js loads its Outlook host file, string tables and
 * telemetry shim from its own folder, so those come along; other hosts' files and debug builds do not.
 */
function copyOfficeJs(): Plugin {
  const wanted = (name: string) =>
    name === 'office.js' || (/^outlook-.*\.js$/.test(name) && !/\.debug|vsdoc/.test(name));
  return {
    name: 'owed-copy-office-js',
    apply: 'build',
    writeBundle() {
      const target = join(outDir, 'office-js');
      mkdirSync(target, { recursive: true });
      for (const entry of readdirSync(officeDist, { withFileTypes: true })) {
        if (entry.isFile() && wanted(entry.name)) cpSync(join(officeDist, entry.name), join(target, entry.name));
        if (!entry.isDirectory()) continue;
        if (entry.name === 'telemetry')
          cpSync(join(officeDist, 'telemetry/oteljs_agave.js'), join(target, 'telemetry/oteljs_agave.js'));
        for (const strings of ['office_strings.js', 'outlook_strings.js']) {
          const file = join(officeDist, entry.name, strings);
          if (existsSync(file)) cpSync(file, join(target, entry.name, strings));
        }
      }
    },
  };
}

export default defineConfig({
  root: here,
  base: './',
  publicDir: join(here, 'public'),
  plugins: [react(), copyOfficeJs()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: { input: join(here, 'taskpane.html') },
  },
});
