import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FeedbackForm } from "@/components/feedback/feedback-form";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { getFeedbackFormOptions } from "@/lib/feedback/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feedback.form");
  return { title: t("title") };
}

export default async function NewFeedbackPage() {
  const actor = await requirePageActor();
  const t = await getTranslations("feedback.form");
  const mayRecord = can(actor, { action: "feedback.create", resource: { organisationId: actor.organisationId } });
  const options = await getFeedbackFormOptions(actor);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-slate-600">{t("intro")}</p>
      </div>
      <div className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6">
        {mayRecord ? (
          <FeedbackForm teams={options.teams} segments={options.segments} defaultTeamId={actor.teams[0]?.id ?? null} today={options.today} />
        ) : (
          <p className="text-slate-700">{t("salesReadOnly")}</p>
        )}
      </div>
    </div>
  );
}
