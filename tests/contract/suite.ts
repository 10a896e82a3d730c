/** Every case of the adapter's contract, in the order they run. */
import { appendCases } from "./cases/append";
import { changeCases } from "./cases/changes";
import { realisationCases } from "./cases/realisations";
import { structureCases } from "./cases/structure";
import type { ContractCase } from "./host";

export const CONTRACT_CASES: readonly ContractCase[] = [
  ...structureCases,
  ...appendCases,
  ...changeCases,
  ...realisationCases,
];
