/**
 * Builds the task pane into dist/ as the Office add-in templates do: taskpane.html (the page the
 * manifest's SourceLocation names) with its scripts, commands.html (the ribbon's FunctionFile),
 * support.html (the help page), icons, sample drafts and the manifest. `npm start` serves it on https://localhost:3000.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';

/**
 * office-addin-dev-certs generates a localhost certificate and installs its CA as trusted (as the
 * Office templates do). Installing the CA needs sudo on Linux; where it cannot, the pane is still
 * served over https with the generated certificate, and the browser is told to trust it by hand.
 */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (err) {
    const dir = path.join(require('os').homedir(), '.office-addin-dev-certs');
    const fs = require('fs');
    const files = ['localhost.key', 'localhost.crt', 'ca.crt'].map((f) => path.join(dir, f));
    if (!files.every((f) => fs.existsSync(f))) throw err;
    console.warn(
      `[start] Could not install the development CA as trusted (${String(err.message || err).split('\n')[0]}).\n` +
        `        Serving https with ${files[1]} anyway; trust ${files[2]} in your browser/OS to avoid warnings.`,
    );
    return { key: fs.readFileSync(files[0]), cert: fs.readFileSync(files[1]), ca: fs.readFileSync(files[2]) };
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  // Set ADDIN_URL to the production origin to get a manifest pointing there in dist/.
  const addinUrl = process.env.ADDIN_URL ? process.env.ADDIN_URL.replace(/\/?$/, '/') : DEV_URL;
  const config = {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-source-map',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Types are checked by `npm run typecheck`; the bundle only needs transpiling.
            options: { transpileOnly: true, compilerOptions: { noEmit: false, module: 'esnext', sourceMap: true } },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'], scriptLoading: 'defer' }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'src/taskpane/commands.html', to: 'commands.html' },
          // The support page the manifest's SupportUrl and LearnMoreUrl name (ru/kk/en sections).
          { from: 'src/taskpane/support.html', to: 'support.html' },
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          { from: 'assets/samples/*.txt', to: 'samples/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => content.toString().split(DEV_URL).join(addinUrl),
          },
        ],
      }),
    ],
    performance: { hints: false },
    optimization: { splitChunks: { chunks: 'async' } },
  };
  if (env.WEBPACK_SERVE) {
    // office-addin-dev-certs installs a trusted localhost certificate on first use (as the templates do).
    config.devServer = {
      port: 3000,
      hot: true,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: await httpsOptions() },
      static: { directory: path.resolve(__dirname, 'dist') },
    };
  }
  return config;
};
