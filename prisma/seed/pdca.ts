import type { PrismaClient } from "../../lib/db/generated/client";
import { defaultColumns } from "../../lib/board/default-columns";
import type { ActDecision, CheckResult, CustomerType, ExpectationMet, KanoCategory, Stage } from "../../lib/db/generated/enums";
import type { DemoBoard } from "./board";
import type { DemoOrganisation } from "./people";
import type { DemoSegmentKey } from "./segments";

type DemoAction = { description: string; owner?: string; dueInDays?: number; done?: boolean };

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
  /** Who filled it in (demo person key). */
  by: string;
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
        { description: "Koppeling aanvragen bij IT", owner: "joris", done: true },
        { description: "Pilot met drie collega's", owner: "joris", dueInDays: -2 },
      ],
      doDescription: "Pilot gestart met Joris, Fatima en Kees: de centrale toont het klantnummer bij bekende telefoonnummers.",
      informed: "Team in de dagstart, IT",
      by: "joris",
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
      actions: [{ description: "Vast agendapunt ‘klachten ouder dan een dag’ in de dagstart", owner: "lead", done: true }],
      doDescription: "Sinds twee weken bespreken we in de dagstart elke klacht die ouder is dan een dag en kiezen we meteen een nieuwe eigenaar.",
      by: "lead",
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
        { description: "Verwachte leverdag uit de planning in de bevestiging zetten", owner: "kees", done: true },
        { description: "Tekst van de orderbevestiging aanpassen", owner: "fatima", done: true },
      ],
      doDescription: "Drie weken pilot: alle orderbevestigingen noemen de verwachte leverdag.",
      informed: "Klantenservice, Logistiek, webshopbeheer",
      checkResult: "ACHIEVED",
      measuredResult: "Gemiddeld 53 vragen per week over de levertijd: 38% minder.",
      sideEffects: "Iets meer vragen van klanten bij wie de leverdag verschoof.",
      by: "fatima",
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
        { description: "Belscript schrijven: eerst samenvatten, dan oplossen", owner: "lead", done: true },
        { description: "Oefenen in tweetallen", owner: "lead", done: true },
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
      baseline: "Gemiddeld 3,1 werkdag tot de eerste reactie; 58% binnen één werkdag (augustus).",
      rootCause: [
        "Klachten komen binnen in de algemene mailbox en worden op volgorde van binnenkomst afgewerkt.",
        "Telefonische klachten worden op papier genoteerd en komen niet in de mailbox.",
      ],
      goal: "Binnen 4 weken krijgt 90% van álle klachten binnen één werkdag een reactie.",
      actions: [
        { description: "Label ‘klacht’ in de mailbox en bovenaan zetten", owner: "member", done: true },
        { description: "Telefonische klachten direct als mail met label vastleggen", owner: "member", done: true },
      ],
      doDescription: "Vier weken lang alle klachten, ook telefonische, als mail met het label ‘klacht’ bovenaan de mailbox gezet.",
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
      actions: [{ description: "Whiteboard ‘lopende zaken’ bij de teamtafel", owner: "kees", done: true }],
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
      rootCause: ["Pickers verwisselen artikelen met bijna dezelfde artikelcode.", "Die artikelen liggen in vakken naast elkaar."],
      goal: "Binnen 3 weken minder dan 1,5% orders met een verkeerd artikel.",
      actions: [{ description: "Artikelen met bijna gelijke codes in aparte gangen leggen", owner: "mehmet", done: true }],
      doDescription: "Twaalf artikelen met bijna gelijke codes verhuisd naar vakken in een andere gang.",
      informed: "Pickers, Klantenservice",
      checkResult: "NOT_ACHIEVED",
      measuredResult: "2,8% van de orders met een verkeerd artikel.",
      sideEffects: "Geen.",
      expectationMet: "NO",
      expectationEvidence: "Het aantal klachten van MKB-klanten bleef gelijk.",
      actDecision: "NEW_CYCLE",
      newCycleReason: "Verwisselde codes verklaren maar een klein deel van de fouten; de meeste fouten zitten in orders met meer dan tien regels.",
      lessonsLearned: "Eerst de fouten naar oorzaak sorteren, dan pas oplossen.",
      by: "mehmet",
    },
    {
      problemStatement: "3% van de orders bevat een verkeerd artikel.",
      customerType: "EXTERNAL",
      customerName: "MKB-klanten die voor hun eigen winkel bestellen",
      segment: "mkb",
      expectation: "In één keer precies krijgen wat er besteld is.",
      kano: "BASIC",
      baseline: "2,8% van de orders met een verkeerd artikel (na cyclus 1); 70% daarvan in orders met meer dan tien regels.",
      rootCause: ["Bij lange orders raken pickers de regel kwijt op de picklijst."],
      by: "mehmet",
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
        { description: "Scanner bij inpaktafel 1 en 2", owner: "lisa", done: true },
        { description: "Inpakkers instrueren", owner: "mehmet", dueInDays: 2 },
      ],
      doDescription: "Scanner-check op twee van de vier inpaktafels.",
      by: "lisa",
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
        { description: "Ritvolgorde om 14.00 uur vastzetten", owner: "mehmet", done: true },
        { description: "Laden in omgekeerde ritvolgorde", owner: "kees", done: true },
      ],
      doDescription: "Drie weken geladen in omgekeerde ritvolgorde op de twee drukste ritten.",
      informed: "Chauffeurs, planning, Klantenservice",
      checkResult: "PARTLY",
      measuredResult: "84% binnen het tijdvak op de pilotritten.",
      sideEffects: "Laden duurt 10 minuten langer.",
      expectationMet: "UNKNOWN",
      by: "kees",
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
      actions: [{ description: "Inwerkmap met plattegrond en foto's", owner: "lisa", done: true }],
      doDescription: "Drie nieuwe uitzendkrachten kregen de inwerkmap op hun eerste dag.",
      informed: "Uitzendbureau, ploegleiders",
      checkResult: "ACHIEVED",
      measuredResult: "Gemiddeld 8 vragen per dag in de eerste week.",
      expectationMet: "YES",
      expectationEvidence: "Korte evaluatie met de drie uitzendkrachten na week één.",
      actDecision: "STANDARDISE",
      by: "lisa",
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
      actions: [{ description: "Labelprinter per inpaktafel", owner: "lisa", done: true }],
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
    },
  ],
};

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

