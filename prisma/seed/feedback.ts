import type { Prisma, PrismaClient } from "../../lib/db/generated/client";
import type { ComplaintStatus, FeedbackChannel, FeedbackType } from "../../lib/db/generated/enums";
import type { DemoBoard } from "./board";
import type { DemoOrganisation } from "./people";
import type { DemoSegmentKey } from "./segments";

// Demo customer feedback for Demo BV: sixteen weeks of daily NPS/CES/CSAT answers (Klantenservice
// slowly improving, Logistiek flat), and complaints, compliments and tips people typed in.
// Pseudo-random but seeded, so every demo database looks the same.

const DAY_MS = 86_400_000;
const WEEKS = 16;

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Team = "klantenservice" | "logistiek";

type Written = {
  type: Extract<FeedbackType, "COMPLAINT" | "COMPLIMENT" | "TIP">;
  team: Team;
  segment?: DemoSegmentKey;
  channel: FeedbackChannel;
  customer?: string;
  text: string;
  daysAgo: number;
  recordedBy: string;
  status?: ComplaintStatus;
  handledAfterDays?: number;
  /** The demo improvement (board seed key) this complaint was turned into. */
  improvement?: string;
};

const written: Written[] = [
  {
    type: "COMPLAINT",
    team: "klantenservice",
    segment: "particulier",
    channel: "PHONE",
    customer: "Mevrouw De Boer",
    text: "Op maandagochtend twintig minuten in de wacht gestaan en toen opgehangen. Niemand belde terug.",
    daysAgo: 6,
    recordedBy: "member",
    status: "IN_PROGRESS",
    improvement: "ks-wachtmuziek",
  },
  {
    type: "COMPLAINT",
    team: "logistiek",
    segment: "zakelijk",
    channel: "EMAIL",
    customer: "Van Dijk Installatietechniek",
    text: "Voor de tweede keer deze maand de verkeerde maat buizen geleverd. Onze monteurs stonden een halve dag stil.",
    daysAgo: 12,
    recordedBy: "fatima",
    status: "HANDLED",
    handledAfterDays: 2,
    improvement: "lg-verkeerde-orders",
  },
  {
    type: "COMPLAINT",
    team: "klantenservice",
    segment: "webshop",
    channel: "CHAT",
    text: "Ik kan in de webshop niet zien of mijn retour is ontvangen. Drie keer moeten mailen.",
    daysAgo: 3,
    recordedBy: "joris",
    status: "OPEN",
  },
  {
    type: "COMPLAINT",
    team: "logistiek",
    segment: "mkb",
    channel: "PHONE",
    customer: "Bakkerij Jansen",
    text: "Levering kwam na sluitingstijd; de chauffeur heeft de dozen buiten gezet.",
    daysAgo: 1,
    recordedBy: "member",
    status: "OPEN",
  },
  {
    type: "COMPLAINT",
    team: "klantenservice",
    segment: "zakelijk",
    channel: "EMAIL",
    customer: "Gemeente Zwolle, inkoop",
    text: "Factuur klopt niet met de offerte en niemand reageert op onze mail van vorige week.",
    daysAgo: 20,
    recordedBy: "lead",
    status: "HANDLED",
    handledAfterDays: 5,
  },
  {
    type: "COMPLAINT",
    team: "klantenservice",
    segment: "particulier",
    channel: "SOCIAL",
    text: "Orderbevestiging kwam pas na twee dagen binnen. Dacht dat mijn bestelling mislukt was.",
    daysAgo: 34,
    recordedBy: "fatima",
    status: "HANDLED",
    handledAfterDays: 0,
  },
  {
    type: "COMPLAINT",
    team: "logistiek",
    segment: "webshop",
    channel: "WEBSITE",
    text: "Pakket beschadigd aangekomen, de doos was veel te groot en niet opgevuld.",
    daysAgo: 9,
    recordedBy: "lisa",
    status: "IN_PROGRESS",
  },
  {
    type: "COMPLAINT",
    team: "logistiek",
    segment: "mkb",
    channel: "PHONE",
    customer: "Fietsenmaker Visser",
    text: "Track & trace gaf aan dat het pakket bezorgd was, maar het lag nog in het depot.",
    daysAgo: 48,
    recordedBy: "kees",
    status: "HANDLED",
    handledAfterDays: 1,
  },
  {
    type: "COMPLIMENT",
    team: "klantenservice",
    segment: "particulier",
    channel: "PHONE",
    customer: "Meneer Yıldız",
    text: "Daan dacht echt mee: hij heeft zelf de bezorger gebeld zodat mijn pakket nog vóór het weekend kwam.",
    daysAgo: 2,
    recordedBy: "lead",
  },
  {
    type: "COMPLIMENT",
    team: "logistiek",
    segment: "zakelijk",
    channel: "EMAIL",
    customer: "Van Dijk Installatietechniek",
    text: "Sinds de nieuwe controle bij het inpakken klopt elke levering. Fijn dat jullie dit zo snel hebben opgepakt.",
    daysAgo: 5,
    recordedBy: "mehmet",
  },
  {
    type: "COMPLIMENT",
    team: "klantenservice",
    segment: "webshop",
    channel: "CHAT",
    text: "Binnen twee minuten antwoord in de chat, ook om acht uur 's avonds. Top!",
    daysAgo: 15,
    recordedBy: "joris",
  },
  {
    type: "COMPLIMENT",
    team: "klantenservice",
    segment: "mkb",
    channel: "IN_PERSON",
    customer: "Drukkerij Smit",
    text: "Vriendelijk, geduldig en correct geholpen bij een ingewikkelde retour van een halve pallet.",
    daysAgo: 27,
    recordedBy: "kees",
  },
  {
    type: "COMPLIMENT",
    team: "logistiek",
    segment: "particulier",
    channel: "SOCIAL",
    text: "De chauffeur droeg de kast zelfs naar boven. Daar rekende ik niet op!",
    daysAgo: 40,
    recordedBy: "lisa",
  },
  {
    type: "TIP",
    team: "klantenservice",
    segment: "webshop",
    channel: "WEBSITE",
    text: "Zet de verwachte levertijd al in het winkelmandje, niet pas in de bevestiging.",
    daysAgo: 4,
    recordedBy: "member",
  },
  {
    type: "TIP",
    team: "logistiek",
    segment: "zakelijk",
    channel: "EMAIL",
    customer: "Gemeente Zwolle, inkoop",
    text: "Stuur een bericht een half uur voordat de vrachtwagen komt, dan staat er iemand klaar bij het hek.",
    daysAgo: 11,
    recordedBy: "mehmet",
  },
  {
    type: "TIP",
    team: "klantenservice",
    segment: "particulier",
    channel: "PHONE",
    text: "Bied terugbellen aan als het druk is; ik wacht liever niet met muziek.",
    daysAgo: 18,
    recordedBy: "fatima",
  },
];

