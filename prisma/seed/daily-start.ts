import type { PrismaClient } from "../../lib/db/generated/client";
import type { AttendanceStatus, DailyStartItemKind, KpiDirection } from "../../lib/db/generated/enums";
import { addDays, dayOf, dayToDate } from "../../lib/daily-start/days";
import type { DemoBoard } from "./board";
import type { DemoOrganisation } from "./people";

// Demo data for the daily start: each demo team's performance board (KPIs with 30 days of
// values) and its earlier daily starts. Daan (medewerker@demo.nl) missed the latest one of
// Klantenservice and has not read it yet, so the haalplicht shows at once; Fatima already
// put a bottleneck on today's daily start, which the lead has not started.

// `today` is set by hand so the demo's board shows every colour at once.
type DemoKpi = { name: string; unit: string; target: number; direction: KpiDirection; base: number; spread: number; drift: number; decimals: number; today: number };

const kpis: Record<"klantenservice" | "logistiek", DemoKpi[]> = {
  klantenservice: [
    { name: "Bereikbaarheid telefoon", unit: "%", target: 90, direction: "HIGHER_IS_BETTER", base: 84, spread: 6, drift: 0.25, decimals: 0, today: 92 },
    { name: "Gemiddelde wachttijd", unit: "min", target: 2, direction: "LOWER_IS_BETTER", base: 3.1, spread: 0.9, drift: -0.04, decimals: 1, today: 2.2 },
    { name: "Klachten binnen 24 uur afgehandeld", unit: "%", target: 95, direction: "HIGHER_IS_BETTER", base: 91, spread: 5, drift: 0.1, decimals: 0, today: 86 },
    { name: "Open tickets", unit: "tickets", target: 40, direction: "LOWER_IS_BETTER", base: 52, spread: 8, drift: -0.35, decimals: 0, today: 38 },
  ],
  logistiek: [
    { name: "Orders op tijd verzonden", unit: "%", target: 98, direction: "HIGHER_IS_BETTER", base: 95.5, spread: 2.5, drift: 0.07, decimals: 1, today: 97.5 },
    { name: "Orderregels per uur", unit: "regels", target: 120, direction: "HIGHER_IS_BETTER", base: 108, spread: 10, drift: 0.3, decimals: 0, today: 124 },
    { name: "Retouren in behandeling", unit: "retouren", target: 25, direction: "LOWER_IS_BETTER", base: 31, spread: 7, drift: -0.15, decimals: 0, today: 33 },
  ],
};

type Note = { kind: DailyStartItemKind; text: string; author: string; improvement?: string };

