// Types for scripts/testManifest.js (CommonJS so webpack.test.config.js can require it), for the tests.
export declare const TEST_ID: string;
export declare const TEST_PORT: number;
export declare const TEST_URL: string;
export declare const TEST_PAGE: string;
export declare function testManifest(manifest: string): string;
