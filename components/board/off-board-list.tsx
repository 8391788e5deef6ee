import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { OffBoardImprovement } from "@/lib/board/queries";
import { RestoreButton } from "./restore-button";

/** Parked or rejected improvements: off the board, not lost, and restorable by a lead. */
export async function OffBoardList({
  status,
  improvements,
  teamSlug,
  canRestore,
}: {
  status: "PARKED" | "REJECTED";
  improvements: OffBoardImprovement[];
  teamSlug: string;
  canRestore: boolean;
}) {
  const t = await getTranslations("board");
  const format = await getFormatter();
  if (improvements.length === 0) {
    return <p className="rounded-lg bg-white p-6 text-center text-slate-600 ring-1 ring-slate-200">{t(`offBoard.empty${status}`)}</p>;
  }
  return (
    <ul className="flex flex-col gap-2" aria-label={t(`views.${status}`)}>
      {improvements.map((improvement) => (
        <li key={improvement.id} className="flex flex-col gap-2 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:flex-row sm:items-start">
          <div className="min-w-0 flex-1">
            <h2 className="font-medium">
              <Link href={`/teams/${teamSlug}/improvements/${improvement.id}`} className="hover:text-brand-700 hover:underline">
                {improvement.title}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-slate-700">
              {improvement.statusReason ? t("offBoard.reason", { reason: improvement.statusReason }) : t("offBoard.noReason")}
            </p>
            <p className="mt-1 text-xs text-slate-500">
              {improvement.statusChangedAt
                ? t("offBoard.since", { status: t(`status.${status}`), date: format.dateTime(new Date(improvement.statusChangedAt), { dateStyle: "medium" }) })
                : null}{" "}
              · {t("offBoard.from", { column: improvement.columnName })}
              {improvement.submitter ? ` · ${improvement.submitter.name}` : ""}
            </p>
          </div>
          {canRestore ? <RestoreButton id={improvement.id} version={improvement.version} title={improvement.title} /> : null}
        </li>
      ))}
    </ul>
  );
}
