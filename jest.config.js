/** Jest runs TypeScript through SWC (fast, CommonJS); types are checked by `tsc --noEmit` in `npm test`. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  // ESM-only packages SWC turns into CommonJS for jest (Node itself loads them as they are).
  transformIgnorePatterns: ['/node_modules/(?!(diff|p-limit|yocto-queue)/)'],
  testTimeout: 60000,
};
