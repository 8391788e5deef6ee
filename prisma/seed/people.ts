import type { PrismaClient } from "../../lib/db/generated/client";
import { hash } from "@node-rs/argon2";

export const demoPassword = "verbeterbord";

type DemoPerson = {
  key: string;
  email: string;
  name: string;
  role: "ADMIN" | "SALES" | "MEMBER";
  teams: { slug: "klantenservice" | "logistiek"; role: "LEAD" | "MEMBER" }[];
};

// The four accounts DESIGN.md promises, plus colleagues so the boards look like a real team.
export const demoPeople: DemoPerson[] = [
  { key: "admin", email: "admin@demo.nl", name: "Anouk Willems", role: "ADMIN", teams: [] },
  { key: "lead", email: "teamleider@demo.nl", name: "Sanne de Vries", role: "MEMBER", teams: [{ slug: "klantenservice", role: "LEAD" }] },
  { key: "member", email: "medewerker@demo.nl", name: "Daan Jansen", role: "MEMBER", teams: [{ slug: "klantenservice", role: "MEMBER" }] },
  { key: "sales", email: "sales@demo.nl", name: "Ruben Smit", role: "SALES", teams: [] },
  { key: "fatima", email: "fatima@demo.nl", name: "Fatima el Amrani", role: "MEMBER", teams: [{ slug: "klantenservice", role: "MEMBER" }] },
  { key: "joris", email: "joris@demo.nl", name: "Joris Bakker", role: "MEMBER", teams: [{ slug: "klantenservice", role: "MEMBER" }] },
  { key: "mehmet", email: "mehmet@demo.nl", name: "Mehmet Yılmaz", role: "MEMBER", teams: [{ slug: "logistiek", role: "LEAD" }] },
  { key: "lisa", email: "lisa@demo.nl", name: "Lisa Visser", role: "MEMBER", teams: [{ slug: "logistiek", role: "MEMBER" }] },
  { key: "kees", email: "kees@demo.nl", name: "Kees Mulder", role: "MEMBER", teams: [{ slug: "logistiek", role: "MEMBER" }, { slug: "klantenservice", role: "MEMBER" }] },
];

export const demoTeams = [
  { slug: "klantenservice", name: "Klantenservice" },
  { slug: "logistiek", name: "Logistiek" },
] as const;

export type DemoOrganisation = {
  organisationId: string;
  teamIds: Record<(typeof demoTeams)[number]["slug"], string>;
  userIds: Record<string, string>;
};

export async function seedPeople(db: PrismaClient): Promise<DemoOrganisation> {
  const passwordHash = await hash(demoPassword);
  const organisation = await db.organisation.create({ data: { name: "Demo BV" } });
  const teamIds = {} as DemoOrganisation["teamIds"];
  for (const team of demoTeams) {
    const created = await db.team.create({ data: { organisationId: organisation.id, name: team.name, slug: team.slug } });
    teamIds[team.slug] = created.id;
  }
  const userIds: Record<string, string> = {};
  for (const person of demoPeople) {
    const user = await db.user.create({
      data: {
        email: person.email,
        name: person.name,
        passwordHash,
        organisationMembership: { create: { organisationId: organisation.id, role: person.role } },
        teamMemberships: { create: person.teams.map((team) => ({ teamId: teamIds[team.slug], role: team.role })) },
      },
    });
    userIds[person.key] = user.id;
  }
  return { organisationId: organisation.id, teamIds, userIds };
}
