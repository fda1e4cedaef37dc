import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { addinAddress } from './addin-address.mjs';
import { manifestForBuild } from './manifest.mjs';
import { OFFICE_JS_CDN, paneCsp } from './pane-csp.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const outDir = join(here, '../.output/outlook-addin');
const officeDist = join(here, '../node_modules/@microsoft/office-js/dist');

/**
 * Office.js as Microsoft requires: from the Office CDN, as a classic script in <head> before any
 * other script (https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn;
 * the Marketplace refuses add-ins that bundle it). OWED_OFFICE_JS=local is a development mode
 * only: the whole dist folder of @microsoft/office-js beside the pane, so office.js finds every
 * host, string table and telemetry file it may load from its own folder.
 */
function officeJs(local: boolean): Plugin {
  let target = outDir;
  return {
    name: 'owed-office-js',
    configResolved: (config) => void (target = config.build.outDir),
    transformIndexHtml: {
      order: 'pre',
      handler: (html, ctx) =>
        ctx.filename.endsWith('taskpane.html')
          ? html.replace(
              '<!-- office.js -->',
              `<script src="${local ? './office-js/office.js' : OFFICE_JS_CDN}"></script>`,
            )
          : html,
    },
    writeBundle() {
      if (local) cpSync(officeDist, join(target, 'office-js'), { recursive: true });
    },
  };
}

/** Every page carries its Content-Security-Policy as a <meta>: static hosts cannot all set headers. */
function csp(local: boolean): Plugin {
  return {
    name: 'owed-pane-csp',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${paneCsp({ localOfficeJs: local })}" />`,
        ),
    },
  };
}

/** The manifest for the address this build is for, beside the pane it points at. */
function manifest(): Plugin {
  let target = outDir;
  return {
    name: 'owed-addin-manifest',
    apply: 'build',
    configResolved: (config) => void (target = config.build.outDir),
    writeBundle() {
      const { fileName, xml } = manifestForBuild();
      writeFileSync(join(target, fileName), xml);
    },
  };
}

export default defineConfig(() => {
  addinAddress(); // a bad OWED_ADDIN_ORIGIN/PATH stops the build with its reason
  const local = process.env.OWED_OFFICE_JS === 'local';
  return {
    root: here,
    // Relative URLs: the same files work under any OWED_ADDIN_PATH.
    base: './',
    publicDir: join(here, 'public'),
    plugins: [react(), officeJs(local), csp(local), manifest()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: {
        input: {
          taskpane: join(here, 'taskpane.html'),
          support: join(here, 'support.html'),
          privacy: join(here, 'privacy.html'),
        },
      },
    },
  };
});
