import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SuccessForm } from "@/components/successes/success-form";
import { buttonClasses } from "@/components/ui/button";
import { requirePageActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { todayInAmsterdam } from "@/lib/successes/dates";
import { getSuccess, getSuccessFormOptions } from "@/lib/successes/queries";
import type { SuccessFormValues } from "@/lib/successes/types";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("successes.form");
  return { title: t("editTitle") };
}

export default async function EditSuccessPage({ params }: Props) {
  const actor = await requirePageActor();
  const t = await getTranslations("successes");
  const { id } = await params;
  const success = await getSuccess(actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const back = `/successes/${success.id}`;
  if (!success.permissions.canEdit) {
    return (
      <div className="mx-auto flex max-w-3xl flex-col gap-4">
        <h1 className="text-2xl font-semibold">{t("form.editTitle")}</h1>
        <p className="rounded-lg bg-amber-50 p-4 text-amber-950 ring-1 ring-amber-200">{t("form.cannotEdit")}</p>
        <Link href={back} className={buttonClasses("secondary", "md", "self-start")}>
          {t("form.cancel")}
        </Link>
      </div>
    );
  }
  const options = await getSuccessFormOptions(actor, {
    improvementIds: success.improvements.map((improvement) => improvement.id),
    contributorIds: success.contributors.map((person) => person.id),
    team: success.team,
  });
  const initial: SuccessFormValues = {
    teamId: success.team.id,
    title: success.title,
    story: success.story,
    achievedOn: success.achievedOn,
    // Shown the way people here write numbers; the schema reads either way.
    effectValue: success.effect ? (actor.locale === "nl" ? String(success.effect.value).replace(".", ",") : String(success.effect.value)) : "",
    effectUnit: success.effect?.unit ?? "",
    improvementIds: success.improvements.map((improvement) => improvement.id).join(","),
    contributorIds: success.contributors.map((person) => person.id).join(","),
  };
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-5">
      <h1 className="text-2xl font-semibold">{t("form.editTitle")}</h1>
      <div className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6">
        <SuccessForm
          mode="edit"
          successId={success.id}
          initial={initial}
          options={options}
          fixedTeam={{ id: success.team.id, name: success.team.name }}
          cancelHref={back}
          today={todayInAmsterdam()}
        />
      </div>
    </div>
  );
}
