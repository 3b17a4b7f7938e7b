/**
 * `npm start` must serve the pane over https on localhost:3000 even where the development CA cannot
 * be installed as trusted (Linux without sudo, CI): the config falls back to the generated certificate.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../../webpack.config.js') as (env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<{
  devServer?: { port: number; server: { type: string; options: { key?: unknown; cert?: unknown } } };
}>;

test('the dev server is https on port 3000 with a certificate and key', async () => {
  const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: 'development' });
  expect(config.devServer?.port).toBe(3000);
  expect(config.devServer?.server.type).toBe('https');
  expect(String(config.devServer?.server.options.cert)).toMatch(/BEGIN CERTIFICATE/);
  expect(String(config.devServer?.server.options.key)).toMatch(/PRIVATE KEY/);
}, 120000);
