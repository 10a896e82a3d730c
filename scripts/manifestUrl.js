/**
 * Where the add-in is served from, for the manifest the production build emits.
 * manifest.xml names every file under DEV_URL; a deployment swaps that one prefix. Used by
 * webpack.config.js and tested in tests/manifest without running a build.
 */
/* global URL */
const DEV_URL = "https://localhost:3000/";

/**
 * Normalises a deployment base URL (e.g. ADDIN_URL) so it ends with "/".
 * Throws on anything Office would not load or that cannot be a plain prefix: Office requires
 * https, and a query or fragment would end up in the middle of every file URL.
 * @param {string} raw
 * @returns {string}
 */
function normaliseAddinUrl(raw) {
  let url;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`ADDIN_URL is not a URL: "${raw}"`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_URL must use https: "${raw}"`);
  // `search`/`hash` are "" for a bare "?" or "#", which href still keeps.
  if (/[?#]/.test(url.href))
    throw new Error(`ADDIN_URL must not have a query or fragment: "${raw}"`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * The manifest text with every DEV_URL replaced by baseUrl (normalised), or unchanged when
 * baseUrl is empty or undefined (development, and production builds for local testing).
 * @param {string} manifest
 * @param {string | undefined} baseUrl
 * @returns {string}
 */
function rewriteManifestUrls(manifest, baseUrl) {
  if (!baseUrl) return manifest;
  // The URL parser percent-encodes anything XML would misread except "&"; escape that too.
  const target = normaliseAddinUrl(baseUrl).replaceAll("&", "&amp;");
  return manifest.split(DEV_URL).join(target);
}

module.exports = { DEV_URL, normaliseAddinUrl, rewriteManifestUrls };