const notes: Record<"klantenservice" | "logistiek", Note[][]> = {
  klantenservice: [
    [
      { kind: "ANNOUNCEMENT", text: "Vanaf volgende week werken we met het nieuwe belrooster: piek van 9.00 tot 10.30 uur dubbel bezet.", author: "lead" },
      { kind: "WENT_WELL", text: "Alle terugbelverzoeken van gisteren zijn dezelfde dag gebeld.", author: "fatima" },
      { kind: "COULD_BE_BETTER", text: "Vragen over levertijden typen we steeds opnieuw uit.", author: "fatima" },
      { kind: "BOTTLENECK", text: "Veel vragen over levertijd; we hebben geen standaardantwoord.", author: "fatima", improvement: "ks-levertijd-tekst" },
      { kind: "DECISION", text: "Joris neemt vandaag de chat tot 12 uur.", author: "lead" },
    ],
    [
      { kind: "ANNOUNCEMENT", text: "Donderdag is de maandafsluiting: klachten graag vóór woensdag afhandelen.", author: "lead" },
      { kind: "WENT_WELL", text: "Compliment van een klant over hoe snel zijn retour geregeld was.", author: "member" },
      { kind: "COULD_BE_BETTER", text: "De overdracht naar de avonddienst mist soms openstaande beloftes.", author: "kees" },
      { kind: "BOTTLENECK", text: "Twee collega's op training tussen 10 en 12 uur.", author: "lead" },
      { kind: "DECISION", text: "Openstaande beloftes gaan voortaan in het overdrachtslijstje.", author: "lead" },
    ],
    [
      { kind: "WENT_WELL", text: "Wachttijd maandagochtend voor het eerst onder de 4 minuten.", author: "member" },
      { kind: "COULD_BE_BETTER", text: "Klantnummer ontbreekt vaak in mails; dat kost zoekwerk.", author: "joris" },
      { kind: "BOTTLENECK", text: "Storing in het mailsysteem tot ongeveer 9 uur.", author: "joris" },
    ],
    [
      { kind: "ANNOUNCEMENT", text: "Nieuwe collega Kees draait deze week mee op de telefoon.", author: "lead" },
      { kind: "WENT_WELL", text: "Klachtenchecklist werkt: minder klachten die terugkomen.", author: "fatima" },
      { kind: "BOTTLENECK", text: "Grote mailing van marketing om 11 uur; verwacht meer vragen.", author: "lead" },
      { kind: "DECISION", text: "Daan en Fatima vangen de vragen over de mailing op.", author: "lead" },
    ],
  ],
  logistiek: [
    [
      { kind: "ANNOUNCEMENT", text: "Vrijdag komt de extra vrachtwagen om 14 uur in plaats van 16 uur.", author: "mehmet" },
      { kind: "WENT_WELL", text: "Alle spoedorders van gisteren zijn op tijd de deur uit.", author: "lisa" },
      { kind: "COULD_BE_BETTER", text: "Pallets blokkeren de looproute bij gang 4.", author: "kees" },
      { kind: "BOTTLENECK", text: "Scanner 3 valt steeds uit.", author: "lisa" },
      { kind: "DECISION", text: "Kees zet de lege pallets voortaan om 10 uur buiten.", author: "mehmet" },
    ],
    [
      { kind: "WENT_WELL", text: "Nieuwe pickroute scheelt merkbaar loopwerk.", author: "kees" },
      { kind: "COULD_BE_BETTER", text: "Etiketten van de leverancier zijn slecht leesbaar.", author: "lisa" },
      { kind: "BOTTLENECK", text: "Ziekmelding: één picker minder tot woensdag.", author: "mehmet" },
    ],
  ],
};

/** A deterministic sequence in [0, 1), so every fresh demo looks the same. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

const amsterdamHour = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", hour: "2-digit", hourCycle: "h23" });

/** The instant of a wall-clock time on a day in Amsterdam (winter or summer time). */
function amsterdamTime(day: string, hour: number, minute: number): Date {
  for (const offset of [1, 2]) {
    const candidate = new Date(`${day}T${String(hour - offset).padStart(2, "0")}:${String(minute).padStart(2, "0")}:00Z`);
    if (Number(amsterdamHour.format(candidate)) === hour) return candidate;
  }
  return new Date(`${day}T${String(hour - 1).padStart(2, "0")}:${String(minute).padStart(2, "0")}:00Z`);
}

