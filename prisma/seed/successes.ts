import type { PrismaClient } from "../../lib/db/generated/client";
import type { DemoBoard } from "./board";
import type { DemoOrganisation } from "./people";

type DemoSuccess = {
  title: string;
  story: string;
  /** Days before the seed ran; "thisMonth" lands early in the current month, so it counts now. */
  daysAgo: number | "thisMonth";
  /** Demo keys of the completed improvements it came from (prisma/seed/board.ts). */
  improvements?: string[];
  contributors: string[];
  effect?: { value: number; unit: string };
  thankedBy: string[];
  featured?: boolean;
};

// A few months of successes per team, oldest first (the order of recording decides the
// milestones: Klantenservice's fifth success shows the cake). Three come from the improvements
// that are Geborgd on the demo boards; the others predate the boards.
const successes: Record<"klantenservice" | "logistiek", DemoSuccess[]> = {
  klantenservice: [
    {
      title: "Vaste belronde voor terugbelverzoeken",
      story:
        "Terugbelverzoeken bleven soms een dag liggen omdat niemand zich verantwoordelijk voelde.\n\nNu belt om 11.00 en 15.00 uur één vaste collega alle openstaande verzoeken terug. Klanten hoeven niet meer zelf opnieuw te bellen.",
      daysAgo: 150,
      contributors: ["fatima", "joris"],
      effect: { value: -25, unit: "% gemiste terugbelverzoeken" },
      thankedBy: ["lead", "admin", "kees"],
    },
    {
      title: "Levertijd staat nu op de website",
      story:
        "Een op de vijf telefoontjes ging over ‘wanneer wordt het geleverd?’. Samen met Logistiek staat de actuele levertijd nu bij elk product en in de orderbevestiging.",
      daysAgo: 120,
      contributors: ["member", "kees", "mehmet"],
      effect: { value: -15, unit: "% telefoontjes over levertijd" },
      thankedBy: ["lead", "sales", "lisa"],
    },
    {
      title: "Niets meer kwijt bij de dienstwissel",
      story:
        "Bij de wisseling van vroege en late dienst raakte informatie over lopende zaken kwijt, en klanten moesten hun verhaal opnieuw doen.\n\nHet whiteboard bij de koffieautomaat is nu de vaste overdracht: vijf minuten, elke dag.",
      daysAgo: 78,
      improvements: ["ks-overdracht"],
      contributors: ["kees"],
      effect: { value: -4, unit: "keer per week navragen bij de vorige dienst" },
      thankedBy: ["lead", "fatima", "joris", "member"],
    },
    {
      title: "Klachten binnen één werkdag beantwoord",
      story:
        "Klanten wachtten gemiddeld drie dagen op een reactie op hun klacht. Nu krijgt elke klager binnen één werkdag te horen wat we ermee doen — ook als de oplossing nog even duurt.\n\nVerwachting van de klant waargemaakt: ja. Twee klanten belden om te zeggen dat ze dit niet gewend waren.",
      daysAgo: 56,
      improvements: ["ks-klachten-werkdag"],
      contributors: ["member", "lead"],
      effect: { value: -2, unit: "dagen wachten op een reactie" },
      thankedBy: ["admin", "sales", "fatima", "kees", "mehmet"],
      featured: true,
    },
    {
      title: "Compliment: ‘eindelijk iemand die meedenkt’",
      story:
        "Bakkerij Jansen mailde dat Fatima niet alleen de bestelling herstelde, maar ook een handiger bestelmoment voorstelde. Zo vieren we het: gedeeld in de dagstart en hier vastgelegd.",
      daysAgo: 30,
      contributors: ["fatima"],
      thankedBy: ["lead", "joris", "member", "admin"],
    },
    {
      title: "Klantgegevens in één klik bij inkomende gesprekken",
      story:
        "Met twee sneltoetsen staat de klantkaart open voordat de klant zijn ordernummer heeft genoemd. Minder ‘momentje, ik zoek het even op’.",
      daysAgo: "thisMonth",
      contributors: ["joris", "kees"],
      effect: { value: -30, unit: "seconden per gesprek" },
      thankedBy: ["lead"],
    },
  ],
  logistiek: [
    {
      title: "Spoedorders op tijd de deur uit",
      story: "Spoedorders hebben een eigen, gemarkeerde plek bij de inpaktafel en worden elk uur opgehaald. Klantenservice kan klanten nu met een gerust hart ‘morgen in huis’ beloven.",
      daysAgo: 100,
      contributors: ["lisa", "kees"],
      effect: { value: -40, unit: "% te laat verzonden spoedorders" },
      thankedBy: ["mehmet", "lead", "member"],
    },
    {
      title: "Etiketten printen bij de inpaktafel",
      story: "Inpakkers liepen voor elk etiket naar de printer bij de uitgang. Er staat nu een labelprinter aan elke inpaktafel.",
      daysAgo: 48,
      improvements: ["lg-etiketten"],
      contributors: ["lisa"],
      effect: { value: -30, unit: "minuten lopen per dag" },
      thankedBy: ["mehmet", "kees", "admin"],
      featured: true,
    },
    {
      title: "Opgeruimde inpaktafels na elke dienst",
      story: "Elke dienst eindigt met vijf minuten opruimen volgens een vaste foto van de tafel. De volgende dienst begint direct in plaats van eerst te zoeken.",
      daysAgo: "thisMonth",
      contributors: ["kees", "mehmet"],
      thankedBy: ["lisa"],
    },
  ],
};

