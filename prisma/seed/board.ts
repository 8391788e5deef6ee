import type { PrismaClient } from "../../lib/db/generated/client";
import type { Stage, WasteType } from "../../lib/db/generated/enums";
import { defaultColumns } from "../../lib/board/default-columns";
import { rankForSlot } from "../../lib/board/rank";
import type { DemoOrganisation } from "./people";

type DemoImprovement = {
  key: string;
  stage: Stage;
  status?: "PARKED" | "REJECTED";
  reason?: string;
  title: string;
  problem?: string;
  proposal?: string;
  customerValue?: string;
  wasteType?: WasteType;
  submitter: string;
  owners?: string[];
  daysAgo: number;
  dueInDays?: number;
  /** Days after submission that a lead first reacted; absent for new, unanswered ideas. */
  respondedAfter?: number;
  comments?: { author: string; body: string; daysAgo: number }[];
};

// Realistic boards: a good item is solvable within about a month, within the team's influence,
// and has an owner (DOMAIN.md). Every column holds something; one idea waits too long on purpose.
const boards: Record<"klantenservice" | "logistiek", { wipLimits: Partial<Record<Stage, number>>; improvements: DemoImprovement[] }> = {
  klantenservice: {
    wipLimits: { DO: 4, CHECK: 3 },
    improvements: [
      {
        key: "ks-terugbel-dubbel",
        stage: "IDEA",
        title: "Terugbelverzoeken komen dubbel binnen",
        problem: "Klanten die via de website én telefonisch om terugbellen vragen, staan twee keer in de lijst. Soms bellen twee collega's dezelfde klant.",
        proposal: "Terugbelverzoeken op klantnummer samenvoegen in één lijst.",
        wasteType: "DEFECTS",
        submitter: "member",
        daysAgo: 0,
      },
      {
        key: "ks-levertijd-tekst",
        stage: "IDEA",
        title: "Standaardantwoord voor vragen over levertijd",
        problem: "We typen de uitleg over levertijden elke keer opnieuw, zo'n twintig keer per dag.",
        proposal: "Een standaardtekst in het mailsysteem die Logistiek actueel houdt.",
        wasteType: "OVERPROCESSING",
        submitter: "fatima",
        daysAgo: 1,
      },
      {
        key: "ks-wachtmuziek",
        stage: "IDEA",
        title: "Terugbeloptie in plaats van wachtmuziek",
        problem: "Klanten hangen op maandagochtend lang in de wacht en haken af.",
        customerValue: "De klant hoeft niet te wachten en wordt binnen een uur teruggebeld.",
        wasteType: "WAITING",
        submitter: "joris",
        daysAgo: 4,
      },
      {
        key: "ks-wachttijd",
        stage: "PLAN",
        title: "Wachttijd telefoon onder de 2 minuten",
        problem: "Op maandagochtend wachten klanten gemiddeld 7 minuten. In de klantenquête is dit de grootste ergernis.",
        proposal: "Piekuren beter bemensen en een terugbeloptie aanbieden.",
        customerValue: "De klant heeft binnen 2 minuten een medewerker aan de lijn.",
        wasteType: "WAITING",
        submitter: "member",
        owners: ["lead", "member"],
        daysAgo: 12,
        dueInDays: 18,
        respondedAfter: 0,
        comments: [
          { author: "lead", body: "Goed punt. Daan, wil jij de wachttijden van de afgelopen vier maandagen opzoeken als nulmeting?", daysAgo: 11 },
          { author: "member", body: "Gedaan: gemiddeld 6:50 minuten, piek tussen 9.00 en 10.30 uur.", daysAgo: 9 },
        ],
      },
      {
        key: "ks-retourformulier",
        stage: "PLAN",
        title: "Retourformulier eenvoudiger maken",
        problem: "Eén op de vijf retouren komt binnen zonder ordernummer; we zoeken dan handmatig de bestelling op.",
        proposal: "Ordernummer vooraf invullen via de link in de verzendmail.",
        wasteType: "DEFECTS",
        submitter: "fatima",
        owners: ["fatima"],
        daysAgo: 9,
        respondedAfter: 1,
      },
      {
        key: "ks-klantnummer",
        stage: "DO",
        title: "Klantgegevens automatisch tonen bij inkomend gesprek",
        problem: "Bij elk gesprek zoeken we de klant op in twee systemen; dat kost ongeveer een halve minuut per gesprek.",
        proposal: "Pilot met de koppeling tussen telefooncentrale en klantsysteem.",
        wasteType: "MOTION",
        submitter: "joris",
        owners: ["joris"],
        daysAgo: 20,
        dueInDays: 7,
        respondedAfter: 0,
      },
      {
        key: "ks-klachten-check",
        stage: "DO",
        title: "Dagelijkse check op openstaande klachten",
        problem: "Klachten blijven soms dagen liggen als de behandelaar vrij is.",
        proposal: "In de dagstart de klachten ouder dan één dag bespreken en een nieuwe eigenaar kiezen.",
        wasteType: "WAITING",
        submitter: "lead",
        owners: ["lead"],
        daysAgo: 16,
        respondedAfter: 0,
      },
      {
        key: "ks-chat-avond",
        stage: "DO",
        title: "Chat buiten kantoortijd: zeg wanneer we antwoorden",
        problem: "Klanten die 's avonds chatten, krijgen geen reactie en weten niet wanneer die komt.",
        customerValue: "De klant weet meteen dat we de volgende ochtend vóór 10.00 uur antwoorden.",
        wasteType: "WAITING",
        submitter: "member",
        owners: ["member"],
        daysAgo: 14,
        respondedAfter: 1,
      },
      {
        key: "ks-orderbevestiging",
        stage: "CHECK",
        title: "Orderbevestiging met duidelijke levertijd",
        problem: "Veel telefoontjes gaan over 'waar blijft mijn bestelling?'.",
        proposal: "De verwachte leverdag in de orderbevestiging zetten.",
        customerValue: "De klant weet vanaf de bestelling wanneer het pakket komt.",
        wasteType: "OVERPRODUCTION",
        submitter: "fatima",
        owners: ["fatima", "kees"],
        daysAgo: 34,
        respondedAfter: 0,
        comments: [{ author: "fatima", body: "Na drie weken pilot: 38% minder vragen over de levertijd. Klanten noemen het in de enquête.", daysAgo: 2 }],
      },
      {
        key: "ks-belscript",
        stage: "ACT",
        title: "Belscript voor klachten aangepast",
        problem: "Collega's reageerden verschillend op klachten; klanten voelden zich niet altijd gehoord.",
        proposal: "Eerst samenvatten wat de klant zegt, dan pas oplossen.",
        submitter: "lead",
        owners: ["lead"],
        daysAgo: 45,
        respondedAfter: 0,
      },
      {
        key: "ks-klachten-werkdag",
        stage: "DONE",
        title: "Klachten binnen één werkdag beantwoorden",
        problem: "Klanten wachtten gemiddeld drie dagen op een reactie op hun klacht.",
        customerValue: "De klant hoort binnen één werkdag wat we met de klacht doen.",
        wasteType: "WAITING",
        submitter: "member",
        owners: ["member"],
        daysAgo: 70,
        respondedAfter: 0,
      },
      {
        key: "ks-overdracht",
        stage: "DONE",
        title: "Overdracht vroege en late dienst op één whiteboard",
        problem: "Informatie over lopende zaken raakte kwijt bij de wisseling van dienst.",
        wasteType: "UNUSED_SKILLS",
        submitter: "kees",
        owners: ["kees"],
        daysAgo: 90,
        respondedAfter: 1,
      },
      {
        key: "ks-klantenapp",
        stage: "IDEA",
        status: "PARKED",
        reason: "Mooi idee, maar dit valt buiten onze invloed en duurt veel langer dan een maand. We nemen het mee naar het overleg met IT in het voorjaar.",
        title: "Eigen app voor klanten",
        submitter: "joris",
        daysAgo: 25,
        respondedAfter: 1,
      },
      {
        key: "ks-na-vier",
        stage: "IDEA",
        status: "REJECTED",
        reason: "Dit gaat ten koste van de klant: juist na 16.00 uur bellen veel zakelijke klanten. Laten we liever de bezetting aan het eind van de dag bekijken.",
        title: "Na 16.00 uur de telefoon niet meer opnemen",
        problem: "Aan het eind van de dag komen we niet toe aan het afhandelen van mails.",
        submitter: "member",
        daysAgo: 8,
        respondedAfter: 0,
      },
    ],
  },
  logistiek: {
    wipLimits: { DO: 2 },
    improvements: [
      {
        key: "lg-pickroute",
        stage: "IDEA",
        title: "Pickroute aanpassen aan de top-20 artikelen",
        problem: "De meest verkochte artikelen liggen achter in het magazijn; we lopen er de hele dag heen en weer.",
        wasteType: "MOTION",
        submitter: "lisa",
        daysAgo: 2,
      },
      {
        key: "lg-pallets",
        stage: "IDEA",
        title: "Lege pallets direct terug naar de inslag",
        problem: "Lege pallets staan in de gangpaden en worden twee keer verplaatst.",
        wasteType: "TRANSPORT",
        submitter: "kees",
        daysAgo: 0,
      },
      {
        key: "lg-verkeerde-orders",
        stage: "PLAN",
        title: "Oorzaak van verkeerd geleverde orders achterhalen",
        problem: "3% van de orders bevat een verkeerd artikel; Klantenservice krijgt daar dagelijks klachten over.",
        customerValue: "De klant krijgt in één keer wat hij bestelde.",
        wasteType: "DEFECTS",
        submitter: "mehmet",
        owners: ["mehmet"],
        daysAgo: 10,
        respondedAfter: 0,
      },
      {
        key: "lg-scanner",
        stage: "DO",
        title: "Scanner-check bij het inpakken",
        proposal: "Elk artikel scannen tegen de order voordat de doos dichtgaat.",
        wasteType: "DEFECTS",
        submitter: "lisa",
        owners: ["lisa"],
        daysAgo: 18,
        respondedAfter: 0,
      },
      {
        key: "lg-spoed",
        stage: "DO",
        title: "Vaste plek voor spoedorders",
        problem: "Spoedorders raken tussen de gewone orders kwijt en gaan een dag te laat weg.",
        wasteType: "WAITING",
        submitter: "kees",
        owners: ["kees"],
        daysAgo: 15,
        respondedAfter: 1,
      },
      {
        key: "lg-tellen",
        stage: "DO",
        title: "Voorraad per zone tellen in plaats van één keer per jaar",
        problem: "Bij de jaartelling ligt het magazijn twee dagen stil en kloppen de aantallen daarna nog niet.",
        wasteType: "INVENTORY",
        submitter: "mehmet",
        owners: ["mehmet", "lisa"],
        daysAgo: 22,
        respondedAfter: 0,
      },
      {
        key: "lg-laden",
        stage: "CHECK",
        title: "Vrachtwagen laden in de volgorde van de rit",
        problem: "Chauffeurs moeten bij elke stop pakketten zoeken.",
        customerValue: "Leveringen komen op de afgesproken tijd.",
        wasteType: "TRANSPORT",
        submitter: "kees",
        owners: ["kees"],
        daysAgo: 30,
        respondedAfter: 0,
      },
      {
        key: "lg-inwerkmap",
        stage: "ACT",
        title: "Inwerkmap voor uitzendkrachten",
        problem: "Nieuwe uitzendkrachten weten de eerste dagen niet waar alles ligt en vragen steeds collega's.",
        wasteType: "UNUSED_SKILLS",
        submitter: "lisa",
        owners: ["lisa"],
        daysAgo: 40,
        respondedAfter: 1,
      },
      {
        key: "lg-etiketten",
        stage: "DONE",
        title: "Etiketten printen bij de inpaktafel",
        problem: "Inpakkers liepen voor elk etiket naar de printer bij de uitgang.",
        wasteType: "MOTION",
        submitter: "lisa",
        owners: ["lisa"],
        daysAgo: 60,
        respondedAfter: 0,
      },
      {
        key: "lg-inpaklijn",
        stage: "IDEA",
        status: "PARKED",
        reason: "Pas zinvol als de orderaantallen na de zomer blijven groeien. In september bekijken we het opnieuw.",
        title: "Tweede inpaklijn openen",
        submitter: "kees",
        daysAgo: 20,
        respondedAfter: 2,
      },
    ],
  },
};