function isWeekday(day: string): boolean {
  const weekday = dayToDate(day).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The `count` working days before `today`, newest first. */
function previousWorkdays(today: string, count: number): string[] {
  const days: string[] = [];
  for (let day = addDays(today, -1); days.length < count; day = addDays(day, -1)) if (isWeekday(day)) days.push(day);
  return days;
}

export async function seedDailyStart(db: PrismaClient, organisation: DemoOrganisation, board: DemoBoard, now: Date = new Date()): Promise<void> {
  const { organisationId } = organisation;
  const person = (key: string) => {
    const id = organisation.userIds[key];
    if (!id) throw new Error(`seed: unknown demo person ${key}`);
    return id;
  };
  const today = dayOf(now);

  for (const [slug, teamKpis] of Object.entries(kpis) as [keyof typeof kpis, DemoKpi[]][]) {
    const teamId = organisation.teamIds[slug];
    const lead = slug === "klantenservice" ? person("lead") : person("mehmet");
    const next = random(slug.length * 7_919);
    for (const [position, kpi] of teamKpis.entries()) {
      const created = await db.kpi.create({
        data: { organisationId, teamId, name: kpi.name, unit: kpi.unit, target: kpi.target, direction: kpi.direction, position },
        select: { id: true },
      });
      const factor = 10 ** kpi.decimals;
      await db.kpiValue.createMany({
        data: Array.from({ length: 30 }, (_, index) => {
          const day = addDays(today, index - 29);
          const raw = kpi.base + kpi.drift * index + (next() - 0.5) * kpi.spread;
          const value = index === 29 ? kpi.today : Math.max(0, Math.round(raw * factor) / factor);
          return { organisationId, kpiId: created.id, day: dayToDate(day), value: kpi.unit === "%" ? Math.min(100, value) : value, enteredById: lead };
        }),
      });
    }
  }

  const members: Record<keyof typeof kpis, string[]> = {
    klantenservice: ["lead", "member", "fatima", "joris", "kees"],
    logistiek: ["mehmet", "lisa", "kees"],
  };

  for (const [slug, teamNotes] of Object.entries(notes) as [keyof typeof notes, Note[][]][]) {
    const teamId = organisation.teamIds[slug];
    const lead = slug === "klantenservice" ? "lead" : "mehmet";
    const next = random(slug.length * 104_729);
    const days = previousWorkdays(today, 8);
    for (const [index, day] of days.entries()) {
      const startedAt = amsterdamTime(day, 8, 30);
      const finishedAt = new Date(startedAt.getTime() + (8 + Math.floor(next() * 6)) * 60_000 + 20_000);
      const attendance: Record<string, AttendanceStatus> = {};
      for (const key of members[slug]) attendance[key] = next() < 0.15 ? "ABSENT" : next() < 0.2 ? "REMOTE" : "PRESENT";
      attendance[lead] = "PRESENT";
      // Haalplicht in the demo: Daan missed the latest Klantenservice daily start (unread), and an older one (read).
      if (slug === "klantenservice" && (index === 0 || index === 3)) attendance.member = "ABSENT";
      const dailyStart = await db.dailyStart.create({
        data: {
          organisationId,
          teamId,
          day: dayToDate(day),
          section: "IMPROVEMENTS",
          startedAt,
          startedById: person(lead),
          finishedAt,
          finishedById: person(lead),
          createdAt: new Date(startedAt.getTime() - 3_600_000),
          attendance: { create: Object.entries(attendance).map(([key, status]) => ({ userId: person(key), status })) },
          moods: {
            create: Object.entries(attendance)
              .filter(([, status]) => status !== "ABSENT")
              .map(([key]) => ({ userId: person(key), score: 2 + Math.floor(next() * 4) })),
          },
        },
        select: { id: true },
      });
      const dayNotes = teamNotes[index % teamNotes.length] ?? [];
      await db.dailyStartItem.createMany({
        data: dayNotes.map((note, position) => ({
          organisationId,
          dailyStartId: dailyStart.id,
          kind: note.kind,
          text: note.text,
          authorId: person(note.author),
          improvementId: index === 0 && note.improvement ? (board.improvements[note.improvement]?.id ?? null) : null,
          createdAt: new Date(startedAt.getTime() + position * 60_000),
        })),
      });
      const readers = Object.entries(attendance)
        .filter(([key, status]) => status === "ABSENT" && !(slug === "klantenservice" && index === 0 && key === "member"))
        .map(([key]) => ({ dailyStartId: dailyStart.id, userId: person(key), readAt: new Date(finishedAt.getTime() + 6 * 3_600_000) }));
      if (readers.length > 0) await db.dailyStartRead.createMany({ data: readers });
    }
  }

  // Before the stand-up: Fatima already noted today's bottleneck; the lead starts the rest.
  await db.dailyStart.create({
    data: {
      organisationId,
      teamId: organisation.teamIds.klantenservice,
      day: dayToDate(today),
      items: {
        create: [{ organisationId, kind: "BOTTLENECK", text: "Twee collega's ziek; de piek om 9 uur wordt krap aan de telefoon.", authorId: person("fatima") }],
      },
    },
    select: { id: true },
  });
}
