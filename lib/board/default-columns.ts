import type { Stage } from "@/lib/db/generated/enums";

/** DESIGN.md's columns of every new board, left to right. Pure, so seeds and e2e fixtures can use it. */
export const defaultColumns: readonly { name: string; stage: Stage }[] = [
  { name: "Nieuw", stage: "IDEA" },
  { name: "Plan", stage: "PLAN" },
  { name: "Do", stage: "DO" },
  { name: "Check", stage: "CHECK" },
  { name: "Act", stage: "ACT" },
  { name: "Geborgd", stage: "DONE" },
];

/** Rows for `column.createMany` for one team. */
export function defaultColumnRows(team: { id: string; organisationId: string }) {
  return defaultColumns.map((column, position) => ({
    organisationId: team.organisationId,
    teamId: team.id,
    name: column.name,
    stage: column.stage,
    position,
  }));
}
