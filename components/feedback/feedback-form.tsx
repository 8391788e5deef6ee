"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { toast } from "sonner";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field, FormMessage, Select, TextArea, TextInput } from "@/components/ui/field";
import type { FeedbackChannel, FeedbackType } from "@/lib/db/generated/enums";
import { createFeedbackAction } from "@/lib/feedback/actions";
import { CUSTOMER_NAME_MAX, feedbackChannels, feedbackTypes, TEXT_MAX } from "@/lib/feedback/limits";
import { isSurveyType, scoreRanges } from "@/lib/feedback/scores";

type Option = { id: string; name: string };

/** Records one piece of feedback. What the person typed survives every failed save. */
export function FeedbackForm({
  teams,
  segments,
  defaultTeamId,
  today,
}: {
  teams: Option[];
  segments: Option[];
  defaultTeamId: string | null;
  today: string;
}) {
  const t = useTranslations("feedback.form");
  const tType = useTranslations("feedback.type");
  const tChannel = useTranslations("feedback.channel");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const [state, formAction, pending] = useActionState(createFeedbackAction, {});
  const [type, setType] = useState<FeedbackType>("COMPLAINT");
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};

  useEffect(() => {
    if (!state.ok) return;
    toast.success(t("saved"));
    router.push("/feedback");
  }, [state, router, t]);

  const survey = isSurveyType(type);
  const range = survey ? scoreRanges[type] : null;

  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="feedback-type" label={t("type")} errors={errors.type}>
          {({ id, describedBy, invalid }) => (
            <Select
              id={id}
              name="type"
              value={type}
              onChange={(event) => setType(event.target.value as FeedbackType)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            >
              {feedbackTypes.map((option) => (
                <option key={option} value={option}>
                  {tType(option)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="feedback-date" label={t("receivedOn")} hint={t("receivedOnHint")} errors={errors.receivedOn}>
          {({ id, describedBy, invalid }) => (
            <TextInput
              id={id}
              name="receivedOn"
              type="date"
              max={today}
              required
              defaultValue={values.receivedOn ?? today}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            />
          )}
        </Field>
      </div>

      {range ? (
        <Field id="feedback-score" label={`${t("score")} (${range.min}–${range.max})`} hint={t(`scoreHint.${type as "NPS" | "CES" | "CSAT"}`)} errors={errors.score}>
          {({ id, describedBy, invalid }) => (
            <TextInput
              id={id}
              name="score"
              type="number"
              inputMode="numeric"
              min={range.min}
              max={range.max}
              step={1}
              required
              defaultValue={values.score ?? ""}
              className="max-w-32"
              aria-describedby={describedBy}
              aria-invalid={invalid}
            />
          )}
        </Field>
      ) : null}

      <Field id="feedback-text" label={survey ? `${t("textSurvey")} (${tCommon("optional")})` : t("text")} errors={errors.text}>
        {({ id, describedBy, invalid }) => (
          <TextArea
            id={id}
            name="text"
            maxLength={TEXT_MAX}
            required={!survey}
            defaultValue={values.text ?? ""}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          />
        )}
      </Field>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="feedback-channel" label={t("channel")} errors={errors.channel}>
          {({ id, describedBy, invalid }) => (
            <Select id={id} name="channel" defaultValue={values.channel ?? (survey ? "SURVEY" : "PHONE")} aria-describedby={describedBy} aria-invalid={invalid}>
              {feedbackChannels.map((option: FeedbackChannel) => (
                <option key={option} value={option}>
                  {tChannel(option)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="feedback-customer" label={t("customerName")} hint={t("customerNameHint")} errors={errors.customerName}>
          {({ id, describedBy, invalid }) => (
            <TextInput
              id={id}
              name="customerName"
              autoComplete="off"
              maxLength={CUSTOMER_NAME_MAX}
              defaultValue={values.customerName ?? ""}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            />
          )}
        </Field>
        <Field id="feedback-segment" label={t("segment")} errors={errors.segmentId}>
          {({ id, describedBy, invalid }) => (
            <Select id={id} name="segmentId" defaultValue={values.segmentId ?? ""} aria-describedby={describedBy} aria-invalid={invalid}>
              <option value="">{t("noSegment")}</option>
              {segments.map((segment) => (
                <option key={segment.id} value={segment.id}>
                  {segment.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="feedback-team" label={t("team")} errors={errors.teamId}>
          {({ id, describedBy, invalid }) => (
            <Select id={id} name="teamId" defaultValue={values.teamId ?? defaultTeamId ?? ""} aria-describedby={describedBy} aria-invalid={invalid}>
              <option value="">{t("noTeam")}</option>
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>

      <FormMessage message={state.ok === false ? state.message : undefined} />
      <div className="flex flex-wrap justify-end gap-2">
        <Link href="/feedback" className={buttonClasses("secondary")}>
          {t("cancel")}
        </Link>
        <Button type="submit" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