const DAY_MS = 86_400_000;

function dayOf(date: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

/** The successes log of Demo BV, linked to the demo boards' completed improvements. */
export async function seedSuccesses(db: PrismaClient, organisation: DemoOrganisation, board: DemoBoard, now: Date = new Date()): Promise<void> {
  const person = (key: string) => {
    const id = organisation.userIds[key];
    if (!id) throw new Error(`seed: unknown demo person ${key}`);
    return id;
  };
  const improvement = (key: string) => {
    const found = board.improvements[key];
    if (!found) throw new Error(`seed: unknown demo improvement ${key}`);
    return found.id;
  };
  const today = dayOf(now);
  // Early in this month, but never in the future: on the 1st it is today.
  const thisMonthDay = `${today.slice(0, 8)}${String(Math.min(2, Number(today.slice(8, 10)))).padStart(2, "0")}`;

  for (const slug of ["klantenservice", "logistiek"] as const) {
    const teamId = organisation.teamIds[slug];
    for (const [index, success] of successes[slug].entries()) {
      const achievedOn = success.daysAgo === "thisMonth" ? thisMonthDay : dayOf(new Date(now.getTime() - success.daysAgo * DAY_MS));
      // Recorded in the same order, an hour apart at most, so ordinals follow the list.
      const createdAt = new Date(Math.min(now.getTime() - (successes[slug].length - index) * 60_000, new Date(`${achievedOn}T15:00:00Z`).getTime()));
      await db.success.create({
        data: {
          organisationId: organisation.organisationId,
          teamId,
          title: success.title,
          story: success.story,
          achievedOn: new Date(`${achievedOn}T00:00:00Z`),
          effectValue: success.effect?.value ?? null,
          effectUnit: success.effect?.unit ?? null,
          featuredAt: success.featured ? createdAt : null,
          createdById: person(slug === "klantenservice" ? "lead" : "mehmet"),
          createdAt,
          updatedAt: createdAt,
          improvements: { create: (success.improvements ?? []).map((key) => ({ improvementId: improvement(key) })) },
          contributors: { create: success.contributors.map((key) => ({ userId: person(key) })) },
          thanks: {
            create: success.thankedBy.map((key, position) => ({ userId: person(key), createdAt: new Date(Math.min(now.getTime(), createdAt.getTime() + (position + 1) * 3_600_000)) })),
          },
        },
      });
    }
  }
}
