import type { DailyStartSection } from "@/lib/db/generated/enums";

/** The fixed agenda of a daily start, in order. */
export const sections: readonly DailyStartSection[] = ["ATTENDANCE", "ANNOUNCEMENTS", "LOOK_BACK", "TODAY", "IMPROVEMENTS"];

export function sectionIndex(section: DailyStartSection): number {
  return sections.indexOf(section);
}

export function nextSection(section: DailyStartSection): DailyStartSection | null {
  return sections[sectionIndex(section) + 1] ?? null;
}

export function previousSection(section: DailyStartSection): DailyStartSection | null {
  const index = sectionIndex(section);
  return index > 0 ? (sections[index - 1] ?? null) : null;
}
