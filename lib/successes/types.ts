// What the successes services hand to pages and components. Pure types only, so client
// components may import them. Days travel as "YYYY-MM-DD", instants as ISO strings.

export type PersonRef = { id: string; name: string };
export type TeamRef = { id: string; slug: string; name: string };

export type SuccessEffect = { value: number; unit: string };

export type SuccessThanksSummary = {
  count: number;
  /** Whether the viewer has thanked this success. */
  byViewer: boolean;
  /** Who thanked, earliest first; on lists only the first few. */
  people: PersonRef[];
};

export type SuccessListItem = {
  id: string;
  title: string;
  story: string;
  achievedOn: string;
  team: TeamRef;
  effect: SuccessEffect | null;
  featured: boolean;
  /** Place in the team's order of recording (1-based): every fifth is a milestone. */
  ordinal: number;
  milestone: boolean;
  improvements: { id: string; title: string; teamSlug: string }[];
  contributors: PersonRef[];
  thanks: SuccessThanksSummary;
  permissions: { canEdit: boolean; canFeature: boolean; canThank: boolean };
};

export type SuccessDetail = SuccessListItem & {
  createdBy: PersonRef | null;
  createdAt: string;
  /** The customer's compliment this success was shared from, if any. */
  compliment: { text: string | null; customerName: string | null; receivedOn: string } | null;
};

export type SuccessPage = {
  items: SuccessListItem[];
  total: number;
  page: number;
  pageCount: number;
};

export type TeamSuccessSummary = {
  team: TeamRef;
  thisMonth: number;
  total: number;
  toNextMilestone: number;
  lastMilestone: number | null;
};

export type SuccessFormOptions = {
  /** Teams the viewer may record successes for. */
  teams: TeamRef[];
  /** Improvements that may be linked: the teams' completed ones (Geborgd) and the ones already linked. */
  improvements: { id: string; title: string; teamId: string; done: boolean }[];
  /** Everyone in the organisation, with their teams, so the form can list the team's own people first. */
  people: (PersonRef & { teamIds: string[] })[];
};

/** What the form starts with; strings as the form fields hold them. */
export type SuccessFormValues = {
  teamId: string;
  title: string;
  story: string;
  achievedOn: string;
  effectValue: string;
  effectUnit: string;
  improvementIds: string;
  contributorIds: string;
};
