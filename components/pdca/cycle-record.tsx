import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { PdcaCycleDto } from "@/lib/pdca/types";

// A cycle as a read-only record: earlier cycles in the checklist, the checklist of someone who
// may not edit it, and the printable PDCA record. Text stays text (React escapes it).

type Props = {
  cycle: PdcaCycleDto;
  headingLevel?: "h3" | "h4";
  today?: string;
};

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-0.5 py-1.5 sm:grid-cols-[13rem_1fr] sm:gap-3 print:grid-cols-[12rem_1fr] print:gap-3 print:py-1">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="min-w-0 text-sm whitespace-pre-wrap break-words text-slate-900">
        {children}
      </dd>
    </div>
  );
}

export function CycleRecord({ cycle, headingLevel = "h3", today }: Props) {
  const t = useTranslations("pdca");
  const format = useFormatter();
  const Heading = headingLevel;
  const empty = (
    <span className="text-slate-500 italic">
      {t("notFilled")}
    </span>
  );
  const text = (value: string | null) => (value ? value : empty);
  const day = (iso: string) =>
    format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: "medium" });
  const { plan, check, act } = cycle;

  const section = (
    key: "plan" | "do" | "check" | "act",
    children: ReactNode,
  ) => (
    <section className="break-inside-avoid-page" aria-label={t(`${key}.title`)}>
      <Heading className="mt-3 border-b border-slate-200 pb-1 text-sm font-semibold tracking-wide text-brand-700 uppercase print:text-black">
        {t(`${key}.title`)}
      </Heading>
      <dl className="divide-y divide-slate-100">{children}</dl>
    </section>
  );

  return (
    <div className="flex flex-col">
      {section(
        "plan",
        <>
          <Row label={t("plan.problemStatement")}>
            {text(plan.problemStatement)}
          </Row>
          <Row label={t("plan.customerType")}>
            {plan.customerType
              ? t(`plan.customerTypeOption.${plan.customerType}`)
              : empty}
          </Row>
          <Row label={t("plan.customerName")}>{text(plan.customerName)}</Row>
          <Row label={t("plan.segment")}>
            {plan.segment ? plan.segment.name : empty}
          </Row>
          <Row label={t("plan.expectation")}>{text(plan.expectation)}</Row>
          <Row label={t("plan.kano")}>
            {plan.kano
              ? `${t(`plan.kanoOption.${plan.kano}`)} — ${t(`plan.kanoHint.${plan.kano}`)}`
              : empty}
          </Row>
          <Row label={t("plan.baseline")}>{text(plan.baseline)}</Row>
          <Row label={t("plan.rootCause")}>
            {plan.rootCause.length ? (
              <ol className="list-decimal pl-5">
                {plan.rootCause.map((why, index) => (
                  <li key={index}>{why}</li>
                ))}
              </ol>
            ) : (
              empty
            )}
          </Row>
          <Row label={t("plan.goal")}>{text(plan.goal)}</Row>
          <Row label={t("plan.actions")}>
            {plan.actions.length ? (
              <div className="max-w-full overflow-x-auto">
                <table className="w-full border-collapse text-left text-sm">
                  <thead>
                    <tr className="text-xs text-slate-500">
                      <th scope="col" className="py-1 pr-2 font-medium">
                        {t("plan.actionDescription")}
                      </th>
                      <th scope="col" className="py-1 pr-2 font-medium">
                        {t("plan.actionOwner")}
                      </th>
                      <th scope="col" className="py-1 pr-2 font-medium">
                        {t("plan.actionDue")}
                      </th>
                      <th scope="col" className="py-1 font-medium">
                        {t("record.actionStatus")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {plan.actions.map((action) => {
                      const overdue =
                        today &&
                        !action.done &&
                        action.dueDate !== null &&
                        action.dueDate < today;
                      return (
                        <tr
                          key={action.id}
                          className="border-t border-slate-100 align-top"
                        >
                          <td className="py-1 pr-2 break-words">
                            {action.description}
                          </td>
                          <td className="py-1 pr-2">
                            {action.owner?.name ?? t("record.none")}
                          </td>
                          <td
                            className={`py-1 pr-2 ${overdue ? "font-medium text-red-700" : ""}`}
                          >
                            {action.dueDate
                              ? day(action.dueDate)
                              : t("record.none")}
                            {overdue ? ` (${t("do.overdue")})` : ""}
                          </td>
                          <td className="py-1">
                            {action.done && action.doneAt
                              ? t("record.actionDone", {
                                  date: format.dateTime(
                                    new Date(action.doneAt),
                                    { dateStyle: "medium" },
                                  ),
                                })
                              : t("record.actionOpen")}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            ) : (
              empty
            )}
          </Row>
        </>,
      )}
      {section(
        "do",
        <>
          <Row label={t("do.description")}>{text(cycle.do.description)}</Row>
          <Row label={t("do.informed")}>{text(cycle.do.informed)}</Row>
        </>,
      )}
      {section(
        "check",
        <>
          <Row label={t("check.measuredResult")}>
            {text(check.measuredResult)}
          </Row>
          <Row label={t("check.result")}>
            {check.result ? t(`check.resultOption.${check.result}`) : empty}
          </Row>
          <Row label={t("check.sideEffects")}>{text(check.sideEffects)}</Row>
          <Row label={t("check.expectationMet")}>
            {check.expectationMet
              ? t(`check.expectationMetOption.${check.expectationMet}`)
              : empty}
          </Row>
          <Row label={t("check.expectationEvidence")}>
            {text(check.expectationEvidence)}
          </Row>
        </>,
      )}
      {section(
        "act",
        <>
          <Row label={t("act.decision")}>
            {act.decision
              ? `${t(`act.decisionOption.${act.decision}`)} — ${t(`act.decisionHint.${act.decision}`)}`
              : empty}
          </Row>
          {act.decision === "NEW_CYCLE" || act.newCycleReason ? (
            <Row label={t("act.newCycleReason")}>
              {text(act.newCycleReason)}
            </Row>
          ) : null}
          {act.decision !== "NEW_CYCLE" ? (
            <>
              <Row label={t("act.standardisation")}>
                {text(act.standardisation)}
              </Row>
              <Row label={t("act.training")}>{text(act.training)}</Row>
              <Row label={t("act.monitoring")}>{text(act.monitoring)}</Row>
            </>
          ) : null}
          <Row label={t("act.lessonsLearned")}>{text(act.lessonsLearned)}</Row>
        </>,
      )}
    </div>
  );
}
