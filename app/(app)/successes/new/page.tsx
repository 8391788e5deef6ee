import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SuccessForm } from "@/components/successes/success-form";
import { buttonClasses } from "@/components/ui/button";
import { requirePageActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { todayInAmsterdam } from "@/lib/successes/dates";
import { composePrefillStory, prefillTitle } from "@/lib/successes/prefill";
import { getSuccessFormOptions, getSuccessPrefill, listRecordableTeams, type SuccessPrefill } from "@/lib/successes/queries";
import type { SuccessFormValues } from "@/lib/successes/types";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("successes.form");
  return { title: t("newTitle") };
}

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function NewSuccessPage({ searchParams }: Props) {
  const actor = await requirePageActor();
  const t = await getTranslations("successes");
  const tPrefill = await getTranslations("successes.prefill");
  const query = await searchParams;
  const improvementId = single(query.improvement);
  const teamSlug = single(query.team);
  const today = todayInAmsterdam();

  let prefill: SuccessPrefill | null = null;
  if (improvementId) {
    prefill = await getSuccessPrefill(actor, improvementId).catch((error: unknown) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    });
  }

  const teams = await listRecordableTeams(actor);
  const back = prefill ? `/teams/${prefill.improvement.team.slug}/improvements/${prefill.improvement.id}` : "/successes";

  if (prefill && !prefill.canCreate) {
    return (
      <Notice title={t("form.newTitle")} back={back} backLabel={t("form.cancel")}>
        {t("form.cannotRecord", { team: prefill.improvement.team.name })}
      </Notice>
    );
  }
  if (teams.length === 0) {
    return (
      <Notice title={t("form.newTitle")} back="/successes" backLabel={t("detail.back")}>
        {t("form.noTeams")}
      </Notice>
    );
  }

  const options = await getSuccessFormOptions(actor, { improvementIds: prefill ? [prefill.improvement.id] : [] });
  const chosenTeam = prefill?.improvement.team.id ?? teams.find((team) => team.slug === teamSlug)?.id ?? (teams.length === 1 ? teams[0]?.id : undefined) ?? "";
  const initial: SuccessFormValues = {
    teamId: chosenTeam,
    title: prefill ? prefillTitle(prefill.improvement.title) : "",
    story: prefill
      ? composePrefillStory(
          { title: prefill.improvement.title, problem: prefill.improvement.problem, customerValue: prefill.improvement.customerValue, pdca: prefill.pdca },
          (key, values) => tPrefill(key, values),
        )
      : "",
    achievedOn: today,
    effectValue: "",
    effectUnit: "",
    improvementIds: prefill ? prefill.improvement.id : "",
    contributorIds: prefill ? prefill.contributorIds.join(",") : "",
  };

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-5">
      <div>
        <h1 className="text-2xl font-semibold">{t("form.newTitle")}</h1>
        <p className="mt-1 text-slate-600">{t("form.intro")}</p>
      </div>
      {prefill ? (
        <div className="flex flex-col gap-2 rounded-lg bg-brand-50 p-3 text-sm text-brand-900 ring-1 ring-brand-100">
          <p>{t(prefill.pdca ? "form.prefilledFromPdca" : "form.prefilledFromImprovement", { title: prefill.improvement.title })}</p>
          {prefill.improvement.done ? null : <p>{t("form.notYetDone")}</p>}
          {prefill.existing.length > 0 ? (
            <div>
              <p>{t("form.alreadyRecorded")}</p>
              <ul className="ml-4 list-disc">
                {prefill.existing.map((success) => (
                  <li key={success.id}>
                    <Link href={`/successes/${success.id}`} className="font-medium underline">
                      {success.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      ) : null}
      <div className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6">
        <SuccessForm mode="create" initial={initial} options={options} cancelHref={back} today={today} />
      </div>
    </div>
  );
}

function Notice({ title, back, backLabel, children }: { title: string; back: string; backLabel: string; children: React.ReactNode }) {
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="rounded-lg bg-amber-50 p-4 text-amber-950 ring-1 ring-amber-200">{children}</p>
      <Link href={back} className={buttonClasses("secondary", "md", "self-start")}>
        {backLabel}
      </Link>
    </div>
  );
}
