import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { CycleRecord } from "@/components/pdca/cycle-record";
import { PrintButton } from "@/components/pdca/print-button";
import { buttonClasses } from "@/components/ui/button";
import { requirePageActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { changedFields, dataText } from "@/lib/pdca/history";
import { getPdcaRecord, localToday, type PdcaHistoryEntry } from "@/lib/pdca/queries";

type Props = { params: Promise<{ team: string; id: string }> };

/** "Geborgd", or "Klaar (Geborgd)" when a team renamed the column. */
function columnWithStage(column: string, stage: string): string {
  return column === stage ? column : `${column} (${stage})`;
}

async function load({ params }: Props) {
  const actor = await requirePageActor();
  const { team, id } = await params;
  const record = await getPdcaRecord(actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  if (record.improvement.team.slug !== team) notFound();
  return { actor, record };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { record } = await load(props);
  const t = await getTranslations("pdca.record");
  return { title: t("pageTitle", { title: record.improvement.title }) };
}

// A4 with room for a binder; the app's chrome is hidden in print by its `no-print` class.
const printCss = `@page { size: A4; margin: 16mm 14mm; }
@media print { html, body { background: white !important; } main { padding: 0 !important; } }`;

/** The PDCA record of an improvement, for an ISO 9001 audit: every cycle and who changed what, when. */
export default async function PdcaRecordPage(props: Props) {
  const { actor, record } = await load(props);
  const t = await getTranslations("pdca");
  const format = await getFormatter();
  const { improvement, cycles, history } = record;
  const dateTime = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });
  const today = localToday();
  const describe = (entry: PdcaHistoryEntry): string => {
    const text = (key: string) => dataText(entry.data, key);
    switch (entry.kind) {
      case "MOVED":
        return t("record.kind.MOVED", { from: text("fromColumn"), to: text("toColumn") });
      case "ACCEPTED":
        return t("record.kind.ACCEPTED", { to: text("toColumn") });
      case "PDCA_UPDATED":
        return t("record.kind.PDCA_UPDATED", { cycle: text("cycle"), fields: changedFields(entry.data).map((path) => t(`fields.${path}`)).join(", ") });
      case "PDCA_CYCLE_STARTED":
        return t("record.kind.PDCA_CYCLE_STARTED", { cycle: text("cycle"), reason: text("reason") });
      case "CREATED":
      case "PARKED":
      case "REJECTED":
      case "RESTORED": {
        const reason = text("reason");
        return reason ? `${t(`record.kind.${entry.kind}`)}: ${reason}` : t(`record.kind.${entry.kind}`);
      }
      default:
        return "";
    }
  };
  const meta: [string, string][] = [
    [t("record.team"), improvement.team.name],
    [t("record.stage"), columnWithStage(improvement.columnName, t(`stage.${improvement.stage}`))],
    [t("record.status"), t(`record.statusValue.${improvement.status}`)],
    [t("record.submitter"), improvement.submitter?.name ?? t("record.none")],
    [t("record.owners"), improvement.owners.length ? improvement.owners.map((owner) => owner.name).join(", ") : t("record.none")],
    [t("record.createdAt"), date(improvement.createdAt)],
  ];
  return (
    <article className="mx-auto flex max-w-4xl flex-col gap-6 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-8 print:max-w-none print:rounded-none print:p-0 print:shadow-none print:ring-0">
      <style>{printCss}</style>
      <div className="no-print flex flex-wrap items-center justify-between gap-2">
        <Link href={`/teams/${improvement.team.slug}/improvements/${improvement.id}/pdca`} className={buttonClasses("ghost", "sm", "-ml-2")}>
          ← {t("record.back")}
        </Link>
        <PrintButton label={t("record.print")} />
      </div>

      <header className="flex flex-col gap-1 border-b-2 border-slate-900 pb-3">
        <p className="text-sm font-medium text-slate-600">
          {actor.organisationName} · {t("record.title")}
        </p>
        <h1 className="text-2xl font-semibold break-words">{improvement.title}</h1>
      </header>

      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 print:grid-cols-2">
        {meta.map(([label, value]) => (
          <div key={label} className="flex gap-2">
            <dt className="min-w-32 font-medium text-slate-600">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
      {improvement.problem ? (
        <section aria-labelledby="record-problem">
          <h2 id="record-problem" className="text-sm font-semibold text-slate-600">
            {t("record.problem")}
          </h2>
          <p className="mt-1 text-sm whitespace-pre-wrap break-words">{improvement.problem}</p>
        </section>
      ) : null}

      {cycles.map((cycle) => (
        <section key={cycle.number} aria-labelledby={`record-cycle-${cycle.number}`} className="flex flex-col gap-1 print:break-before-auto">
          <h2 id={`record-cycle-${cycle.number}`} className="rounded-md bg-slate-100 px-3 py-1.5 text-lg font-semibold print:bg-transparent print:px-0">
            {cycle.id === null
              ? t("record.cycleNotStarted")
              : cycle.closedAt
                ? t("record.cycleClosed", { number: cycle.number, date: date(cycle.closedAt) })
                : t(improvement.stage === "DONE" ? "record.cycleDone" : "record.cycleOpen", { number: cycle.number, date: date(cycle.createdAt ?? improvement.createdAt) })}
          </h2>
          <CycleRecord cycle={cycle} today={cycle.closedAt ? undefined : today} />
        </section>
      ))}

      <section aria-labelledby="record-history" className="flex flex-col gap-2 break-inside-auto">
        <h2 id="record-history" className="text-lg font-semibold">
          {t("record.history")}
        </h2>
        {history.length === 0 ? (
          <p className="text-sm text-slate-500">{t("record.historyEmpty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <thead>
                <tr className="border-b border-slate-300 text-xs text-slate-600">
                  <th scope="col" className="py-1.5 pr-3 font-medium">
                    {t("record.when")}
                  </th>
                  <th scope="col" className="py-1.5 pr-3 font-medium">
                    {t("record.who")}
                  </th>
                  <th scope="col" className="py-1.5 font-medium">
                    {t("record.what")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {history.map((entry) => (
                  <tr key={entry.id} className="border-b border-slate-100 align-top break-inside-avoid">
                    <td className="py-1.5 pr-3 whitespace-nowrap">{dateTime(entry.createdAt)}</td>
                    <td className="py-1.5 pr-3">{entry.actor?.name ?? t("activity.unknownPerson")}</td>
                    <td className="py-1.5 break-words">{describe(entry)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <footer className="border-t border-slate-300 pt-2 text-xs text-slate-500">
        {t("record.printedAt", { date: dateTime(new Date().toISOString()) })} {t("record.printedBy", { name: actor.name })}
      </footer>
    </article>
  );
}