type Section = "plan" | "do" | "check" | "act";

// Which demo fields belong to which checklist section, with their field paths (as the app logs them).
const sectionFields: Record<Section, [keyof DemoCycle, string][]> = {
  plan: [
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
  ],
  do: [
    ["doDescription", "do.description"],
    ["informed", "do.informed"],
  ],
  check: [
    ["checkResult", "check.result"],
    ["measuredResult", "check.measuredResult"],
    ["sideEffects", "check.sideEffects"],
    ["expectationMet", "check.expectationMet"],
    ["expectationEvidence", "check.expectationEvidence"],
  ],
  act: [
    ["actDecision", "act.decision"],
    ["standardisation", "act.standardisation"],
    ["training", "act.training"],
    ["monitoring", "act.monitoring"],
    ["lessonsLearned", "act.lessonsLearned"],
    ["newCycleReason", "act.newCycleReason"],
  ],
};
// A section is finished before the card moves on to this stage.
const nextStage: Record<Section, Stage> = { plan: "DO", do: "CHECK", check: "ACT", act: "DONE" };
const stageByColumn = new Map(defaultColumns.map((column) => [column.name, column.stage]));

type Move = { to: Stage; at: Date };

/**
 * PDCA checklists for the demo improvements in Plan … Geborgd. The history lines fit the board's
 * demo history: each section is filled in before the card moved on to the next stage, actions
 * are ticked off during Do, and a failed first cycle (with its moves back to Plan) precedes the
 * current one.
 */
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
  const dateOnly = (at: Date) => new Date(`${at.toISOString().slice(0, 10)}T00:00:00Z`);
  const between = (from: Date, to: Date, fraction: number) => new Date(from.getTime() + (to.getTime() - from.getTime()) * fraction);
  const columnName = (stage: Stage) => defaultColumns.find((column) => column.stage === stage)?.name ?? stage;

  for (const [key, cycles] of Object.entries(checklists)) {
    const improvement = board.improvements[key];
    if (!improvement) throw new Error(`seed: unknown demo improvement ${key}`);
    const card = await db.improvement.findUniqueOrThrow({ where: { id: improvement.id }, select: { createdAt: true } });
    const history = await db.improvementActivity.findMany({
      where: { improvementId: improvement.id, kind: { in: ["ACCEPTED", "MOVED"] } },
      select: { createdAt: true, data: true },
      orderBy: { createdAt: "asc" },
    });
    const moves: Move[] = history.flatMap((entry) => {
      const to = stageByColumn.get(String((entry.data as Record<string, unknown> | null)?.toColumn ?? ""));
      return to ? [{ to, at: entry.createdAt }] : [];
    });
    const accepted = moves.find((move) => move.to === "PLAN")?.at ?? card.createdAt;
    const base = { organisationId: organisation.organisationId, improvementId: improvement.id };

    // Earlier (failed) cycles ran Plan → Do → Check → Act and back to Plan before the current one.
    const restarts: Date[] = [];
    const closedCount = cycles.length - 1;
    for (let index = 0; index < closedCount; index += 1) {
      const from = between(accepted, new Date(now.getTime() - DAY_MS), index / closedCount);
      const to = between(accepted, new Date(now.getTime() - DAY_MS), (index + 1) / closedCount);
      const loop: Move[] = [
        { to: "DO", at: between(from, to, 0.2) },
        { to: "CHECK", at: between(from, to, 0.5) },
        { to: "ACT", at: between(from, to, 0.75) },
        { to: "PLAN", at: between(from, to, 0.9) },
      ];
      let previous: Stage = "PLAN";
      for (const move of loop) {
        await db.improvementActivity.create({
          data: { ...base, actorId: person(cycles[index]?.by ?? "lead"), kind: "MOVED", data: { fromColumn: columnName(previous), toColumn: columnName(move.to) }, createdAt: move.at },
        });
        previous = move.to;
      }
      moves.push(...loop);
      restarts.push(loop[3]!.at);
    }
    if (restarts.length) {
      // Starting the new cycle moved the card back to Plan, as the app does.
      await db.improvement.update({ where: { id: improvement.id }, data: { stageEnteredAt: restarts.at(-1) }, select: { id: true } });
    }
    moves.sort((a, b) => a.at.getTime() - b.at.getTime());

    for (const [index, cycle] of cycles.entries()) {
      const { by, segment, actions, ...fields } = cycle;
      const start = index === 0 ? accepted : restarts[index - 1]!;
      const end = restarts[index] ?? now;
      // A closed cycle's Act was decided a little before the new cycle started.
      const sectionsEnd = index < closedCount ? new Date(end.getTime() - 2 * HOUR_MS) : end;
      const inCycle = moves.filter((move) => move.at > start && move.at <= end);
      const lastMove = inCycle.filter((move) => move.at < sectionsEnd).at(-1)?.at ?? start;
      const sections = (Object.keys(sectionFields) as Section[]).filter((section) => sectionFields[section].some(([field]) => cycle[field] !== undefined));
      const sectionTime = (section: Section) => {
        const onward = inCycle.find((move) => move.to === nextStage[section]);
        return onward ? new Date(onward.at.getTime() - 3 * HOUR_MS) : between(lastMove, sectionsEnd, 0.5);
      };
      const enteredDo = inCycle.find((move) => move.to === "DO")?.at ?? sectionTime("plan");
      const doneBy = sections.includes("do") ? sectionTime("do") : between(enteredDo, sectionsEnd, 0.5);
      const doneActions = (actions ?? []).filter((action) => action.done).length;
      let doneIndex = 0;
      const times = sections.map(sectionTime);
      await db.pdcaCycle.create({
        data: {
          ...base,
          number: index + 1,
          ...fields,
          rootCause: fields.rootCause ?? [],
          segmentId: segment ? segments[segment] : null,
          closedAt: index < closedCount ? end : null,
          createdAt: new Date(start.getTime() + HOUR_MS),
          updatedAt: new Date(Math.max(...times.map((time) => time.getTime()))),
          actions: actions
            ? {
                create: actions.map((action, position) => {
                  doneIndex += action.done ? 1 : 0;
                  const doneAt = action.done ? between(enteredDo, doneBy, doneIndex / (doneActions + 1)) : null;
                  return {
                    organisationId: organisation.organisationId,
                    position,
                    description: action.description,
                    ownerId: action.owner ? person(action.owner) : null,
                    dueDate: doneAt ? dateOnly(new Date(doneAt.getTime() + DAY_MS)) : action.dueInDays !== undefined ? dateOnly(new Date(now.getTime() + action.dueInDays * DAY_MS)) : null,
                    doneAt,
                  };
                }),
              }
            : undefined,
        },
        select: { id: true },
      });
      for (const [position, section] of sections.entries()) {
        await db.improvementActivity.create({
          data: {
            ...base,
            actorId: person(by),
            kind: "PDCA_UPDATED",
            data: { cycle: index + 1, fields: sectionFields[section].filter(([field]) => cycle[field] !== undefined).map(([, path]) => path) },
            createdAt: times[position]!,
          },
        });
      }
      if (index < closedCount) {
        await db.improvementActivity.create({
          data: { ...base, actorId: person(by), kind: "PDCA_CYCLE_STARTED", data: { cycle: index + 2, reason: cycle.newCycleReason ?? "" }, createdAt: new Date(end.getTime() - 60_000) },
        });
      }
    }
  }
}
