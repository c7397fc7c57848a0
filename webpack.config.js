/**
 * Builds the task pane (taskpane.html) and the browser checking page (checker.html) into dist/.
 *
 *   npm run build        production build; ADDIN_PUBLIC_URL=https://host/path/ rewrites the manifest
 *   npm run dev-server   https://localhost:3000 with office-addin-dev-certs (http with DEV_HTTP=1 or CI)
 *
 * Each page is only built when its entry file exists (the pane and the checking page are written
 * by different people at different times). The bundles are NOT injected as <script> tags: the
 * inline boot guard (src/taskpane/boot/boot.js) loads them, so an IE11/EdgeHTML webview never
 * downloads or runs React. ExcelJS must only reach the pane through import() (a lazy chunk);
 * bench/bundle-size.bench.ts measures the pane's first-load JS.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { rewriteManifest } = require('./scripts/manifest-url');

const root = __dirname;
const DEV_PORT = 3000;

const PAGES = [
  { name: 'taskpane', entry: 'src/taskpane/index.tsx', template: 'src/taskpane/taskpane.html' },
  { name: 'checker', entry: 'src/checker/index.tsx', template: 'src/checker/checker.html' },
];

/** Pages whose entry file exists now. */
function existingPages() {
  return PAGES.filter((p) => fs.existsSync(path.join(root, p.entry)));
}

/** office.js loads its host files (excel-*.js, locale strings) from its own folder; copy only what Excel needs. */
const OFFICE_JS_IGNORE = [
  '**/access-*', '**/onenote-*', '**/outlook*', '**/powerpoint*', '**/project-*', '**/word*',
  '**/*.debug.js', '**/*vsdoc*', '**/*.d.ts',
];

async function devServerOptions(env = {}) {
  // `--env http` (any OS) or DEV_HTTP=1: plain http, enough for the browser checking page.
  const useHttp = Boolean(env.http) || process.env.DEV_HTTP === '1' || Boolean(process.env.CI);
  let server = 'http';
  if (!useHttp) {
    // Installs a locally trusted CA on first use (Windows/Mac); Office refuses http task panes.
    try {
      const devCerts = require('office-addin-dev-certs');
      server = { type: 'https', options: await devCerts.getHttpsServerOptions() };
    } catch (e) {
      // No admin rights (e.g. Linux without sudo): say so and still serve the pages over http.
      console.warn(
        '[par-check] Không cài được chứng chỉ https cho localhost (' + (e && e.message ? e.message.split('\n')[0] : e) +
          '); trang được phục vụ qua http. Excel cần https: chạy lại với quyền quản trị trên Windows/Mac.\n' +
          '[par-check] Could not install the localhost https certificate; serving over http. Excel needs https: run again with admin rights on Windows/Mac.',
      );
    }
  }
  return {
    port: DEV_PORT,
    server,
    headers: { 'Access-Control-Allow-Origin': '*' },
    // The pane lives in a webview with no room for webpack's full-screen overlay.
    client: { overlay: { errors: true, warnings: false } },
    static: false,
  };
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || process.env.NODE_ENV || 'production';
  const production = mode === 'production';
  const pages = existingPages();
  if (pages.length === 0) {
    throw new Error(
      'Chưa có trang nào để đóng gói: cần src/taskpane/index.tsx hoặc src/checker/index.tsx.\n' +
        'Nothing to build yet: src/taskpane/index.tsx or src/checker/index.tsx is needed.',
    );
  }
  const publicUrl = process.env.ADDIN_PUBLIC_URL;
  if (production && !publicUrl) {
    console.warn(
      '[par-check] ADDIN_PUBLIC_URL chưa đặt: dist/manifest.xml vẫn trỏ tới https://localhost:3000/.\n' +
        '[par-check] ADDIN_PUBLIC_URL is not set: dist/manifest.xml still points at https://localhost:3000/.',
    );
  }
  const bootScript = fs.readFileSync(path.join(root, 'src/taskpane/boot/boot.js'), 'utf8');

  return {
    mode,
    context: root,
    entry: Object.fromEntries(pages.map((p) => [p.name, `./${p.entry}`])),
    output: {
      path: path.join(root, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      // dist/cli holds the command line (scripts/build-cli.js): never wipe it.
      clean: { keep: (asset) => /^cli([\\/]|$)/.test(asset) },
    },
    optimization: {
      // The page's inline boot guard must stay the ES5 it was written in: no HTML minifier
      // rewriting it (the bundles themselves are still minified).
      minimizeOptions: { html: false },
    },
    devtool: production ? 'source-map' : 'eval-source-map',
    resolve: { extensions: ['.tsx', '.ts', '.mjs', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.join(root, 'tsconfig.json'),
              // tsconfig says commonjs (jest, the CLI); here import() must stay import() so
              // webpack can split ExcelJS into a lazy chunk.
              compilerOptions: { module: 'esnext', moduleResolution: 'node', sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      ...pages.map(
        (p) =>
          new HtmlWebpackPlugin({
            filename: `${p.name}.html`,
            template: path.join(root, p.template),
            chunks: [p.name],
            inject: false, // the boot guard loads the bundles (see top of file)
            templateParameters: { bootScript },
            minify: false,
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (production && publicUrl ? rewriteManifest(content.toString(), publicUrl) : content),
          },
          {
            from: 'node_modules/@microsoft/office-js/dist',
            to: 'office-js',
            globOptions: { ignore: OFFICE_JS_IGNORE },
            // Already minified by Microsoft: without this the production build re-minifies
            // hundreds of files and takes minutes.
            info: { minimized: true },
          },
        ],
      }),
    ],
    // Sizes are watched by bench/bundle-size.bench.ts (gzipped first-load JS of the pane).
    performance: { hints: false },
    devServer: env.WEBPACK_SERVE ? await devServerOptions(env) : undefined,
  };
};
