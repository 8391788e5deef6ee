import type { PrismaClient } from "../../lib/db/generated/client";
import type { ActDecision, CheckResult, CustomerType, ExpectationMet, KanoCategory } from "../../lib/db/generated/enums";
import type { DemoBoard } from "./board";
import type { DemoOrganisation } from "./people";
import type { DemoSegmentKey } from "./segments";

type DemoAction = { description: string; owner?: string; dueInDays?: number; doneDaysAgo?: number };

type DemoCycle = {
  problemStatement?: string;
  customerType?: CustomerType;
  customerName?: string;
  segment?: DemoSegmentKey;
  expectation?: string;
  kano?: KanoCategory;
  baseline?: string;
  rootCause?: string[];
  goal?: string;
  actions?: DemoAction[];
  doDescription?: string;
  informed?: string;
  checkResult?: CheckResult;
  measuredResult?: string;
  sideEffects?: string;
  expectationMet?: ExpectationMet;
  expectationEvidence?: string;
  actDecision?: ActDecision;
  standardisation?: string;
  training?: string;
  monitoring?: string;
  lessonsLearned?: string;
  newCycleReason?: string;
  /** Who filled it in (demo person key) and how many days ago it was last changed. */
  by: string;
  daysAgo: number;
};

// Checklists filled to match each card's stage (DOMAIN.md: Plan → Do → Check → Act): cards in
// Plan have (part of) a plan, cards in Do a pilot, Check a measurement, Act a decision, Geborgd
// everything. Customer expectations span the segments and all three Kano categories. One card
// in Plan still lacks its expectation, so the stage gate can be seen refusing a move.
const checklists: Record<string, DemoCycle[]> = {
  "ks-wachttijd": [
    {
      problemStatement: "Op maandagochtend wachten bellers gemiddeld 6:50 minuten voordat ze een medewerker spreken.",
      customerType: "EXTERNAL",
      customerName: "Particuliere bellers op maandagochtend",
      segment: "particulier",
      expectation: "Binnen 2 minuten iemand aan de lijn, of een terugbelafspraak die wordt nagekomen.",
      kano: "PERFORMANCE",
      baseline: "Gemiddeld 6:50 minuten wachttijd op de laatste vier maandagen; piek tussen 9.00 en 10.30 uur.",
      rootCause: [
        "Waarom wachten ze lang? Tussen 9.00 en 10.30 uur komen drie keer zoveel gesprekken binnen als de rest van de dag.",
        "Waarom kunnen we dat niet aan? Op maandagochtend staan er evenveel mensen aan de telefoon als op andere dagen.",
        "Waarom? Het rooster is voor alle dagen gelijk en houdt geen rekening met de weekendmails.",
      ],
      goal: "Binnen 4 weken is de gemiddelde wachttijd op maandag tussen 9.00 en 10.30 uur lager dan 2 minuten.",
      actions: [
        { description: "Rooster maandagochtend: twee extra collega's aan de telefoon", owner: "lead", dueInDays: 5 },
        { description: "Terugbeloptie instellen in de telefooncentrale", owner: "member", dueInDays: 10 },
      ],
      by: "member",
      daysAgo: 8,
    },
  ],
  "ks-retourformulier": [
    {
      problemStatement: "Eén op de vijf retouren komt binnen zonder ordernummer, waardoor we de bestelling handmatig moeten opzoeken.",
      customerType: "EXTERNAL",
      customerName: "Klanten die een bestelling terugsturen",
      segment: "webshop",
      baseline: "21% van de retouren in oktober zonder ordernummer (steekproef van 200).",
      by: "fatima",
      daysAgo: 6,
    },
  ],
  "ks-klantnummer": [
    {
      problemStatement: "Bij elk inkomend gesprek zoeken we de klant in twee systemen op; dat kost ongeveer 30 seconden per gesprek.",
      customerType: "EXTERNAL",
      customerName: "Zakelijke klanten met een vast account",
      segment: "zakelijk",
      expectation: "Niet bij elk gesprek opnieuw klantnummer en adres hoeven noemen.",
      kano: "BASIC",
      baseline: "Gemiddeld 31 seconden zoektijd per gesprek (meting 2 dagen, 140 gesprekken).",
      rootCause: ["De telefooncentrale en het klantsysteem zijn niet gekoppeld.", "De koppeling is bij de invoering van de centrale niet meegenomen."],
      goal: "Na de pilot van 2 weken ziet de medewerker bij 80% van de gesprekken de klant direct in beeld.",
      actions: [
        { description: "Koppeling aanvragen bij IT", owner: "joris", dueInDays: -12, doneDaysAgo: 13 },
        { description: "Pilot met drie collega's", owner: "joris", dueInDays: -2 },
      ],
      doDescription: "Pilot gestart met Joris, Fatima en Kees: de centrale toont het klantnummer bij bekende telefoonnummers.",
      informed: "Team in de dagstart, IT",
      by: "joris",
      daysAgo: 3,
    },
  ],
  "ks-klachten-check": [
    {
      problemStatement: "Klachten blijven gemiddeld 2,5 dag liggen als de behandelaar afwezig is.",
      customerType: "EXTERNAL",
      customerName: "Klanten met een klacht",
      segment: "particulier",
      expectation: "Een klacht wordt binnen één werkdag opgepakt, ook als de vaste behandelaar er niet is.",
      kano: "BASIC",
      baseline: "12 van de 40 klachten in oktober lagen langer dan een werkdag stil.",
      rootCause: ["Alleen de behandelaar ziet de klacht in zijn eigen lijst.", "Niemand kijkt naar de lijsten van afwezige collega's."],
      goal: "In december ligt geen enkele klacht langer dan één werkdag stil.",
      actions: [{ description: "Vast agendapunt ‘klachten ouder dan een dag’ in de dagstart", owner: "lead", dueInDays: -5, doneDaysAgo: 6 }],
      doDescription: "Sinds twee weken bespreken we in de dagstart elke klacht die ouder is dan een dag en kiezen we meteen een nieuwe eigenaar.",
      by: "lead",
      daysAgo: 2,
    },
  ],
  "ks-chat-avond": [
    {
      problemStatement: "Klanten die na 17.00 uur chatten krijgen geen reactie en weten niet wanneer die komt.",
      customerType: "EXTERNAL",
      customerName: "Webshopklanten die 's avonds chatten",
      segment: "webshop",
      expectation: "Meteen weten wanneer er antwoord komt, en de volgende ochtend als eerste geholpen worden.",
      kano: "EXCITEMENT",
      baseline: "Gemiddeld 14 chats per avond zonder reactie; 30% daarvan belt de volgende ochtend alsnog.",
      goal: "Binnen 3 weken krijgt elke avondchat een automatisch bericht en is 90% vóór 10.00 uur beantwoord.",
      actions: [{ description: "Automatisch bericht buiten kantoortijd instellen", owner: "member", dueInDays: 4 }],
      doDescription: "Tekst voor het automatische bericht geschreven en met twee collega's getest.",
      by: "member",
      daysAgo: 4,
    },
  ],
  "ks-orderbevestiging": [
    {
      problemStatement: "Een kwart van de telefoontjes gaat over de vraag wanneer een bestelling wordt geleverd.",
      customerType: "EXTERNAL",
      customerName: "Webshopklanten",
      segment: "webshop",
      expectation: "Bij het bestellen al weten op welke dag het pakket komt.",
      kano: "PERFORMANCE",
      baseline: "Gemiddeld 85 vragen per week over de levertijd (september).",
      rootCause: ["De orderbevestiging noemt geen leverdag.", "Het systeem kende de leverdag pas bij het verzenden.", "Logistiek plant de ritten pas 's avonds."],
      goal: "Binnen 6 weken 30% minder vragen over de levertijd.",
      actions: [
        { description: "Verwachte leverdag uit de planning in de bevestiging zetten", owner: "kees", dueInDays: -20, doneDaysAgo: 21 },
        { description: "Tekst van de orderbevestiging aanpassen", owner: "fatima", dueInDays: -18, doneDaysAgo: 18 },
      ],
      doDescription: "Drie weken pilot: alle orderbevestigingen noemen de verwachte leverdag.",
      informed: "Klantenservice, Logistiek, webshopbeheer",
      checkResult: "ACHIEVED",
      measuredResult: "Gemiddeld 53 vragen per week over de levertijd: 38% minder.",
      sideEffects: "Iets meer vragen van klanten bij wie de leverdag verschoof.",
      by: "fatima",
      daysAgo: 2,
    },
  ],
  "ks-belscript": [
    {
      problemStatement: "Klanten met een klacht voelen zich niet altijd gehoord; collega's reageren heel verschillend.",
      customerType: "EXTERNAL",
      customerName: "Klanten met een klacht",
      segment: "mkb",
      expectation: "Gehoord worden: dat we eerst samenvatten wat er mis ging voordat we een oplossing bieden.",
      kano: "BASIC",
      baseline: "In de klachtenenquête gaf 48% een voldoende voor ‘ik voelde me gehoord’.",
      rootCause: ["Er is geen afspraak over hoe we een klachtgesprek voeren.", "Nieuwe collega's leren het door mee te luisteren bij wie er toevallig zit."],
      goal: "Binnen 2 maanden geeft 70% een voldoende voor ‘ik voelde me gehoord’.",
      actions: [
        { description: "Belscript schrijven: eerst samenvatten, dan oplossen", owner: "lead", dueInDays: -35, doneDaysAgo: 36 },
        { description: "Oefenen in tweetallen", owner: "lead", dueInDays: -28, doneDaysAgo: 27 },
      ],
      doDescription: "Vier weken met het nieuwe belscript gewerkt; elke collega oefende twee gesprekken.",
      informed: "Hele team, teamleider Logistiek",
      checkResult: "ACHIEVED",
      measuredResult: "74% voldoende voor ‘ik voelde me gehoord’.",
      expectationMet: "YES",
      expectationEvidence: "Klachtenenquête november (62 reacties) en minder escalaties naar de teamleider.",
      actDecision: "STANDARDISE",
      standardisation: "Belscript opgenomen in de werkinstructie Klachten (versie 3).",
      by: "lead",
      daysAgo: 1,
    },
  ],
  "ks-klachten-werkdag": [
    {
      problemStatement: "Klanten wachten gemiddeld drie dagen op een reactie op hun klacht.",
      customerType: "EXTERNAL",
      customerName: "Klanten met een klacht",
      segment: "particulier",
      expectation: "Binnen één werkdag horen wat we met de klacht doen.",
      kano: "PERFORMANCE",
      baseline: "Gemiddeld 3,1 werkdag tot de eerste reactie (augustus).",
      rootCause: ["Klachten komen binnen in de algemene mailbox.", "De mailbox wordt op volgorde van binnenkomst afgewerkt."],
      goal: "Binnen 4 weken krijgt 90% van de klachten binnen één werkdag een reactie.",
      actions: [{ description: "Label ‘klacht’ in de mailbox en bovenaan zetten", owner: "member", dueInDays: -60, doneDaysAgo: 61 }],
      doDescription: "Klachten gelabeld en bovenaan de mailbox gezet.",
      informed: "Team",
      checkResult: "NOT_ACHIEVED",
      measuredResult: "62% binnen één werkdag.",
      sideEffects: "Andere mails bleven langer liggen.",
      expectationMet: "PARTLY",
      expectationEvidence: "Minder herhaalde klachten, maar nog steeds klanten die na twee dagen bellen.",
      actDecision: "NEW_CYCLE",
      newCycleReason: "Doel niet gehaald: klachten per telefoon komen niet in de mailbox terecht.",
      lessonsLearned: "Eerst nagaan langs welke kanalen klachten binnenkomen.",
      by: "member",
      daysAgo: 50,
    },
    {
      problemStatement: "Klanten wachten gemiddeld drie dagen op een reactie op hun klacht.",
      customerType: "EXTERNAL",
      customerName: "Klanten met een klacht",
      segment: "particulier",
      expectation: "Binnen één werkdag horen wat we met de klacht doen.",
      kano: "PERFORMANCE",
      baseline: "62% binnen één werkdag (na cyclus 1).",
      rootCause: ["Telefonische klachten worden op papier genoteerd.", "Papieren notities komen niet in de mailbox."],
      goal: "Binnen 4 weken krijgt 90% van álle klachten binnen één werkdag een reactie.",
      actions: [{ description: "Telefonische klachten direct als mail met label vastleggen", owner: "member", dueInDays: -40, doneDaysAgo: 41 }],
      doDescription: "Alle telefonische klachten vastgelegd als mail met het label ‘klacht’.",
      informed: "Team, teamleider",
      checkResult: "ACHIEVED",
      measuredResult: "93% binnen één werkdag (oktober).",
      expectationMet: "YES",
      expectationEvidence: "Steekproef: 10 klanten nagebeld, alle 10 tevreden over de snelheid.",
      actDecision: "STANDARDISE",
      standardisation: "Werkinstructie Klachten: elke klacht, ook telefonisch, als mail met label.",
      training: "Hele team in het teamoverleg van oktober; nieuwe collega's in de inwerkweek.",
      monitoring: "Percentage klachten binnen één werkdag staat dagelijks op het prestatiebord.",
      lessonsLearned: "Alle kanalen meenemen in de meting.",
      by: "member",
      daysAgo: 30,
    },
  ],
  "ks-overdracht": [
    {
      problemStatement: "Bij de wisseling van dienst raakt informatie over lopende klantzaken kwijt.",
      customerType: "INTERNAL",
      customerName: "Collega's van de late dienst",
      segment: "intern",
      expectation: "Bij de start van de dienst in één oogopslag zien welke klantzaken nog lopen.",
      kano: "BASIC",
      baseline: "Wekelijks 4 à 5 klanten die hun verhaal opnieuw moeten doen.",
      goal: "Binnen een maand hoeft geen klant zijn verhaal opnieuw te doen door de dienstwissel.",
      actions: [{ description: "Whiteboard ‘lopende zaken’ bij de teamtafel", owner: "kees", dueInDays: -75, doneDaysAgo: 76 }],
      doDescription: "Whiteboard opgehangen; elke dienst eindigt met vijf minuten bijwerken.",
      informed: "Beide diensten",
      checkResult: "ACHIEVED",
      measuredResult: "Nog 0 à 1 klant per week die het verhaal opnieuw moet doen.",
      expectationMet: "YES",
      expectationEvidence: "Collega's van de late dienst bevestigen het in de dagstart.",
      actDecision: "STANDARDISE",
      standardisation: "Overdracht via het whiteboard staat in de dienstinstructie.",
      monitoring: "De teamleider kijkt elke vrijdag of het bord is bijgewerkt.",
      by: "kees",
      daysAgo: 55,
    },
  ],
  "lg-verkeerde-orders": [
    {
      problemStatement: "3% van de orders bevat een verkeerd artikel.",
      customerType: "EXTERNAL",
      customerName: "MKB-klanten die voor hun eigen winkel bestellen",
      segment: "mkb",
      expectation: "In één keer precies krijgen wat er besteld is.",
      kano: "BASIC",
      baseline: "3,1% van de orders in oktober met een verkeerd artikel (klachten via Klantenservice).",
      by: "mehmet",
      daysAgo: 7,
    },
  ],
  "lg-scanner": [
    {
      problemStatement: "Orders gaan de deur uit met een verkeerd of ontbrekend artikel.",
      customerType: "EXTERNAL",
      customerName: "Zakelijke contractklanten",
      segment: "zakelijk",
      expectation: "Complete en juiste leveringen, zodat ze niets hoeven na te bestellen.",
      kano: "BASIC",
      baseline: "3,1% van de orders met een fout.",
      rootCause: ["Bij het inpakken wordt niet gecontroleerd.", "Artikelen met bijna dezelfde code liggen naast elkaar."],
      goal: "Binnen 6 weken minder dan 1% orders met een fout.",
      actions: [
        { description: "Scanner bij inpaktafel 1 en 2", owner: "lisa", dueInDays: -3, doneDaysAgo: 3 },
        { description: "Inpakkers instrueren", owner: "mehmet", dueInDays: 2 },
      ],
      doDescription: "Scanner-check op twee van de vier inpaktafels.",
      by: "lisa",
      daysAgo: 2,
    },
  ],
  "lg-spoed": [
    {
      problemStatement: "Spoedorders raken tussen de gewone orders kwijt en gaan een dag te laat weg.",
      customerType: "INTERNAL",
      customerName: "Klantenservice, die spoedlevering met de klant afspreekt",
      segment: "intern",
      expectation: "Een spoedorder die vóór 14.00 uur binnen is, gaat dezelfde dag de deur uit.",
      kano: "PERFORMANCE",
      baseline: "4 van de 25 spoedorders in oktober gingen een dag te laat weg.",
      goal: "In december gaan alle spoedorders die vóór 14.00 uur binnen zijn dezelfde dag weg.",
      actions: [{ description: "Rode bak ‘spoed’ bij de uitgifte", owner: "kees", dueInDays: -1 }],
      by: "kees",
      daysAgo: 9,
    },
  ],
  "lg-tellen": [
    {
      problemStatement: "De voorraadstand in het systeem wijkt af van wat er in het magazijn ligt.",
      customerType: "INTERNAL",
      customerName: "Inkoop en Klantenservice",
      segment: "intern",
      expectation: "Kunnen vertrouwen op de voorraadstand als ze een levertijd toezeggen.",
      kano: "PERFORMANCE",
      baseline: "Bij de jaartelling 7% van de locaties met een afwijking.",
      goal: "Elke zone wordt eens per maand geteld; afwijkingen onder 2% van de locaties.",
      actions: [{ description: "Telrooster per zone maken", owner: "mehmet", dueInDays: 3 }],
      doDescription: "Zone A geteld in 40 minuten, zonder het magazijn stil te leggen.",
      by: "mehmet",
      daysAgo: 5,
    },
  ],
  "lg-laden": [
    {
      problemStatement: "Chauffeurs zoeken bij elke stop naar de juiste pakketten.",
      customerType: "EXTERNAL",
      customerName: "Zakelijke klanten met een vaste levertijd",
      segment: "zakelijk",
      expectation: "Levering binnen het afgesproken tijdvak, met een seintje van de chauffeur vlak van tevoren.",
      kano: "EXCITEMENT",
      baseline: "68% van de leveringen binnen het tijdvak.",
      rootCause: ["De vrachtwagen wordt geladen in de volgorde waarin orders klaar zijn.", "Rittenplanning is pas bekend als het laden al begonnen is."],
      goal: "Binnen 6 weken 90% van de leveringen binnen het tijdvak.",
      actions: [
        { description: "Ritvolgorde om 14.00 uur vastzetten", owner: "mehmet", dueInDays: -20, doneDaysAgo: 20 },
        { description: "Laden in omgekeerde ritvolgorde", owner: "kees", dueInDays: -15, doneDaysAgo: 15 },
      ],
      doDescription: "Drie weken geladen in omgekeerde ritvolgorde op de twee drukste ritten.",
      informed: "Chauffeurs, planning, Klantenservice",
      checkResult: "PARTLY",
      measuredResult: "84% binnen het tijdvak op de pilotritten.",
      sideEffects: "Laden duurt 10 minuten langer.",
      expectationMet: "UNKNOWN",
      by: "kees",
      daysAgo: 1,
    },
  ],
  "lg-inwerkmap": [
    {
      problemStatement: "Nieuwe uitzendkrachten weten de eerste dagen niet waar alles ligt.",
      customerType: "INTERNAL",
      customerName: "Nieuwe uitzendkrachten en hun collega's",
      segment: "intern",
      expectation: "Op de eerste dag al zelfstandig kunnen picken, zonder steeds te hoeven vragen.",
      kano: "EXCITEMENT",
      baseline: "Uitzendkrachten stellen de eerste week gemiddeld 25 vragen per dag.",
      goal: "Binnen een maand minder dan 10 vragen per dag in de eerste week.",
      actions: [{ description: "Inwerkmap met plattegrond en foto's", owner: "lisa", dueInDays: -25, doneDaysAgo: 26 }],
      doDescription: "Drie nieuwe uitzendkrachten kregen de inwerkmap op hun eerste dag.",
      informed: "Uitzendbureau, ploegleiders",
      checkResult: "ACHIEVED",
      measuredResult: "Gemiddeld 8 vragen per dag in de eerste week.",
      expectationMet: "YES",
      expectationEvidence: "Korte evaluatie met de drie uitzendkrachten na week één.",
      actDecision: "STANDARDISE",
      by: "lisa",
      daysAgo: 3,
    },
  ],
  "lg-etiketten": [
    {
      problemStatement: "Inpakkers lopen voor elk verzendetiket naar de printer bij de uitgang.",
      customerType: "INTERNAL",
      customerName: "Inpakkers",
      segment: "intern",
      expectation: "Het etiket ligt klaar op de tafel waar ze inpakken.",
      kano: "BASIC",
      baseline: "Gemiddeld 45 meter lopen per order.",
      goal: "Geen looptijd meer voor etiketten binnen 3 weken.",
      actions: [{ description: "Labelprinter per inpaktafel", owner: "lisa", dueInDays: -45, doneDaysAgo: 46 }],
      doDescription: "Vier labelprinters geplaatst.",
      informed: "Inpakkers, IT",
      checkResult: "ACHIEVED",
      measuredResult: "Geen looptijd voor etiketten; 6% meer orders per uur.",
      expectationMet: "YES",
      expectationEvidence: "Inpakkers in het werkoverleg.",
      actDecision: "STANDARDISE",
      standardisation: "Inpakinstructie aangepast: etiket printen aan de eigen tafel.",
      monitoring: "Storingen van de printers in het onderhoudslogboek.",
      lessonsLearned: "Kleine investering, groot effect: vaker naar looproutes kijken.",
      by: "lisa",
      daysAgo: 40,
    },
  ],
};

