import { Frown, Lightbulb, MessageSquareQuote, Smile, Star } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { FeedbackItem } from "@/lib/feedback/queries";
import { ComplaintStatusSelect, ConvertComplaintDialog } from "./complaint-actions";
import { ShareComplimentDialog } from "./share-compliment-dialog";

const typeStyles = {
  COMPLAINT: { icon: Frown, classes: "bg-red-50 text-red-800 ring-red-200" },
  COMPLIMENT: { icon: Smile, classes: "bg-brand-50 text-brand-900 ring-brand-100" },
  TIP: { icon: Lightbulb, classes: "bg-amber-50 text-amber-900 ring-amber-200" },
  NPS: { icon: Star, classes: "bg-sky-50 text-sky-900 ring-sky-200" },
  CES: { icon: Star, classes: "bg-sky-50 text-sky-900 ring-sky-200" },
  CSAT: { icon: Star, classes: "bg-sky-50 text-sky-900 ring-sky-200" },
} as const;

const statusStyles = {
  OPEN: "text-red-800",
  IN_PROGRESS: "text-amber-800",
  HANDLED: "text-brand-700",
} as const;

const TITLE_DRAFT_LENGTH = 80;

/** One page of feedback as cards (they read well at phone width, unlike a wide table). */
export async function FeedbackList({
  items,
  suggestionTeams,
  successTeams,
}: {
  items: FeedbackItem[];
  /** Teams whose board the viewer may add a suggestion to. */
  suggestionTeams: { id: string; name: string }[];
  /** Teams the viewer may record a success for; empty while the successes module is absent. */
  successTeams: { id: string; name: string }[];
}) {
  const t = await getTranslations("feedback");
  const format = await getFormatter();
  const fullDay = (day: string) => format.dateTime(new Date(`${day}T12:00:00Z`), { day: "numeric", month: "long", year: "numeric" });

  return (
    <ul className="flex flex-col gap-3">
      {items.map((item) => {
        const style = typeStyles[item.type];
        const Icon = style.icon;
        const channel = t(`channel.${item.channel}`);
        const date = fullDay(item.receivedOn);
        const text = item.text ?? "";
        const draft = {
          feedbackId: item.id,
          teamId: item.team?.id ?? null,
          title: t("complaint.titleDraft", { text: text.length > TITLE_DRAFT_LENGTH ? `${text.slice(0, TITLE_DRAFT_LENGTH - 1).trimEnd()}…` : text }),
          problem: t("complaint.problemDraft", { text, date, channel: channel.toLowerCase() }),
          expectationPlaceholder: t("complaint.expectationPlaceholder", { segment: item.segment?.name ?? t("complaint.theCustomer") }),
        };
        return (
          <li key={item.id} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200" data-testid="feedback-item">
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
              <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${style.classes}`}>
                <Icon aria-hidden className="h-3.5 w-3.5" />
                {t(`type.${item.type}`)}
              </span>
              {item.score !== null ? <span className="font-semibold tabular-nums">{t("list.score", { score: item.score })}</span> : null}
              <time dateTime={item.receivedOn} className="text-slate-600">
                {date}
              </time>
              <span className="text-slate-600">{item.viaApi ? t("list.viaApi") : t("list.via", { channel: channel.toLowerCase() })}</span>
            </div>
            {item.text ? (
              <p className="mt-2 flex gap-2 whitespace-pre-line break-words text-slate-900">
                <MessageSquareQuote aria-hidden className="mt-0.5 h-4 w-4 shrink-0 text-slate-400" />
                <span>{item.text}</span>
              </p>
            ) : null}
            <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600">
              {item.customerName ? (
                <div className="flex gap-1">
                  <dt className="sr-only">{t("csv.customer")}</dt>
                  <dd className="font-medium text-slate-800">{item.customerName}</dd>
                </div>
              ) : null}
              {item.segment ? (
                <div className="flex gap-1">
                  <dt className="sr-only">{t("csv.segment")}</dt>
                  <dd>{item.segment.name}</dd>
                </div>
              ) : null}
              <div className="flex gap-1">
                <dt className="sr-only">{t("csv.team")}</dt>
                <dd>{item.team?.name ?? t("list.noTeam")}</dd>
              </div>
              {item.createdBy ? (
                <div className="flex gap-1">
                  <dt className="sr-only">{t("csv.source")}</dt>
                  <dd>{t("list.recordedBy", { name: item.createdBy })}</dd>
                </div>
              ) : null}
            </dl>
            {item.type === "COMPLAINT" && item.status ? (
              <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 border-t border-slate-100 pt-3 text-sm">
                {item.canUpdate ? (
                  <ComplaintStatusSelect id={item.id} status={item.status} dateLabel={date} />
                ) : (
                  <span className={`font-medium ${statusStyles[item.status]}`}>{t(`status.${item.status}`)}</span>
                )}
                {item.handlingDays !== null ? (
                  <span className={item.status === "HANDLED" ? "text-slate-600" : statusStyles[item.status]}>
                    {item.status === "HANDLED" ? t("list.handledIn", { days: item.handlingDays }) : t("list.openFor", { days: item.handlingDays })}
                  </span>
                ) : null}
                {item.improvement ? (
                  <Link href={`/teams/${item.improvement.teamSlug}/improvements/${item.improvement.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                    {t("list.improvement")}: {item.improvement.title}
                  </Link>
                ) : item.canUpdate && suggestionTeams.length > 0 ? (
                  <ConvertComplaintDialog draft={draft} teams={suggestionTeams} />
                ) : null}
              </div>
            ) : null}
            {item.type === "COMPLIMENT" && (item.successId || successTeams.length > 0) ? (
              <div className="mt-3 flex flex-wrap items-center gap-2 border-t border-slate-100 pt-3 text-sm">
                {item.successId ? (
                  <Link href={`/successes/${item.successId}`} className="text-brand-700 underline-offset-2 hover:underline">
                    {t("list.shared")}
                  </Link>
                ) : (
                  <ShareComplimentDialog
                    teams={successTeams}
                    draft={{
                      feedbackId: item.id,
                      teamId: item.team?.id ?? null,
                      title: t("compliment.titleDraft", { customer: item.customerName ?? item.segment?.name ?? t("complaint.theCustomer") }),
                      story: t("compliment.storyDraft", { text, date, channel: channel.toLowerCase() }),
                      achievedOn: item.receivedOn,
                    }}
                  />
                )}
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
