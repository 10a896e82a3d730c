import { pageFiles, type BuildStats } from "../../bench/paneChunks";

/**
 * A build as webpack's stats describe it: the pane's entry with a view loaded on demand, a
 * worker started from that view which loads a library, and a preview page with a chart chunk
 * of its own and the view it shares with the pane.
 */
const stats: BuildStats = {
  entrypoints: { taskpane: { chunks: [1] }, preview: { chunks: [2] } },
  chunks: [
    {
      id: 1,
      files: ["taskpane.js", "taskpane.js.map"],
      children: [3],
      modules: [{ name: "./src/taskpane/index.tsx" }],
    },
    {
      id: 2,
      files: ["preview.js"],
      children: [3, 4],
      modules: [{ name: "./src/preview/main.tsx" }],
    },
    {
      id: 3,
      files: ["invoices.js"],
      modules: [
        {
          name: "./src/taskpane/invoices/ImportView.tsx + 3 modules",
          modules: [{ name: "./src/taskpane/invoices/spawnWorker.ts" }],
        },
      ],
    },
    {
      id: 4,
      files: ["348.js"],
      origins: [{ moduleName: "./src/preview/view/SheetCharts.tsx" }],
      modules: [{ name: "./node_modules/chart.js/dist/chart.js" }],
    },
    {
      id: 5,
      files: ["fakturaimport.js"],
      origins: [{ moduleName: "./src/taskpane/invoices/spawnWorker.ts" }],
      modules: [{ name: "./src/taskpane/invoices/worker.ts" }],
    },
    {
      id: 6,
      files: ["exceljs.js"],
      origins: [{ moduleName: "./src/taskpane/invoices/worker.ts" }],
      modules: [{ name: "./node_modules/exceljs/dist/exceljs.min.js" }],
    },
  ],
};

describe("sidans filer ur webpacks statistik", () => {
  it("första skriptet är entryns första chunkar, utan källkartor", () => {
    expect(pageFiles(stats, "taskpane").initial).toEqual(["taskpane.js"]);
  });

  it.each([
    ["taskpane", ["taskpane.js", "invoices.js", "fakturaimport.js", "exceljs.js"]],
    ["preview", ["preview.js", "invoices.js", "348.js", "fakturaimport.js", "exceljs.js"]],
  ])(
    "%s når sina vyer, sin worker och vad den laddar, men inte andra sidors chunkar",
    (entry, files) => {
      expect(pageFiles(stats, entry).all.sort()).toEqual([...files].sort());
    }
  );

  it("säger till när entryn saknas", () => {
    expect(() => pageFiles(stats, "saknas")).toThrow(/saknas/);
  });
});
