/** Today as the user's calendar shows it; the domain has no clock, so the pane passes it in. */
import { toIsoDate } from "../../domain/model/dates";
import type { IsoDate } from "../../domain/model/effect";

export function todayIso(now: Date = new Date()): IsoDate {
  return toIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
