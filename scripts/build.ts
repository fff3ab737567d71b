/**
 * `npm run build`: bundles the action (src/index.ts → dist/index.js) and the CLI
 * (src/cli/index.ts → dist/cli/index.js) with esbuild, minified, and writes the
 * licenses of every bundled package to dist/licenses.txt.
 *
 * What a run does not always need loads only when asked for: the sprint report, the
 * register board, the config loader with its YAML parser (no config file, no load), RE2
 * for config patterns (no pattern, no load; config/pattern-engine.ts), and a proxy's `fetch` go to
 * chunks of their own (dist/chunks); test/action/dist-smoke.e2e.test.ts holds this. The HTTP client @actions/core carries for
 * OIDC tokens (its @actions/http-client, undici and tunnel) is never used by the action:
 * those modules are declared free of side effects here, so they are left out of the
 * startup path (undici only enters with the proxy's chunk).
 */
import { build, type Metafile, type Plugin } from 'esbuild';
import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Modules only @actions/core's OIDC support reaches. */
const OIDC_ONLY = /[\\/]node_modules[\\/](?:undici|tunnel|@actions[\\/]http-client)[\\/]|[\\/]@actions[\\/]core[\\/]lib[\\/]oidc-utils\.js$/u;

const sideEffectFree: Plugin = {
  name: 'side-effect-free',
  setup(b) {
    // Every import passes here once (`pluginData` marks the inner resolution).
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === 'inner' || args.kind === 'entry-point') return undefined;
      const result = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'inner' });
      if (result.errors.length > 0 || !OIDC_ONLY.test(result.path)) return undefined;
      return { path: result.path, sideEffects: false };
    });
  },
};

async function bundle(entry: string, outdir: string): Promise<Metafile> {
  const result = await build({
    entryPoints: { index: entry },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    chunkNames: 'chunks/[name]-[hash]',
    // CommonJS packages in an ES module bundle still call require() for Node's modules.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    plugins: [sideEffectFree],
    // Paths as they appear under the project, not where a link points: chunk names hash
    // the paths of their inputs, so a checkout whose node_modules is a link (a worktree)
    // builds the same dist/ as a fresh `npm ci`.
    preserveSymlinks: true,
    metafile: true,
    logLevel: 'warning',
  });
  writeFileSync(join(outdir, 'package.json'), '{ "type": "module" }\n');
  return result.metafile;
}

/** The package directory (with its package.json) a bundled file comes from. */
function packageDir(file: string): string | undefined {
  const at = file.lastIndexOf('node_modules/');
  if (at < 0) return undefined;
  const rest = file.slice(at + 'node_modules/'.length).split('/');
  const name = rest[0]?.startsWith('@') ? rest.slice(0, 2).join('/') : rest[0];
  return name === undefined ? undefined : `${file.slice(0, at)}node_modules/${name}`;
}

/** Every bundled package, its version, licence and licence text, sorted by name. */
function licenses(metafiles: readonly Metafile[]): string {
  const dirs = new Set<string>();
  for (const metafile of metafiles) for (const input of Object.keys(metafile.inputs)) {
    const dir = packageDir(input);
    if (dir !== undefined) dirs.add(dir);
  }
  const entries = [...dirs].flatMap((dir) => {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
    const file = readdirSync(dir).find((name) => /^(?:licen[cs]e|copying)(?:\.md|\.txt)?$/iu.test(name));
    const text = file === undefined ? '(no licence file in the package)' : readFileSync(join(dir, file), 'utf8').trim();
    return [{ name: manifest.name, text: `${manifest.name} ${manifest.version}\n${manifest.license ?? 'UNKNOWN'}\n${text}` }];
  });
  const unique = new Map(entries.map((entry) => [entry.text, entry]));
  return `${[...unique.values()].sort((a, b) => a.name.localeCompare(b.name) || a.text.localeCompare(b.text)).map((entry) => entry.text).join('\n\n')}\n`;
}

rmSync('dist', { recursive: true, force: true });
const action = await bundle('src/index.ts', 'dist');
const cli = await bundle('src/cli/index.ts', 'dist/cli');
chmodSync('dist/cli/index.js', 0o755);
writeFileSync('dist/licenses.txt', licenses([action, cli]));
