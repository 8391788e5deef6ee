import type { Metadata } from "next";
import { Cake, Pencil, PartyPopper, Quote } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { FeaturedBadge, MilestoneBadge } from "@/components/successes/badges";
import { DeleteSuccessButton } from "@/components/successes/delete-success-button";
import { EffectBadge } from "@/components/successes/effect-badge";
import { FeatureButton } from "@/components/successes/feature-button";
import { ThanksButton } from "@/components/successes/thanks-button";
import { ThanksPeople } from "@/components/successes/thanks-people";
import { buttonClasses } from "@/components/ui/button";
import { requirePageActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { getSuccess } from "@/lib/successes/queries";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(params: Props["params"]) {
  const actor = await requirePageActor();
  const { id } = await params;
  return getSuccess(actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const success = await load(params);
  return { title: success.title };
}

export default async function SuccessPage({ params, searchParams }: Props) {
  const success = await load(params);
  const recorded = (await searchParams).recorded === "1";
  const t = await getTranslations("successes");
  const format = await getFormatter();
  const day = format.dateTime(new Date(`${success.achievedOn}T12:00:00Z`), { day: "numeric", month: "long", year: "numeric" });
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-5">
      <Link href="/successes" className={buttonClasses("ghost", "sm", "-ml-2 self-start")}>
        ← {t("detail.back")}
      </Link>

      {recorded ? (
        <p role="status" className={`flex items-start gap-3 rounded-lg p-4 text-sm ring-1 ${success.milestone ? "bg-amber-50 text-amber-950 ring-amber-300" : "bg-brand-50 text-brand-900 ring-brand-100"}`}>
          {success.milestone ? <Cake aria-hidden className="h-6 w-6 shrink-0 text-amber-600" /> : <PartyPopper aria-hidden className="h-5 w-5 shrink-0" />}
          <span>
            <strong className="font-semibold">{t("detail.recorded", { team: success.team.name })}</strong>
            {success.milestone ? <> {t("detail.milestoneRecorded", { ordinal: success.ordinal, team: success.team.name })}</> : null}
          </span>
        </p>
      ) : null}

      <article aria-labelledby="success-title" className="flex flex-col gap-5 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6">
        <header className="flex flex-col gap-2">
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600">
            <Link href={`/successes?team=${encodeURIComponent(success.team.slug)}`} className="font-medium text-brand-700 hover:underline">
              {success.team.name}
            </Link>
            <span aria-hidden>·</span>
            <time dateTime={success.achievedOn}>{day}</time>
            {success.milestone ? <MilestoneBadge ordinal={success.ordinal} team={success.team.name} /> : null}
            {success.featured ? <FeaturedBadge /> : null}
          </div>
          <h1 id="success-title" className="text-2xl font-semibold leading-snug break-words">
            {success.title}
          </h1>
          {success.effect ? (
            <div>
              <EffectBadge effect={success.effect} />
            </div>
          ) : null}
        </header>

        <section aria-labelledby="story-heading" className="flex flex-col gap-2">
          <h2 id="story-heading" className="sr-only">
            {t("detail.story")}
          </h2>
          <p className="whitespace-pre-line break-words text-slate-800">{success.story}</p>
        </section>

        {success.compliment ? (
          <figure className="flex gap-3 rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200">
            <Quote aria-hidden className="h-5 w-5 shrink-0 text-slate-400" />
            <div className="flex flex-col gap-1">
              {success.compliment.text ? <blockquote className="whitespace-pre-line break-words italic text-slate-800">{success.compliment.text}</blockquote> : null}
              <figcaption className="text-sm text-slate-600">
                {success.compliment.customerName ? t("detail.compliment", { customer: success.compliment.customerName }) : t("detail.complimentAnonymous")}
              </figcaption>
            </div>
          </figure>
        ) : null}

        <dl className="grid gap-x-4 gap-y-3 text-sm sm:grid-cols-[10rem_1fr]">
          {success.improvements.length > 0 ? (
            <>
              <dt className="font-medium text-slate-700">{t("card.improvements")}</dt>
              <dd>
                <ul className="flex flex-col gap-1">
                  {success.improvements.map((improvement) => (
                    <li key={improvement.id}>
                      <Link href={`/teams/${improvement.teamSlug}/improvements/${improvement.id}`} className="text-brand-700 hover:underline">
                        {improvement.title}
                      </Link>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          <dt className="font-medium text-slate-700">{t("card.contributors")}</dt>
          <dd className="text-slate-800">
            {success.contributors.length > 0 ? format.list(success.contributors.map((person) => person.name), { type: "conjunction" }) : <span className="text-slate-500">{t("detail.noContributors")}</span>}
          </dd>
        </dl>

        <section aria-labelledby="thanks-heading" className="flex flex-col gap-2 border-t border-slate-200 pt-4">
          <h2 id="thanks-heading" className="text-base font-semibold">
            {t("detail.thanksHeading")}
          </h2>
          <ThanksButton successId={success.id} title={success.title} thanked={success.thanks.byViewer} count={success.thanks.count} canThank={success.permissions.canThank} />
          {success.thanks.count === 0 ? <p className="text-sm text-slate-500">{t("detail.noThanks")}</p> : <ThanksPeople thanks={success.thanks} all />}
        </section>

        <footer className="flex flex-col gap-3 border-t border-slate-200 pt-4 sm:flex-row sm:items-center">
          <p className="flex-1 text-xs text-slate-500">
            {success.createdBy ? t("detail.recordedBy", { name: success.createdBy.name }) : null}
          </p>
          <div className="flex flex-wrap gap-2">
            {success.permissions.canFeature ? <FeatureButton successId={success.id} title={success.title} featured={success.featured} /> : null}
            {success.permissions.canEdit ? (
              <Link href={`/successes/${success.id}/edit`} className={buttonClasses("secondary", "sm")}>
                <Pencil aria-hidden className="h-4 w-4" />
                {t("detail.edit")}
              </Link>
            ) : null}
            {success.permissions.canEdit ? <DeleteSuccessButton successId={success.id} title={success.title} /> : null}
          </div>
        </footer>
      </article>
    </div>
  );
}
