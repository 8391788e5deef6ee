import type { AttendanceStatus, DailyStartItemKind, DailyStartSection, KpiDirection, Stage } from "@/lib/db/generated/enums";
import type { KpiStatus } from "./kpi-status";
import type { MoodSummary } from "./mood";

// What the daily start's services hand to pages and components. Pure types only, so client
// components may import them. Days travel as "YYYY-MM-DD", instants as ISO strings.

export type PersonRef = { id: string; name: string };
export type TeamRef = { id: string; slug: string; name: string };

export type DailyStartViewer = {
  userId: string;
  /** Start, advance and finish; mark attendance; announcements; team settings. */
  canRun: boolean;
  /** Notes, bottlenecks, decisions; turning a bottleneck into a suggestion. */
  canContribute: boolean;
  canManageKpis: boolean;
  /** Team members only: the mood check-in. */
  canCheckIn: boolean;
  /** Complaints and compliments (sales reads them but does not record them). */
  canLogFeedback: boolean;
  canRecordSuccess: boolean;
  canSuggest: boolean;
};

export type DailyStartState = {
  id: string;
  day: string;
  section: DailyStartSection;
  startedAt: string | null;
  finishedAt: string | null;
  startedBy: PersonRef | null;
  finishedBy: PersonRef | null;
};

export type AttendanceRow = PersonRef & { role: "LEAD" | "MEMBER"; status: AttendanceStatus | null };

export type DailyStartItemView = {
  id: string;
  kind: DailyStartItemKind;
  text: string;
  author: PersonRef | null;
  createdAt: string;
  /** The suggestion a bottleneck became. */
  improvement: { id: string; title: string } | null;
  canDelete: boolean;
};

export type ImprovementRef = { id: string; title: string };
export type MovedImprovement = ImprovementRef & { fromColumn: string; toColumn: string };
export type FeedbackRef = {
  id: string;
  type: "COMPLAINT" | "COMPLIMENT";
  text: string | null;
  /** Null when unknown, and always null on the room's screen (presentation mode). */
  customerName: string | null;
  receivedOn: string;
};
export type SuccessRef = { id: string; title: string; achievedOn: string };

export type LookBack = {
  from: string;
  to: string;
  /** The previous daily start the window starts at; null: the last 24 hours. */
  previousDay: string | null;
  created: ImprovementRef[];
  moved: MovedImprovement[];
  completed: ImprovementRef[];
  feedback: FeedbackRef[];
  successes: SuccessRef[];
};

export type KpiPoint = { day: string; value: number | null; status: KpiStatus };

export type KpiView = {
  id: string;
  name: string;
  unit: string;
  target: number | null;
  direction: KpiDirection;
  /** Today's value, else the latest of the trend (with its day); null when none. */
  current: { day: string; value: number; status: KpiStatus } | null;
  todayValue: number | null;
  /** The last 14 days, oldest first, one point per day. */
  trend: KpiPoint[];
};

export type RunningImprovement = {
  id: string;
  title: string;
  stage: Stage;
  columnName: string;
  owners: PersonRef[];
  daysInStage: number;
  /** Days since the last movement (stage entry or any change). */
  idleDays: number;
  stuck: boolean;
  overdueActions: number;
};

export type OverdueAction = {
  id: string;
  description: string;
  owner: PersonRef | null;
  dueDate: string;
  daysOverdue: number;
  improvement: ImprovementRef;
};

export type WaitingSuggestion = ImprovementRef & { submitter: PersonRef | null; waitingDays: number };

export type OverWipColumn = { id: string; name: string; stage: Stage; wipLimit: number; count: number };

export type ImprovementActions = {
  stuckAfterDays: number;
  running: RunningImprovement[];
  overdueActions: OverdueAction[];
  waiting: WaitingSuggestion[];
  overWip: OverWipColumn[];
};

export type DailyStartPage = {
  team: TeamRef;
  today: string;
  viewer: DailyStartViewer;
  dailyStart: DailyStartState | null;
  attendance: AttendanceRow[];
  items: DailyStartItemView[];
  lookBack: LookBack;
  kpis: KpiView[];
  actions: ImprovementActions;
  mood: MoodSummary & { answered: boolean };
  /** The latest finished daily start the viewer missed and has not read yet (haalplicht). */
  catchUp: { day: string } | null;
};

export type HistoryEntry = {
  id: string;
  day: string;
  startedAt: string | null;
  finishedAt: string;
  finishedBy: PersonRef | null;
  present: number;
  absent: number;
  counts: Record<DailyStartItemKind, number>;
  /** The viewer was absent and has not opened it yet. */
  unread: boolean;
};

export type DailyStartRecord = {
  team: TeamRef;
  id: string;
  day: string;
  startedAt: string | null;
  finishedAt: string;
  startedBy: PersonRef | null;
  finishedBy: PersonRef | null;
  attendance: AttendanceRow[];
  items: DailyStartItemView[];
  mood: MoodSummary;
  lookBack: LookBack;
  /** Whether the viewer missed this one (and so has to catch up). */
  viewerWasAbsent: boolean;
  viewerHasRead: boolean;
};