const surveySegments: DemoSegmentKey[] = ["particulier", "particulier", "webshop", "webshop", "mkb", "zakelijk"];

const surveyComments: Partial<Record<FeedbackType, string[]>> = {
  NPS: ["Snel en vriendelijk geholpen.", "Levering was een dag te laat.", "Altijd correct, maar de wachttijd aan de telefoon is lang.", "Denken echt met je mee."],
  CES: ["Retour aanmelden was omslachtig.", "Alles in één keer geregeld."],
  CSAT: ["Prima geholpen.", "Antwoord klopte niet helemaal."],
};

/** An NPS score around a team's level for that week: higher levels mean more 9s and 10s. */
function npsScore(next: () => number, level: number): number {
  const roll = next() + level;
  if (roll > 0.85) return next() < 0.5 ? 10 : 9;
  if (roll > 0.55) return next() < 0.5 ? 8 : 7;
  return Math.floor(next() * 7);
}

export async function seedFeedback(
  db: PrismaClient,
  organisation: DemoOrganisation,
  segments: Record<DemoSegmentKey, string>,
  board: DemoBoard,
  now: Date = new Date(),
): Promise<void> {
  const next = random(20_261_123);
  const day = (daysAgo: number) => new Date(`${new Date(now.getTime() - daysAgo * DAY_MS).toISOString().slice(0, 10)}T00:00:00Z`);
  const person = (key: string) => organisation.userIds[key] ?? null;
  const rows: Prisma.FeedbackCreateManyInput[] = [];
  const teams: Team[] = ["klantenservice", "logistiek"];

  for (let daysAgo = WEEKS * 7 - 1; daysAgo >= 0; daysAgo -= 1) {
    const progress = 1 - daysAgo / (WEEKS * 7);
    for (const team of teams) {
      // Klantenservice climbs from about +5 to about +35; Logistiek stays around +15.
      const level = team === "klantenservice" ? 0.18 + progress * 0.22 : 0.3;
      const answers = Math.floor(next() * 4);
      for (let index = 0; index < answers; index += 1) {
        const type: FeedbackType = index === 0 ? "NPS" : next() < 0.5 ? "NPS" : next() < 0.5 ? "CES" : "CSAT";
        const score =
          type === "NPS" ? npsScore(next, level) : type === "CES" ? Math.min(7, Math.max(1, Math.round(4 + level * 5 + (next() - 0.5) * 4))) : Math.min(5, Math.max(1, Math.round(3 + level * 3 + (next() - 0.5) * 3)));
        const comments = surveyComments[type] ?? [];
        const text = next() < 0.15 ? (comments[Math.floor(next() * comments.length)] ?? null) : null;
        const segment = surveySegments[Math.floor(next() * surveySegments.length)] ?? "particulier";
        rows.push({
          organisationId: organisation.organisationId,
          type,
          score,
          receivedOn: day(daysAgo),
          channel: "SURVEY",
          teamId: organisation.teamIds[team],
          segmentId: segments[segment],
          text,
          externalId: `demo-enquete-${daysAgo}-${team}-${index}`,
          createdAt: day(daysAgo),
        });
      }
    }
  }

  for (const item of written) {
    const receivedOn = day(item.daysAgo);
    rows.push({
      organisationId: organisation.organisationId,
      type: item.type,
      receivedOn,
      channel: item.channel,
      customerName: item.customer ?? null,
      segmentId: item.segment ? segments[item.segment] : null,
      teamId: organisation.teamIds[item.team],
      text: item.text,
      status: item.type === "COMPLAINT" ? (item.status ?? "OPEN") : null,
      handledAt: item.handledAfterDays !== undefined ? new Date(receivedOn.getTime() + item.handledAfterDays * DAY_MS + 14 * 3_600_000) : null,
      improvementId: item.improvement ? (board.improvements[item.improvement]?.id ?? null) : null,
      createdById: person(item.recordedBy),
      createdAt: new Date(receivedOn.getTime() + 10 * 3_600_000),
    });
  }

  await db.feedback.createMany({ data: rows });
}
