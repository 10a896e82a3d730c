// Types for scripts/manifestUrl.js (CommonJS so webpack.config.js can require it), for the tests.
export declare const DEV_URL: "https://localhost:3000/";
export declare function normaliseAddinUrl(raw: string): string;
export declare function rewriteManifestUrls(manifest: string, baseUrl: string | undefined): string;
