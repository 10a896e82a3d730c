/**
 * Entry of preview.html (`npm run preview`): the real task pane on a simulated Excel in a plain
 * browser, no Office.js and no network beyond this page's origin. See startPreview.tsx.
 */
import { startPreview } from "./startPreview";

const container = document.getElementById("container");
if (!container) throw new Error('preview.html has no element with id "container".');
void startPreview(container);
