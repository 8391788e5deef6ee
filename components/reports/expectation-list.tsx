import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ExpectationRow } from "@/lib/reports/queries";
import type { ReportGrouping } from "@/lib/reports/schemas";

const resultStyles = {
  YES: "bg-brand-50 text-brand-900 ring-brand-100",
  PARTLY: "bg-amber-50 text-amber-900 ring-amber-200",
  NO: "bg-red-50 text-red-800 ring-red-200",
  UNKNOWN: "bg-slate-100 text-slate-700 ring-slate-200",
} as const;

/** The expectations of one page, under a heading per group (rows arrive in group order). */
export async function ExpectationList({ rows, group }: { rows: ExpectationRow[]; group: ReportGrouping }) {
  const t = await getTranslations("reports");
  const format = await getFormatter();
  const groupOf = (row: ExpectationRow): { key: string; label: string } => {
    switch (group) {
      case "segment":
        return { key: row.segment?.id ?? "none", label: row.segment?.name ?? t("filters.noSegment") };
      case "kano":
        return { key: row.kano ?? "none", label: row.kano ? t(`kano.${row.kano}`) : t("kano.none") };
      case "team":
        return { key: row.team.id, label: row.team.name };
    }
  };
  const groups: { key: string; label: string; rows: ExpectationRow[] }[] = [];
  for (const row of rows) {
    const { key, label } = groupOf(row);
    const last = groups.at(-1);
    if (last?.key === key) last.rows.push(row);
    else groups.push({ key, label, rows: [row] });
  }
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), { day: "numeric", month: "short", year: "numeric" });

  return (
    <div className="flex flex-col gap-5">
      {groups.map((section) => (
        <section key={section.key} aria-labelledby={`group-${section.key}`} className="flex flex-col gap-2">
          <h3 id={`group-${section.key}`} className="border-b border-slate-200 pb-1 text-base font-semibold text-slate-900">
            {section.label} <span className="font-normal text-slate-500">({section.rows.length})</span>
          </h3>
          <ul className="flex flex-col gap-2">
            {section.rows.map((row) => (
              <li key={row.cycleId} className="rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200 break-inside-avoid print:p-2 print:shadow-none" data-testid="expectation-row">
                <p className="font-medium text-slate-900">{row.expectation}</p>
                <div className="mt-1.5 flex flex-wrap items-center gap-1.5 text-xs">
                  <span className={`rounded-full px-2 py-0.5 font-medium ring-1 ${resultStyles[row.result]}`}>{t(`result.${row.result}`)}</span>
                  {group !== "segment" ? (
                    <span className="rounded-full bg-slate-100 px-2 py-0.5 text-slate-700">{row.segment?.name ?? t("filters.noSegment")}</span>
                  ) : null}
                  {group !== "kano" ? (
                    <span className="rounded-full bg-slate-100 px-2 py-0.5 text-slate-700">{row.kano ? t(`kano.${row.kano}`) : t("kano.none")}</span>
                  ) : null}
                  {row.customerType ? <span className="rounded-full bg-slate-100 px-2 py-0.5 text-slate-700">{t(`customerType.${row.customerType}`)}</span> : null}
                </div>
                <dl className="mt-1.5 flex flex-wrap gap-x-4 gap-y-0.5 text-sm text-slate-600">
                  {row.customerName ? (
                    <div className="flex gap-1">
                      <dt>{t("list.customer")}:</dt>
                      <dd className="text-slate-800">{row.customerName}</dd>
                    </div>
                  ) : null}
                  {group !== "team" ? (
                    <div className="flex gap-1">
                      <dt>{t("list.team")}:</dt>
                      <dd className="text-slate-800">{row.team.name}</dd>
                    </div>
                  ) : null}
                  <div className="flex min-w-0 gap-1">
                    <dt>{t("list.improvement")}:</dt>
                    <dd className="min-w-0">
                      <Link href={`/teams/${row.team.slug}/improvements/${row.improvement.id}`} className="break-words text-brand-700 underline-offset-2 hover:underline">
                        {row.improvement.title}
                      </Link>
                    </dd>
                  </div>
                  <div className="flex gap-1">
                    <dt>{t("list.stage")}:</dt>
                    <dd className="text-slate-800">{t(`stage.${row.stage}`)}</dd>
                  </div>
                  <div>
                    <dt className="sr-only">{t("csv.updated")}</dt>
                    <dd>
                      <time dateTime={row.updatedOn}>{t("list.updated", { date: day(row.updatedOn) })}</time>
                    </dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
