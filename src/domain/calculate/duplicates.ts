/**
 * Effects that look registered twice: the same Ärende, type and forecast to the öre. The
 * summary flags them for a person to look at, since one saving registered twice is counted
 * twice. Ärende and type are matched as people retype them (foldText: case and spacing
 * ignored); a blank Ärende identifies nothing, so it never makes a duplicate.
 *
 * It runs with every summary, over up to 100 000 effects, so each effect gets a number key (a
 * hash of its folded Ärende and type and its öre) without building a string, and only the few
 * effects that share a key are compared exactly.
 */
import { forecastOre, fromOre } from "./calculate";
import { foldText } from "../model/cells";
import type { Effect, EffectId, Kronor } from "../model/effect";

export interface DuplicateGroup {
  /** As the first of them spells it. */
  caseName: string;
  type: string;
  forecast: Kronor;
  /** In the order given (the table's). */
  ids: readonly EffectId[];
}

const collator = new Intl.Collator("sv-SE");

/** Groups of two or more, ordered by Ärende (sv-SE), then type, then forecast. */
export function findDuplicates(effects: readonly Effect[]): DuplicateGroup[] {
  const typeHashes = new Map<string, number>();
  const first = new Map<number, Effect>();
  const sharing = new Map<number, Effect[]>();
  for (const effect of effects) {
    const caseHash = foldedHash(effect.caseName);
    if (caseHash === null) continue;
    let typeHash = typeHashes.get(effect.type);
    if (typeHash === undefined) {
      typeHashes.set(effect.type, (typeHash = foldedHash(effect.type) ?? 0));
    }
    const key = keyOf(caseHash, typeHash, forecastOre(effect));
    const seen = first.get(key);
    if (seen === undefined) {
      first.set(key, effect);
      continue;
    }
    const shared = sharing.get(key);
    if (shared) shared.push(effect);
    else sharing.set(key, [seen, effect]);
  }
  const groups = [...sharing.values()].flatMap(exactGroups);
  return groups.sort(
    (a, b) =>
      collator.compare(a.caseName, b.caseName) ||
      collator.compare(a.type, b.type) ||
      a.forecast - b.forecast
  );
}

/** Effects that share a key, grouped exactly (a hash can collide). */
function exactGroups(effects: readonly Effect[]): DuplicateGroup[] {
  const groups = new Map<string, DuplicateGroup & { ids: EffectId[] }>();
  for (const effect of effects) {
    const ore = forecastOre(effect);
    const key = `${foldText(effect.caseName)}\u001f${foldText(effect.type)}\u001f${ore}`;
    const group = groups.get(key);
    if (group) group.ids.push(effect.id);
    else {
      const [caseName, type] = [effect.caseName.trim(), effect.type.trim()];
      groups.set(key, { caseName, type, forecast: fromOre(ore), ids: [effect.id] });
    }
  }
  return [...groups.values()].filter((group) => group.ids.length > 1);
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * One key from the three parts (the öre may exceed 32 bits, so both halves go in), cut to 30
 * bits: V8 keeps those as small integers, which a Map hashes fastest.
 */
function keyOf(caseHash: number, typeHash: number, ore: number): number {
  let key = mix(caseHash, typeHash);
  key = mix(key, ore >>> 0);
  return mix(key, Math.floor(ore / 0x1_0000_0000) >>> 0) & 0x3fffffff;
}

function mix(hash: number, word: number): number {
  const mixed = Math.imul(hash ^ word, 0x85ebca6b);
  return (mixed ^ (mixed >>> 13)) >>> 0;
}

/**
 * FNV-1a of `foldText(text)`, or null when that is blank. Text of Latin-1 characters (Swedish
 * names) is folded on the fly: those are NFC already, their whitespace is tab to CR, space and
 * NBSP, and lower case moves only A–Z and À–Þ (not ×). Anything else goes through foldText.
 */
function foldedHash(text: string): number | null {
  let hash = FNV_OFFSET;
  let empty = true;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0xa0 || (code >= 0x09 && code <= 0x0d)) {
      gap = !empty;
      continue;
    }
    if (code > 0xff) return hashOf(foldText(text));
    if (gap) hash = Math.imul(hash ^ 0x20, FNV_PRIME);
    gap = false;
    empty = false;
    hash = Math.imul(hash ^ lowerLatin1(code), FNV_PRIME);
  }
  return empty ? null : hash >>> 0;
}

const lowerLatin1 = (code: number): number =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde && code !== 0xd7)
    ? code + 0x20
    : code;

function hashOf(folded: string): number | null {
  if (folded === "") return null;
  let hash = FNV_OFFSET;
  for (let i = 0; i < folded.length; i++) {
    hash = Math.imul(hash ^ folded.charCodeAt(i), FNV_PRIME);
  }
  return hash >>> 0;
}
