import type {
  ActDecision,
  CheckResult,
  CustomerType,
  ExpectationMet,
  ImprovementStatus,
  KanoCategory,
  Stage,
} from "@/lib/db/generated/enums";

// What the PDCA services hand to pages, components and the JSON API. Pure types only, so client
// components may import them. Dates travel as ISO strings; due dates as "YYYY-MM-DD".

export type PersonRef = { id: string; name: string };

export type PdcaActionDto = {
  id: string;
  description: string;
  owner: PersonRef | null;
  dueDate: string | null;
  done: boolean;
  doneAt: string | null;
};

export type PdcaCycleDto = {
  /** null while the checklist of a card was never saved. */
  id: string | null;
  number: number;
  /** 0 for a cycle that does not exist yet. */
  version: number;
  closedAt: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  plan: {
    problemStatement: string | null;
    customerType: CustomerType | null;
    customerName: string | null;
    segment: { id: string; name: string } | null;
    expectation: string | null;
    kano: KanoCategory | null;
    baseline: string | null;
    rootCause: string[];
    goal: string | null;
    actions: PdcaActionDto[];
  };
  do: { description: string | null; informed: string | null };
  check: {
    result: CheckResult | null;
    measuredResult: string | null;
    sideEffects: string | null;
    expectationMet: ExpectationMet | null;
    expectationEvidence: string | null;
  };
  act: {
    decision: ActDecision | null;
    standardisation: string | null;
    training: string | null;
    monitoring: string | null;
    lessonsLearned: string | null;
    newCycleReason: string | null;
  };
};

export type PdcaChecklist = {
  improvement: {
    id: string;
    title: string;
    status: ImprovementStatus;
    stage: Stage;
    columnName: string;
    team: { id: string; slug: string; name: string };
  };
  current: PdcaCycleDto;
  /** Closed cycles, newest first: a failed Check starts a new cycle; the old one stays readable. */
  previous: PdcaCycleDto[];
  /** Segments to choose from: the active ones, plus the one the current cycle names. */
  segments: { id: string; name: string }[];
  /** Who may own a planned action: the team's members. */
  members: PersonRef[];
  permissions: { canEdit: boolean; canCreateSegment: boolean };
};

export type SectionKey = "plan" | "do" | "check" | "act";
export type SectionState = "empty" | "started" | "complete";

/** A card's PDCA progress at a glance, for the board. */
export type PdcaProgress = {
  cycle: number;
  sections: Record<SectionKey, SectionState>;
  openActions: number;
  overdueActions: number;
};
