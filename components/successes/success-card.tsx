import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { SuccessListItem } from "@/lib/successes/types";
import { FeaturedBadge, MilestoneBadge } from "./badges";
import { EffectBadge } from "./effect-badge";
import { ThanksButton } from "./thanks-button";
import { ThanksPeople } from "./thanks-people";

type Props = {
  success: SuccessListItem;
  headingLevel?: "h2" | "h3";
  /** On a team's own pages: title, effect and people only; the story is one click away. */
  compact?: boolean;
};

/** One success in the log: who, what improved, the effect, who to thank, and the thanks. */
export function SuccessCard({ success, headingLevel = "h3", compact = false }: Props) {
  const t = useTranslations("successes");
  const format = useFormatter();
  const Heading = headingLevel;
  const titleId = `success-${success.id}-title`;
  const day = format.dateTime(new Date(`${success.achievedOn}T12:00:00Z`), { day: "numeric", month: "long", year: "numeric" });
  return (
    <article
      aria-labelledby={titleId}
      className={`flex w-full min-w-0 flex-col gap-2 rounded-lg bg-white p-4 shadow-sm ring-1 ${success.milestone ? "ring-2 ring-amber-300" : "ring-slate-200"}`}
    >
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600">
        {compact ? null : (
          <>
            <Link href={`/successes?team=${encodeURIComponent(success.team.slug)}`} className="font-medium text-brand-700 hover:underline">
              {success.team.name}
            </Link>
            <span aria-hidden>·</span>
          </>
        )}
        <time dateTime={success.achievedOn}>{day}</time>
        {success.milestone ? <MilestoneBadge ordinal={success.ordinal} team={success.team.name} /> : null}
        {success.featured ? <FeaturedBadge /> : null}
      </div>
      <Heading id={titleId} className={`${compact ? "text-base" : "text-lg"} font-semibold leading-snug break-words`}>
        <Link href={`/successes/${success.id}`} className="hover:text-brand-700 hover:underline">
          {success.title}
        </Link>
      </Heading>
      {success.effect ? <EffectBadge effect={success.effect} size={compact ? "sm" : "md"} /> : null}
      {compact ? null : <p className="line-clamp-4 break-words text-sm text-slate-700">{success.story}</p>}
      {!compact && success.improvements.length > 0 ? (
        <p className="text-sm text-slate-600">
          <span className="font-medium text-slate-700">{t("card.improvements")}: </span>
          {success.improvements.map((improvement, index) => (
            <span key={improvement.id}>
              {index > 0 ? ", " : null}
              <Link href={`/teams/${improvement.teamSlug}/improvements/${improvement.id}`} className="text-brand-700 hover:underline">
                {improvement.title}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
      {success.contributors.length > 0 ? (
        <p className="text-sm text-slate-600">
          <span className="font-medium text-slate-700">{t("card.contributors")}: </span>
          {format.list(success.contributors.map((person) => person.name), { type: "conjunction" })}
        </p>
      ) : null}
      <div className="mt-auto flex flex-col gap-1 pt-1">
        <ThanksButton
          successId={success.id}
          title={success.title}
          thanked={success.thanks.byViewer}
          count={success.thanks.count}
          canThank={success.permissions.canThank}
        />
        {compact ? null : <ThanksPeople thanks={success.thanks} />}
      </div>
    </article>
  );
}
