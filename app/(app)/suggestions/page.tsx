import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { daysSince } from "@/components/board/time";
import { requirePageActor } from "@/lib/auth/session";
import { listMySuggestions } from "@/lib/board/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("board.mine");
  return { title: t("title") };
}

// "My suggestions": the submitter's view, so no idea disappears into a black hole.
export default async function MySuggestionsPage() {
  const actor = await requirePageActor();
  const t = await getTranslations("board");
  const format = await getFormatter();
  const suggestions = await listMySuggestions(actor);
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold">{t("mine.title")}</h1>
        <p className="mt-1 text-slate-600">{t("mine.intro")}</p>
      </div>
      {suggestions.length === 0 ? (
        <p className="rounded-lg bg-white p-6 text-center text-slate-600 ring-1 ring-slate-200">{t("mine.empty")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {suggestions.map((suggestion) => (
            <li key={suggestion.id} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200" data-testid="my-suggestion">
              <div className="flex flex-wrap items-start gap-2">
                <h2 className="min-w-0 flex-1 font-medium">
                  <Link href={`/teams/${suggestion.team.slug}/improvements/${suggestion.id}`} className="break-words hover:text-brand-700 hover:underline">
                    {suggestion.title}
                  </Link>
                </h2>
                <span
                  className={`rounded-full px-2 py-0.5 text-xs font-semibold ${
                    suggestion.status === "REJECTED"
                      ? "bg-red-100 text-red-800"
                      : suggestion.status === "PARKED"
                        ? "bg-amber-100 text-amber-900"
                        : "bg-brand-50 text-brand-700"
                  }`}
                >
                  {suggestion.status === "ACTIVE" ? suggestion.column.name : t(`status.${suggestion.status}`)}
                </span>
              </div>
              {suggestion.statusReason ? <p className="mt-2 text-sm text-slate-800">{t("detail.statusReason", { reason: suggestion.statusReason })}</p> : null}
              <p className="mt-2 text-xs text-slate-500">
                {t("mine.where", { team: suggestion.team.name, column: suggestion.column.name })} · {t("mine.submitted", { date: date(suggestion.createdAt) })} ·{" "}
                {suggestion.firstResponseAt ? t("mine.responded", { date: date(suggestion.firstResponseAt) }) : t("mine.waiting", { days: daysSince(suggestion.createdAt) })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