const DAY_MS = 86_400_000;

function filledFields(cycle: DemoCycle): string[] {
  const map: [keyof DemoCycle, string][] = [
    ["problemStatement", "plan.problemStatement"],
    ["customerType", "plan.customerType"],
    ["customerName", "plan.customerName"],
    ["segment", "plan.segmentId"],
    ["expectation", "plan.expectation"],
    ["kano", "plan.kano"],
    ["baseline", "plan.baseline"],
    ["rootCause", "plan.rootCause"],
    ["goal", "plan.goal"],
    ["actions", "plan.actions"],
    ["doDescription", "do.description"],
    ["informed", "do.informed"],
    ["checkResult", "check.result"],
    ["measuredResult", "check.measuredResult"],
    ["sideEffects", "check.sideEffects"],
    ["expectationMet", "check.expectationMet"],
    ["expectationEvidence", "check.expectationEvidence"],
    ["actDecision", "act.decision"],
    ["standardisation", "act.standardisation"],
    ["training", "act.training"],
    ["monitoring", "act.monitoring"],
    ["lessonsLearned", "act.lessonsLearned"],
    ["newCycleReason", "act.newCycleReason"],
  ];
  return map.filter(([key]) => cycle[key] !== undefined).map(([, path]) => path);
}

/** PDCA checklists for the demo improvements in Plan … Geborgd, with their history lines. */
export async function seedPdca(
  db: PrismaClient,
  organisation: DemoOrganisation,
  segments: Record<DemoSegmentKey, string>,
  board: DemoBoard,
  now: Date = new Date(),
): Promise<void> {
  const person = (key: string) => {
    const id = organisation.userIds[key];
    if (!id) throw new Error(`seed: unknown demo person ${key}`);
    return id;
  };
  const day = (offset: number) => new Date(`${new Date(now.getTime() + offset * DAY_MS).toISOString().slice(0, 10)}T00:00:00Z`);
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);

  for (const [key, cycles] of Object.entries(checklists)) {
    const improvement = board.improvements[key];
    if (!improvement) throw new Error(`seed: unknown demo improvement ${key}`);
    for (const [index, cycle] of cycles.entries()) {
      const { by, daysAgo, segment, actions, ...fields } = cycle;
      const closed = index < cycles.length - 1;
      const changedAt = ago(daysAgo);
      await db.pdcaCycle.create({
        data: {
          organisationId: organisation.organisationId,
          improvementId: improvement.id,
          number: index + 1,
          ...fields,
          rootCause: fields.rootCause ?? [],
          segmentId: segment ? segments[segment] : null,
          closedAt: closed ? ago(daysAgo - 1) : null,
          createdAt: ago(daysAgo + 5),
          updatedAt: changedAt,
          actions: actions
            ? {
                create: actions.map((action, position) => ({
                  organisationId: organisation.organisationId,
                  position,
                  description: action.description,
                  ownerId: action.owner ? person(action.owner) : null,
                  dueDate: action.dueInDays !== undefined ? day(action.dueInDays) : null,
                  doneAt: action.doneDaysAgo !== undefined ? ago(action.doneDaysAgo) : null,
                })),
              }
            : undefined,
        },
        select: { id: true },
      });
      await db.improvementActivity.create({
        data: {
          organisationId: organisation.organisationId,
          improvementId: improvement.id,
          actorId: person(by),
          kind: "PDCA_UPDATED",
          data: { cycle: index + 1, fields: filledFields(cycle) },
          createdAt: changedAt,
        },
      });
      if (closed) {
        await db.improvementActivity.create({
          data: {
            organisationId: organisation.organisationId,
            improvementId: improvement.id,
            actorId: person(by),
            kind: "PDCA_CYCLE_STARTED",
            data: { cycle: index + 2, reason: cycle.newCycleReason ?? "" },
            createdAt: ago(daysAgo - 1),
          },
        });
      }
    }
  }
}
