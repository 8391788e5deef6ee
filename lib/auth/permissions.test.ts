import { describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Actor, ActorTeam } from "./actor";
import { authorize, can, type Action, type Permission } from "./permissions";

const organisationId = "org-demo";
const teamId = "team-klantenservice";
const otherTeamId = "team-logistiek";

function actor(userId: string, organisationRole: Actor["organisationRole"], teams: Pick<ActorTeam, "id" | "role">[] = [], organisation = organisationId): Actor {
  return {
    userId,
    name: userId,
    email: `${userId}@example.test`,
    locale: "nl",
    organisationId: organisation,
    organisationName: "Demo",
    organisationRole,
    teams: teams.map((team) => ({ ...team, slug: team.id, name: team.id })),
  };
}

const people = {
  admin: actor("admin", "ADMIN"),
  lead: actor("lead", "MEMBER", [{ id: teamId, role: "LEAD" }]),
  member: actor("member", "MEMBER", [{ id: teamId, role: "MEMBER" }]),
  colleague: actor("colleague", "MEMBER", [{ id: teamId, role: "MEMBER" }]),
  otherTeamLead: actor("otherTeamLead", "MEMBER", [{ id: otherTeamId, role: "LEAD" }]),
  sales: actor("sales", "SALES"),
  // Listed as a team's lead, yet SALES: reads only.
  salesInTeam: actor("salesInTeam", "SALES", [{ id: teamId, role: "LEAD" }]),
  outsider: actor("outsider", "ADMIN", [{ id: teamId, role: "LEAD" }], "org-other"),
} as const;
type Person = keyof typeof people;

// The thing acted on: in the team, submitted (or created) by `member`.
function permissionFor(action: Action): Permission {
  const inOrganisation = { organisationId };
  const inTeam = { organisationId, teamId };
  switch (action) {
    case "organisation.read":
    case "organisation.manage":
    case "feedback.read":
    case "feedback.create":
    case "report.read":
    case "apiToken.manage":
    case "settings.read":
    case "person.manage":
    case "organisation.export":
    case "success.read":
    case "success.thank":
    case "segment.create":
      return { action, resource: inOrganisation } as Permission;
    case "team.read":
    case "team.manage":
    case "improvement.create":
    case "improvement.triage":
    case "improvement.comment":
    case "success.create":
    case "success.feature":
    case "dailyStart.run":
    case "dailyStart.contribute":
    case "kpi.manage":
    case "dailyStart.checkIn":
      return { action, resource: inTeam } as Permission;
    case "improvement.edit":
    case "improvement.move":
      return { action, resource: { ...inTeam, submitterId: "member", ownerIds: [] } };
    case "success.edit":
    case "dailyStart.editItem":
      return { action, resource: { ...inTeam, createdById: "member" } };
    case "feedback.update":
      return { action, resource: { ...inOrganisation, teamId, createdById: "member" } };
  }
}

// Who may: every action must have a row (the type demands it), so a new action cannot go untested.
const allowed: Record<Action, Person[]> = {
  "organisation.read": ["admin", "lead", "member", "colleague", "otherTeamLead", "sales", "salesInTeam"],
  "organisation.manage": ["admin"],
  "team.read": ["admin", "lead", "member", "colleague", "otherTeamLead", "sales", "salesInTeam"],
  "team.manage": ["admin", "lead"],
  "improvement.create": ["admin", "lead", "member", "colleague"],
  "improvement.edit": ["admin", "lead", "member"],
  "improvement.move": ["admin", "lead", "member"],
  "improvement.triage": ["admin", "lead"],
  "improvement.comment": ["admin", "lead", "member", "colleague"],
  "feedback.read": ["admin", "lead", "member", "colleague", "otherTeamLead", "sales", "salesInTeam"],
  "feedback.create": ["admin", "lead", "member", "colleague", "otherTeamLead"],
  "feedback.update": ["admin", "lead", "member", "colleague"],
  "report.read": ["admin", "lead", "otherTeamLead", "sales", "salesInTeam"],
  "success.read": ["admin", "lead", "member", "colleague", "otherTeamLead", "sales", "salesInTeam"],
  "success.create": ["admin", "lead", "member", "colleague"],
  "success.edit": ["admin", "lead", "member"],
  "success.feature": ["admin", "lead"],
  "success.thank": ["admin", "lead", "member", "colleague", "otherTeamLead", "sales", "salesInTeam"],
  "dailyStart.run": ["admin", "lead"],
  "dailyStart.contribute": ["admin", "lead", "member", "colleague"],
  "kpi.manage": ["admin", "lead"],
  "dailyStart.checkIn": ["lead", "member", "colleague"],
  "dailyStart.editItem": ["admin", "lead", "member"],
  "segment.create": ["admin", "lead", "otherTeamLead"],
  "apiToken.manage": ["admin"],
  "settings.read": ["admin", "lead", "otherTeamLead"],
  "person.manage": ["admin"],
  "organisation.export": ["admin"],
};

describe("permission matrix", () => {
  for (const [action, who] of Object.entries(allowed) as [Action, Person[]][]) {
    for (const person of Object.keys(people) as Person[]) {
      const expected = who.includes(person);
      it(`${action} × ${person} → ${expected ? "allowed" : "refused"}`, () => {
        expect(can(people[person], permissionFor(action))).toBe(expected);
      });
    }
  }
});

describe("authorize", () => {
  it("answers another organisation's resource with not-found, never forbidden", () => {
    expect(() => authorize(people.outsider, permissionFor("team.read"))).toThrow(NotFoundError);
    expect(() => authorize(people.outsider, permissionFor("organisation.manage"))).toThrow(NotFoundError);
  });

  it("answers a refusal inside the organisation with forbidden", () => {
    expect(() => authorize(people.sales, permissionFor("improvement.create"))).toThrow(ForbiddenError);
  });

  it("lets a member move a card they own but did not submit", () => {
    const permission: Permission = { action: "improvement.move", resource: { organisationId, teamId, submitterId: "lead", ownerIds: ["colleague"] } };
    expect(can(people.colleague, permission)).toBe(true);
    expect(can(people.member, permission)).toBe(false);
  });

  it("does not let a member of another team move a card they submitted there before switching teams", () => {
    const permission: Permission = { action: "improvement.move", resource: { organisationId, teamId, submitterId: "otherTeamLead", ownerIds: [] } };
    expect(can(people.otherTeamLead, permission)).toBe(false);
  });
});
