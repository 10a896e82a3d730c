/**
 * The manifest of the contract suite's test add-in, made from manifest.xml: its own id (so it
 * never replaces or shares settings with the real add-in, office-js #840), its own name
 * "Effektiviseringar (test)", its own port, and a pane that opens the test page. The ribbon's
 * summary command is left out: the test add-in has no commands page.
 * Used by webpack.test.config.js and checked against Microsoft's XSDs in tests/manifest.
 */
const { DEV_URL } = require("./manifestUrl.js");

const TEST_ID = "5adb897e-3192-4639-9140-43cb61560be7";
const TEST_PORT = 3100;
const TEST_URL = `https://localhost:${TEST_PORT}/`;
const TEST_PAGE = "contract.html";

/**
 * @param {string} manifest manifest.xml's text
 * @returns {string}
 */
function testManifest(manifest) {
  const steps = [
    [/<Id>[^<]*<\/Id>/, `<Id>${TEST_ID}</Id>`],
    [
      /(<DisplayName DefaultValue=")[^"]*(">\s*<Override Locale="en-US" Value=")[^"]*"/,
      '$1Effektiviseringar (test)$2Efficiency gains (test)"',
    ],
    [
      /(<bt:String id="Group\.Label" DefaultValue=")[^"]*(">\s*<bt:Override Locale="en-US" Value=")[^"]*"/,
      '$1Effektiviseringar (test)$2Efficiency gains (test)"',
    ],
    [/\s*<!--[^>]*-->\s*<FunctionFile [^>]*\/>/, ""],
    [
      /\s*<!--[^>]*-->\s*<Control xsi:type="Button" id="Effektiviseringar\.RefreshSummary">[\s\S]*?<\/Control>/,
      "",
    ],
    [/<bt:Url id="Commands\.Url"[^>]*\/>\s*/, ""],
    [/taskpane\.html/g, TEST_PAGE],
  ];
  const rewritten = steps.reduce((xml, [pattern, replacement]) => {
    const next = xml.replace(pattern, replacement);
    // manifest.xml changed shape: fail the build rather than ship a half-renamed add-in.
    if (next === xml) throw new Error(`testManifest: ${pattern} matched nothing in manifest.xml`);
    return next;
  }, manifest);
  return rewritten.split(DEV_URL).join(TEST_URL);
}

module.exports = { TEST_ID, TEST_PORT, TEST_URL, TEST_PAGE, testManifest };