const DAY_MS = 86_400_000;
const stageOrder: Stage[] = ["IDEA", "PLAN", "DO", "CHECK", "ACT", "DONE"];

export type DemoBoard = {
  /** Column ids per team and stage. */
  columns: Record<string, Record<Stage, string>>;
  /** Improvement ids by their demo key (e.g. "ks-wachttijd"), with where they stand. */
  improvements: Record<string, { id: string; teamId: string; stage: Stage; status: "ACTIVE" | "PARKED" | "REJECTED" }>;
};

/** Default columns for every demo team and realistic Dutch improvements in every column. */
export async function seedBoard(db: PrismaClient, organisation: DemoOrganisation, now: Date = new Date()): Promise<DemoBoard> {
  const result: DemoBoard = { columns: {}, improvements: {} };
  const person = (key: string) => {
    const id = organisation.userIds[key];
    if (!id) throw new Error(`seed: unknown demo person ${key}`);
    return id;
  };
  const at = (daysAgo: number, hours = 0) => new Date(now.getTime() - daysAgo * DAY_MS + hours * 3_600_000);

  for (const [slug, board] of Object.entries(boards) as [keyof typeof boards, (typeof boards)[keyof typeof boards]][]) {
    const teamId = organisation.teamIds[slug];
    const columns = {} as Record<Stage, { id: string; name: string }>;
    for (const [position, column] of defaultColumns.entries()) {
      const created = await db.column.create({
        data: { organisationId: organisation.organisationId, teamId, name: column.name, stage: column.stage, position, wipLimit: board.wipLimits[column.stage] ?? null },
        select: { id: true, name: true },
      });
      columns[column.stage] = created;
    }
    result.columns[teamId] = Object.fromEntries(Object.entries(columns).map(([stage, column]) => [stage, column.id])) as Record<Stage, string>;

    const lastRank: Partial<Record<Stage, string>> = {};
    for (const item of board.improvements) {
      const column = columns[item.stage];
      const active = !item.status;
      const rank = active ? rankForSlot({ before: lastRank[item.stage] ?? null, after: null }) : null;
      if (rank) lastRank[item.stage] = rank;
      const createdAt = at(item.daysAgo, 1);
      const responded = item.respondedAfter !== undefined ? new Date(createdAt.getTime() + item.respondedAfter * DAY_MS + 2 * 3_600_000) : null;
      const stageIndex = stageOrder.indexOf(item.stage);
      const stageEnteredAt = stageIndex === 0 ? createdAt : new Date(Math.min(now.getTime(), createdAt.getTime() + (stageIndex + 1) * 2 * DAY_MS));
      const improvement = await db.improvement.create({
        data: {
          organisationId: organisation.organisationId,
          teamId,
          columnId: column.id,
          rank,
          title: item.title,
          problem: item.problem ?? null,
          proposal: item.proposal ?? null,
          customerValue: item.customerValue ?? null,
          wasteType: item.wasteType ?? null,
          submitterId: person(item.submitter),
          dueDate: item.dueInDays !== undefined ? new Date(`${new Date(now.getTime() + item.dueInDays * DAY_MS).toISOString().slice(0, 10)}T00:00:00Z`) : null,
          status: item.status ?? "ACTIVE",
          statusReason: item.reason ?? null,
          statusChangedAt: item.status ? responded : null,
          createdAt,
          updatedAt: stageEnteredAt,
          firstResponseAt: responded,
          stageEnteredAt,
          owners: item.owners ? { create: item.owners.map((owner) => ({ userId: person(owner) })) } : undefined,
          comments: item.comments
            ? {
                create: item.comments.map((comment) => ({
                  organisationId: organisation.organisationId,
                  authorId: person(comment.author),
                  body: comment.body,
                  createdAt: at(comment.daysAgo),
                })),
              }
            : undefined,
        },
        select: { id: true },
      });
      result.improvements[item.key] = { id: improvement.id, teamId, stage: item.stage, status: item.status ?? "ACTIVE" };

      const lead = slug === "klantenservice" ? person("lead") : person("mehmet");
      const history: { kind: "CREATED" | "ACCEPTED" | "MOVED" | "PARKED" | "REJECTED"; actorId: string; createdAt: Date; data?: Record<string, string> }[] = [
        { kind: "CREATED", actorId: person(item.submitter), createdAt },
      ];
      if (item.status && responded) history.push({ kind: item.status, actorId: lead, createdAt: responded, data: { reason: item.reason ?? "" } });
      for (let index = 1; active && index <= stageIndex; index += 1) {
        const from = defaultColumns[index - 1]?.name ?? "";
        const to = defaultColumns[index]?.name ?? "";
        const when = new Date(Math.min(now.getTime(), createdAt.getTime() + index * 2 * DAY_MS));
        history.push(
          index === 1
            ? { kind: "ACCEPTED", actorId: lead, createdAt: responded ?? when, data: { fromColumn: from, toColumn: to } }
            : { kind: "MOVED", actorId: item.owners?.[0] ? person(item.owners[0]) : lead, createdAt: when, data: { fromColumn: from, toColumn: to } },
        );
      }
      await db.improvementActivity.createMany({
        data: history.map((entry) => ({
          organisationId: organisation.organisationId,
          improvementId: improvement.id,
          actorId: entry.actorId,
          kind: entry.kind,
          data: entry.data,
          createdAt: entry.createdAt,
        })),
      });
    }
  }
  return result;
}
