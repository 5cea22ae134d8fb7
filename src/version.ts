/** The product's version: the CLI's --version, init's `uses:` tag, the user-agent. Kept equal to package.json's by test/version.test.ts. */
export const VERSION = '0.1.0';
