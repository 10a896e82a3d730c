import { decodeUtf8 } from "../../../src/domain/invoices/decode";
import { platformUtf8 } from "../../../src/taskpane/invoices/platformUtf8";

// The worker's TextDecoder must accept and refuse exactly what the domain's decoder does.
const cases: [string, number[]][] = [
  ["ascii and å", [0x61, 0xc3, 0xa5]],
  ["four-byte character", [0xf0, 0x9f, 0x98, 0x80]],
  ["a BOM inside the text", [0x61, 0xef, 0xbb, 0xbf]],
  ["Windows-1252 å", [0x61, 0xe5, 0x62]],
  ["overlong slash", [0xc0, 0xaf]],
  ["surrogate", [0xed, 0xa0, 0x80]],
  ["cut off at the end", [0x61, 0xe2, 0x82]],
  ["beyond U+10FFFF", [0xf4, 0x90, 0x80, 0x80]],
];

test.each(cases)("%s", (_name, bytes) => {
  const input = Uint8Array.from(bytes);
  expect(platformUtf8(input)).toBe(decodeUtf8(input));
});
