// Builds dist/chrome and dist/firefox from manifest.json and src/, plus the store archives.
//   node build.mjs            production: minified, no source maps, zips
//   node build.mjs --dev      readable bundles with inline source maps, no zips
//   node build.mjs --watch    rebuild on change (implies --dev unless --prod is given)
import * as esbuild from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile, readdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deflateRawSync } from 'node:zlib';

const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
const dev = args.has('--dev') || (watch && !args.has('--prod'));
const root = new URL('.', import.meta.url).pathname;
const dist = join(root, 'dist');

/**
 * The sites, read from their definitions (src/sites/index.ts, bundled and imported here): each one's id
 * and match patterns. The manifest's host_permissions and content_scripts and the content bundles are
 * generated from them, so nothing about a site is written twice.
 */
export async function siteDefinitions() {
  const out = await esbuild.build({
    entryPoints: [join(root, 'src/sites/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const mod = await import('data:text/javascript;base64,' + Buffer.from(out.outputFiles[0].text).toString('base64'));
  return mod.ADAPTERS.map((a) => {
    if (!/^[a-z0-9]+$/.test(a.id)) throw new Error(`site id ${a.id} must be lower-case letters and digits`);
    return { id: a.id, matches: [...a.matches] };
  });
}

/**
 * One bundle per extension context. The content script is one small bundle per site (content-<id>.js:
 * the watcher plus that site's adapter), plus content-generic.js for the opt-in any-site detector: a
 * job page only ever loads the code it needs.
 */
const sites = await siteDefinitions();
const contentEntries = Object.fromEntries(
  [...sites.map((s) => s.id), 'generic'].map((id) => [`content-${id}`, `content-entry:${id}`]),
);
const entries = {
  background: 'src/background/index.ts',
  ...contentEntries,
  extract: 'src/content/extract-entry.ts',
  popup: 'src/ui/popup/index.tsx',
  dashboard: 'src/ui/dashboard/index.tsx',
  options: 'src/ui/options/index.tsx',
  welcome: 'src/ui/welcome/index.tsx',
};
/** Extension pages: <name>.html hosts <name>.js and <name>.css (the CSS its entry imports). */
const pages = {
  popup: 'Baskets',
  dashboard: 'Baskets — dashboard',
  options: 'Baskets — options',
  welcome: 'Welcome to Baskets',
};

export async function flavours() {
  const manifest = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  if (manifest.version !== pkg.version) {
    throw new Error(`manifest.json version ${manifest.version} differs from package.json ${pkg.version}`);
  }
  // Host access and content scripts come from the site definitions (see siteDefinitions).
  if (manifest.host_permissions || manifest.content_scripts) {
    throw new Error('manifest.json: host_permissions and content_scripts are generated from src/sites; remove them');
  }
  const defs = await siteDefinitions();
  manifest.host_permissions = [...new Set(defs.flatMap((s) => s.matches))];
  manifest.content_scripts = defs.map((s) => ({ matches: s.matches, js: [`content-${s.id}.js`], run_at: 'document_idle', all_frames: true }));
  const chrome = structuredClone(manifest);
  chrome.background = { service_worker: 'background.js' };

  const firefox = structuredClone(manifest);
  firefox.background = { scripts: ['background.js'] };
  delete firefox.minimum_chrome_version;
  firefox.browser_specific_settings = {
    gecko: {
      id: 'baskets@baskets.invalid',
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: '142.0' },
  };
  return { chrome, firefox, version: manifest.version };
}

function pageHtml(name, title) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
<link rel="stylesheet" href="${name}.css">
</head>
<body class="page-${name}">
<div id="app"></div>
<script src="${name}.js"></script>
</body>
</html>
`;
}

/**
 * Preact's renderer carries the code path for `dangerouslySetInnerHTML`, which Baskets never uses
 * (a unit test fails the build if it appears in src/). Cut the two innerHTML assignments out of that
 * path so no bundle contains an HTML sink at all, and web-ext lint has nothing to warn about.
 */
const noHtmlSinks = {
  name: 'no-html-sinks',
  setup(b) {
    b.onLoad({ filter: /[\\/]preact[\\/]dist[\\/]preact\.module\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      let cuts = 0;
      const contents = source.replace(/\b[\w$]+\.innerHTML=(?:[\w$]+\.__html|"")/g, () => {
        cuts++;
        return 'void 0';
      });
      if (cuts !== 2) throw new Error(`no-html-sinks: expected 2 innerHTML assignments in preact, found ${cuts}; review the plugin`);
      return { contents, loader: 'js' };
    });
  },
};

const target = ['chrome120', 'firefox140'];
const define = { 'process.env.NODE_ENV': dev ? '"development"' : '"production"' };

/**
 * content-entry:<id> → that site's content script: wake.ts, which on a page that rests until the user
 * acts adds a few listeners and nothing more, and the watcher with the site's adapter (content-core:<id>),
 * started at once or when the user acts.
 *
 * content-core:<id> is pre-bundled as one CommonJS module and `require`d: esbuild then keeps its whole
 * body, function declarations included, inside one lazy wrapper, so a resting page neither compiles nor
 * instantiates any of it. (Plain ES modules would have their declarations hoisted to the top, where
 * they cost time at load whether they run or not.)
 */
const contentEntry = {
  name: 'content-entry',
  setup(b) {
    b.onResolve({ filter: /^content-(entry|core):/ }, (args) => {
      const [, kind, id] = /^content-(entry|core):(.*)$/.exec(args.path);
      return { path: id, namespace: `content-${kind}` };
    });
    b.onLoad({ filter: /.*/, namespace: 'content-entry' }, ({ path: id }) => {
      if (!existsSync(join(root, 'src/sites', `${id}.ts`))) throw new Error(`no adapter src/sites/${id}.ts for content-${id}.js`);
      return {
        contents: [
          `import { wake } from './src/content/wake';`,
          `wake(window, ${JSON.stringify(id)}, (wokenBy) => {`,
          `  const core = require('content-core:${id}');`,
          `  core.startCapture([core.adapter], wokenBy);`,
          `});`,
          '',
        ].join('\n'),
        resolveDir: root,
        loader: 'ts',
      };
    });
    b.onLoad({ filter: /.*/, namespace: 'content-core' }, async ({ path: id }) => {
      const core = await esbuild.build({
        stdin: {
          contents: `export { startCapture } from './src/content/start';\nexport { ${id} as adapter } from './src/sites/${id}';\n`,
          resolveDir: root,
          loader: 'ts',
          sourcefile: `content-core-${id}.ts`,
        },
        bundle: true,
        format: 'cjs',
        platform: 'browser',
        target,
        define,
        sourcemap: dev ? 'inline' : false,
        legalComments: 'none',
        write: false,
        metafile: true,
        logLevel: 'warning',
      });
      return {
        contents: core.outputFiles[0].text,
        loader: 'js',
        resolveDir: root,
        watchFiles: Object.keys(core.metafile.inputs).filter((f) => !f.startsWith('<')).map((f) => join(root, f)),
      };
    });
  },
};

const buildOptions = {
  entryPoints: entries,
  bundle: true,
  format: 'iife',
  target,
  minify: !dev,
  sourcemap: dev ? 'inline' : false,
  legalComments: 'none',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  define,
  outdir: join(dist, '.bundles'),
  logLevel: 'warning',
  metafile: true,
  plugins: [noHtmlSinks, contentEntry],
};

async function writeFlavours() {
  const { chrome, firefox, version } = await flavours();
  const bundles = join(dist, '.bundles');
  for (const [name, manifest] of [['chrome', chrome], ['firefox', firefox]]) {
    const out = join(dist, name);
    await rm(out, { recursive: true, force: true });
    await mkdir(join(out, 'icons'), { recursive: true });
    await cp(bundles, out, { recursive: true });
    for (const file of await readdir(join(root, 'icons'))) {
      if (file.endsWith('.png')) await cp(join(root, 'icons', file), join(out, 'icons', file));
    }
    for (const [page, title] of Object.entries(pages)) await writeFile(join(out, `${page}.html`), pageHtml(page, title));
    await writeFile(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  }
  return version;
}

async function checkNoEval() {
  for (const name of Object.keys(entries)) {
    const code = await readFile(join(dist, '.bundles', `${name}.js`), 'utf8');
    if (/\beval\(|new Function\(/.test(code)) throw new Error(`${name}.js contains eval or new Function`);
    if (/\.(innerHTML|outerHTML)=|insertAdjacentHTML/.test(code)) throw new Error(`${name}.js assigns HTML`);
  }
}

async function build() {
  await rm(dist, { recursive: true, force: true });
  await mkdir(dist, { recursive: true });
  if (watch) {
    const ctx = await esbuild.context({
      ...buildOptions,
      plugins: [noHtmlSinks, contentEntry, { name: 'flavours', setup: (b) => b.onEnd(async (r) => { if (!r.errors.length) { await writeFlavours(); console.log(`rebuilt ${new Date().toLocaleTimeString()}`); } }) }],
    });
    await ctx.watch();
    console.log('watching src/ (Ctrl+C to stop)');
    return;
  }
  const result = await esbuild.build(buildOptions);
  await checkNoEval();
  const version = await writeFlavours();
  if (!dev) {
    for (const name of ['chrome', 'firefox']) {
      await zipDirectory(join(dist, name), join(dist, `baskets-${name}-${version}.zip`));
    }
  }
  const sizes = Object.entries(result.metafile.outputs)
    .filter(([file]) => file.endsWith('.js'))
    .map(([file, info]) => `${file.split('/').pop()} ${(info.bytes / 1024).toFixed(1)} KB`);
  console.log(`built dist/chrome and dist/firefox (${dev ? 'dev' : 'production'}): ${sizes.join(', ')}`);
}

// ---------------------------------------------------------------- store archives
// A small, dependency-free ZIP writer (deflate, no zip64): the store wants a plain zip of the folder.

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

async function listFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else out.push(full);
  }
  return out.sort();
}

/** Zip every file under `dir` (paths relative to it) into `target`, with a fixed timestamp so builds are reproducible. */
async function zipDirectory(dir, target) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  const dosTime = 0; // 00:00:00
  const dosDate = ((2026 - 1980) << 9) | (1 << 5) | 1; // 2026-01-01
  for (const file of await listFiles(dir)) {
    const name = Buffer.from(relative(dir, file).split('\\').join('/'), 'utf8');
    const data = await readFile(file);
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  await writeFile(target, Buffer.concat([...locals, ...centrals, end]));
  return (await stat(target)).size;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  build().catch((err) => {
    console.error(err.message ?? err);
    process.exit(1);
  });
}
