/**
 * User effort: the keystrokes and clicks the e2e suite spends registering the talk's five
 * effects through the pane (its line "e2e effort: N keystrokes, M clicks", from a run of
 * tests/e2e/registration.e2e.ts against dist/), against typing the same rows by hand into the
 * template's table (handTyping.ts, from the preview's samples: the same five effects).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { DEFAULT_LISTS, type EffectLists } from "../src/domain/model/lists";
import type { EffectInput } from "../src/domain/model/effect";
import { validateEffect } from "../src/domain/validate/validate";
import { sampleDrafts } from "../src/preview/samples";
import { handTypingEffort, type HandEffort } from "./handTyping";
import { num, printTable, progress, verdict, type Cell } from "./report";

const ROOT = path.resolve(__dirname, "..");
const E2E_FILE = "tests/e2e/registration.e2e.ts";
const EFFORT_LINE = /e2e effort: (\d+) keystrokes, (\d+) clicks/;
/** Issue 6: the pane takes at most half the effort of typing by hand. */
const MAX_SHARE = 0.5;

interface PaneEffort {
  keystrokes: number;
  clicks: number;
}

/** The talk's effects as the pane would store them (validated, amounts and defaults filled). */
function talkEffects(year: number): EffectInput[] {
  const drafts = sampleDrafts(year);
  const listed = (field: "category" | "department") => [
    ...new Set(drafts.map((draft) => String(draft[field]))),
  ];
  const lists: EffectLists = {
    ...DEFAULT_LISTS,
    categories: listed("category"),
    departments: listed("department"),
  };
  return drafts.map((draft) => {
    const { input, issues } = validateEffect(draft, lists);
    if (!input) throw new Error(`a sample does not validate: ${JSON.stringify(issues)}`);
    return input;
  });
}

/** Runs the e2e registration suite and reads its effort line; a reason when it cannot. */
function paneEffort(): PaneEffort | string {
  if (!existsSync(path.join(ROOT, "dist", "preview.html"))) {
    return "dist/ has no build: `npm test` (or `npm run build`) makes one";
  }
  progress(`effort: running ${E2E_FILE} against dist/ (a minute or two)`);
  const run = spawnSync("npx", ["--no-install", "jest", "--ci", "--runTestsByPath", E2E_FILE], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 10 * 60_000,
  });
  const match = EFFORT_LINE.exec(`${run.stdout}\n${run.stderr}`);
  if (!match) return `${E2E_FILE} printed no effort line (exit ${String(run.status)})`;
  return { keystrokes: Number(match[1]), clicks: Number(match[2]) };
}

const percent = (share: number) => `${num(share * 100)} %`;
const actions = (hand: HandEffort) => hand.characters + hand.moves;
const handRow = (way: string, hand: HandEffort): Cell[] => [
  way,
  num(hand.characters),
  "0",
  num(hand.moves),
  num(actions(hand)),
  "",
  "",
];

export function runEffortBench(): void {
  const year = new Date().getFullYear();
  const today = new Date().toISOString().slice(0, 10);
  const effects = talkEffects(year);
  const byHand = handTypingEffort(effects, today);
  const withHelp = handTypingEffort(effects, today, { excelHelp: true });
  const pane = paneEffort();

  const rows = [
    handRow("by hand, every character", byHand),
    handRow("by hand, AutoComplete + Ctrl+;", withHelp),
  ];
  if (typeof pane === "string") {
    rows.push(["the pane (e2e suite)", "–", "–", "–", "–", "–", `not measured: ${pane}`]);
  } else {
    const total = pane.keystrokes + pane.clicks;
    const share = total / actions(byHand);
    rows.push([
      "the pane (e2e suite)",
      num(pane.keystrokes),
      num(pane.clicks),
      "–",
      num(total),
      `${percent(share)} (${percent(total / actions(withHelp))})`,
      verdict(share <= MAX_SHARE, `≤ ${percent(MAX_SHARE)}`),
    ]);
  }
  printTable(
    `User effort: the talk's ${effects.length} effects, every key and click counted alike`,
    ["way", "keys", "clicks", "cell moves", "total", "pane / by hand (/ with help)", "target"],
    rows,
    "lrrrrrl"
  );
}
