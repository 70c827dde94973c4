// One build factory for the host and every remote. `rspack build --config-name <name>` builds one app;
// `rspack build` builds them all in one process. Teams only need a `src/domain.tsx` in their remote folder.
import { createRequire } from 'node:module';
import path from 'node:path';
import { ModuleFederationPlugin } from '@module-federation/enhanced/rspack';
import { type Configuration, rspack } from '@rspack/core';
import { PrecompressPlugin } from './build/precompress.js';

const ROOT = import.meta.dirname;
const require = createRequire(import.meta.url);
const versionOf = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;

/** One copy of each in the page, provided by the host: a second React or react-redux would break hooks and context. */
export const SHARED_SINGLETONS = Object.fromEntries(
  [
    ['react', 'react'],
    ['react/', 'react'],
    ['react-dom', 'react-dom'],
    ['react-dom/', 'react-dom'],
    ['react-redux', 'react-redux'],
    ['@reduxjs/toolkit', '@reduxjs/toolkit'],
    // Every list that draws only what is on screen uses it: one copy, not one per remote.
    ['@tanstack/react-virtual', '@tanstack/react-virtual'],
  ].map(([key, pkg]) => [key, { singleton: true, requiredVersion: `^${versionOf(pkg as string)}` }]),
);

/**
 * A remote takes the virtualizer from the host and ships no copy of its own: the host provides it, and editors asking
 * for it at once while it was not yet loaded each fetched their own. (Standalone, a remote is its own host.)
 */
const REMOTE_SHARED = {
  ...SHARED_SINGLETONS,
  '@tanstack/react-virtual': { ...SHARED_SINGLETONS['@tanstack/react-virtual'], import: false as const },
};

/** The remotes of this repository: folder under remotes/, snapshot key, Module Federation name, dev port. */
export const REMOTES = [
  { dir: 'component-tree', key: 'componentTree', name: 'component_tree', title: 'Component tree', port: 3011 },
  { dir: 'variables', key: 'variables', name: 'variables', title: 'Variables', port: 3012 },
  { dir: 'entity-models', key: 'entityModels', name: 'entity_models', title: 'Entity models', port: 3013 },
  { dir: 'action-flows', key: 'actionFlows', name: 'action_flows', title: 'Action flows', port: 3014 },
] as const;

export const HOST_DEV_PORT = 3000;
export const API_DEV_PORT = 3001;

const production = process.env.NODE_ENV !== 'development';

/** What every build shares: the compiler, the target, the file names. Also used by the benchmark's pipeline page. */
export function baseConfig(name: string, context: string, outputPath: string): Configuration {
  return {
    name,
    context,
    mode: production ? 'production' : 'development',
    // ES2022, which every browser able to run the editor has: the default (ES5) rewrote our loops, spreads, default
    // parameters and private fields into slower helper calls. The SWC loader and minimizer follow this target.
    target: ['web', 'es2022'],
    // Never an eval-based source map: the editor runs under a Content-Security-Policy without unsafe-eval.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    output: {
      path: outputPath,
      uniqueName: name,
      clean: true,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      cssFilename: production ? '[name].[contenthash:8].css' : '[name].css',
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'], extensionAlias: { '.js': ['.ts', '.tsx', '.js'] } },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'builtin:swc-loader',
          type: 'javascript/auto',
          options: {
            jsc: {
              parser: { syntax: 'typescript', tsx: true },
              transform: { react: { runtime: 'automatic', development: !production } },
            },
          },
        },
        { test: /\.css$/, type: 'css/auto' },
      ],
    },
    optimization: {
      minimizer: [
        // SWC's compression otherwise inlines a function called from one place into that place: called in a loop, it
        // becomes a closure created on every turn. checkSnapshot's generated checks ran 30% slower in Chromium so
        // (8.0–9.9 against 6.3–6.8 ms for a 10,000-node document, docs/performance.md). Both options are needed to
        // stop it.
        new rspack.SwcJsMinimizerRspackPlugin({ minimizerOptions: { compress: { inline: 0, reduce_vars: false } } }),
        // Setting the minimizers replaces the defaults: the CSS one too.
        new rspack.LightningCssMinimizerRspackPlugin(),
      ],
    },
    performance: { hints: false },
  };
}

/** The shell: no static remotes, it learns them from the registry at run time. */
export function hostConfig({ outputPath = path.join(ROOT, 'host/dist') } = {}): Configuration {
  const config = baseConfig('host', path.join(ROOT, 'host'), outputPath);
  return {
    ...config,
    entry: { main: './src/index.ts' },
    output: { ...config.output, publicPath: '/' },
    plugins: [
      new ModuleFederationPlugin({ name: 'host', remotes: {}, shared: SHARED_SINGLETONS, dts: false, manifest: false }),
      new rspack.HtmlRspackPlugin({ template: './index.html', templateParameters: { title: 'Page Scaffold Builder' } }),
      ...(production ? [new PrecompressPlugin()] : []),
    ],
    devServer: {
      port: HOST_DEV_PORT,
      historyApiFallback: true,
      hot: true,
      proxy: [{ context: ['/api', '/docs', '/healthz'], target: `http://127.0.0.1:${API_DEV_PORT}` }],
    },
  };
}

export interface RemoteBuild {
  /** The remote's folder, holding src/domain.tsx. */
  dir: string;
  /** Its Module Federation container name. */
  name: string;
  outputPath?: string;
  port?: number;
}

/**
 * A domain editor: exposes `./domain` and emits mf-manifest.json. In development it also serves a
 * standalone page that hosts just this domain, so its team can work without the rest.
 */
export function remoteConfig({ dir, name, outputPath = path.join(dir, 'dist'), port }: RemoteBuild): Configuration {
  const config = baseConfig(name, dir, outputPath);
  const standalone = !production;
  return {
    ...config,
    entry: standalone ? { standalone: path.join(ROOT, 'host/src/standalone/index.ts') } : {},
    output: { ...config.output, publicPath: 'auto' },
    resolve: {
      ...config.resolve,
      // The standalone page imports the domain under this name: the remote's code never imports the host.
      alias: { '@psb/standalone-domain': path.join(dir, 'src/domain.tsx') },
    },
    plugins: [
      new ModuleFederationPlugin({
        name,
        filename: production ? 'remoteEntry.[contenthash:8].js' : 'remoteEntry.js',
        exposes: { './domain': './src/domain.tsx' },
        shared: standalone ? SHARED_SINGLETONS : REMOTE_SHARED,
        manifest: true,
        dts: false,
      }),
      ...(standalone
        ? [
            new rspack.HtmlRspackPlugin({
              template: path.join(ROOT, 'host/index.html'),
              templateParameters: { title: `${name} (standalone)` },
              publicPath: '/',
              excludeChunks: [name],
            }),
          ]
        : [new PrecompressPlugin()]),
    ],
    devServer: { port, headers: { 'Access-Control-Allow-Origin': '*' }, historyApiFallback: true, hot: true },
  };
}

/** Runs builds with rspack's JS API: settles once the files are written, or with the builds' errors. */
export function build(configs: Configuration[]): Promise<void> {
  const compiler = rspack(configs);
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) =>
      compiler.close(() => {
        if (error) reject(error);
        else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
        else resolve();
      }),
    ),
  );
}

export default [
  hostConfig(),
  ...REMOTES.map((r) => ({
    ...remoteConfig({ dir: path.join(ROOT, 'remotes', r.dir), name: r.name, port: r.port }),
    name: r.dir,
  })),
];
