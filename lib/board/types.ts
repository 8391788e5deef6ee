import type { ImprovementStatus, Stage, WasteType } from "@/lib/db/generated/enums";

// What the board's services hand to pages, components and the JSON API. Pure types only, so
// client components may import them. Dates travel as ISO strings.

export type PersonRef = { id: string; name: string };

export type BoardCard = {
  id: string;
  columnId: string;
  rank: string;
  title: string;
  version: number;
  status: ImprovementStatus;
  wasteType: WasteType | null;
  dueDate: string | null;
  createdAt: string;
  firstResponseAt: string | null;
  stageEnteredAt: string;
  submitter: PersonRef | null;
  owners: PersonRef[];
  commentCount: number;
  /** Whether the viewer may move this card (the server checks again on every move). */
  canMove: boolean;
};

export type BoardColumn = {
  id: string;
  name: string;
  stage: Stage;
  position: number;
  wipLimit: number | null;
  /** Active cards in the column, whatever the filters: what the WIP limit counts. */
  activeCount: number;
  /** Cards matching the filters; `cards` holds the first of them. */
  matchingCount: number;
  cards: BoardCard[];
};

export type BoardState = { columns: BoardColumn[] };

/** A column's counts as the server has them now (live updates bring them along with cards). */
export type ColumnCounts = Pick<BoardColumn, "id" | "activeCount" | "matchingCount">;

export type PlacedCard = { id: string; columnId: string; rank: string; version: number; stageEnteredAt: string };
