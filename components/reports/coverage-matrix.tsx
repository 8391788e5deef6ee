import { getTranslations } from "next-intl/server";
import { cellKey, type Coverage } from "@/lib/reports/queries";

/**
 * Teams down, segments across, the number of expectations in each cell. An empty cell is the
 * point of the matrix (what no one knows yet), so it is marked in colour and in words.
 */
export async function CoverageMatrix({ coverage }: { coverage: Coverage }) {
  const t = await getTranslations("reports.coverage");
  const segmentName = (segment: Coverage["segments"][number]) => segment?.name ?? t("noSegment");
  if (coverage.teams.length === 0) return <p className="text-slate-600">{t("noTeams")}</p>;
  if (coverage.segments.length === 0) return <p className="text-slate-600">{t("noSegments")}</p>;
  const gaps = coverage.teams.reduce(
    (sum, team) => sum + coverage.segments.filter((segment) => segment !== null && !coverage.cells[cellKey(team.id, segment.id)]).length,
    0,
  );
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-slate-700" data-testid="coverage-gaps">
        {t("gaps", { count: gaps })}
      </p>
      <div className="relative overflow-x-auto rounded-md ring-1 ring-slate-200 print:overflow-visible">
        <table className="w-full border-collapse text-sm" data-testid="coverage-matrix">
          <caption className="sr-only">{t("heading")}</caption>
          <thead>
            <tr className="bg-slate-50">
              <th scope="col" className="sticky left-0 z-10 bg-slate-50 px-3 py-2 text-left font-medium text-slate-700">
                {t("team")}
              </th>
              {coverage.segments.map((segment) => (
                <th key={segment?.id ?? "none"} scope="col" className="min-w-24 px-3 py-2 text-left align-bottom font-medium text-slate-700">
                  {segmentName(segment)}
                </th>
              ))}
              <th scope="col" className="px-3 py-2 text-right font-medium text-slate-700">
                {t("total")}
              </th>
            </tr>
          </thead>
          <tbody>
            {coverage.teams.map((team) => (
              <tr key={team.id} className="border-t border-slate-200">
                <th scope="row" className="sticky left-0 z-10 bg-white px-3 py-2 text-left font-medium text-slate-900">
                  {team.name}
                </th>
                {coverage.segments.map((segment) => {
                  const count = coverage.cells[cellKey(team.id, segment?.id ?? null)] ?? 0;
                  const label = t("cellLabel", { team: team.name, segment: segmentName(segment), count });
                  // "No segment" is not a segment anyone could cover, so its empty cells are not gaps.
                  const gap = count === 0 && segment !== null;
                  return (
                    <td
                      key={segment?.id ?? "none"}
                      title={label}
                      data-gap={gap ? "true" : undefined}
                      className={
                        gap
                          ? "bg-amber-50 px-3 py-2 text-amber-900 ring-1 ring-inset ring-amber-200 print:bg-white"
                          : "px-3 py-2 tabular-nums text-slate-900"
                      }
                    >
                      {gap ? (
                        <>
                          <span aria-hidden className="font-semibold">
                            0
                          </span>
                          <span className="ml-1 text-xs">{t("gap")}</span>
                        </>
                      ) : (
                        <span aria-hidden>{count === 0 ? "–" : count}</span>
                      )}
                      <span className="sr-only">{label}</span>
                    </td>
                  );
                })}
                <td className="px-3 py-2 text-right font-medium tabular-nums">{coverage.teamTotals[team.id] ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
