"use client";

import { Lightbulb } from "lucide-react";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { useActionState, useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, Select, TextArea, TextInput } from "@/components/ui/field";
import { createImprovementAction } from "@/lib/board/actions";
import { TEXT_MAX, TITLE_MAX } from "@/lib/board/limits";

type Team = { id: string; slug: string; name: string };

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) || target.closest("[role=dialog],[role=menu]") !== null;
}

/** Submit a suggestion from anywhere: the N key (or the button) opens a title-only form. */
export function QuickSuggestion({ teams }: { teams: Team[] }) {
  const t = useTranslations("board.quickAdd");
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== "n" || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (isTyping(event.target) || document.querySelector("[aria-pressed=true][aria-roledescription]")) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  if (teams.length === 0) return null;
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <button
          type="button"
          aria-keyshortcuts="N"
          title={t("shortcut")}
          className="no-print fixed bottom-4 left-4 z-30 inline-flex items-center gap-2 rounded-full bg-brand-600 px-4 py-2.5 text-sm font-medium text-white shadow-lg hover:bg-brand-700"
        >
          <Lightbulb aria-hidden className="h-4 w-4" />
          <span className="sr-only sm:not-sr-only">{t("open")}</span>
          <kbd className="hidden rounded bg-white/20 px-1.5 text-xs sm:inline">N</kbd>
        </button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content className="fixed left-1/2 top-[10vh] z-50 w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 rounded-lg bg-white p-5 shadow-xl">
          <Dialog.Title className="text-lg font-semibold">{t("dialogTitle")}</Dialog.Title>
          <Dialog.Description className="mt-1 text-sm text-slate-600">{t("dialogIntro")}</Dialog.Description>
          <QuickSuggestionForm teams={teams} onDone={() => setOpen(false)} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function QuickSuggestionForm({ teams, onDone }: { teams: Team[]; onDone: () => void }) {
  const t = useTranslations("board.quickAdd");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const pathname = usePathname();
  const [state, formAction, pending] = useActionState(createImprovementAction, {});
  const handled = useRef<number | undefined>(undefined);
  const submittedTeam = useRef<string | null>(null);
  const slugInPath = /^\/teams\/([^/]+)/.exec(pathname)?.[1];
  const defaultTeam = teams.find((team) => team.slug === slugInPath) ?? teams[0];

  useEffect(() => {
    if (!state.submittedAt || handled.current === state.submittedAt || !state.ok || !state.data) return;
    handled.current = state.submittedAt;
    const team = teams.find((candidate) => candidate.id === submittedTeam.current) ?? defaultTeam;
    const boardPath = `/teams/${team?.slug}/board`;
    toast.success(t("addedElsewhere", { team: team?.name ?? "" }), {
      action: pathname === boardPath ? undefined : { label: t("view"), onClick: () => router.push(boardPath) },
    });
    onDone();
    router.refresh();
  }, [defaultTeam, onDone, pathname, router, state, t, teams]);

  const values = state.ok === false ? state.values : undefined;
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        submittedTeam.current = String(new FormData(event.currentTarget).get("teamId") ?? "");
      }}
      className="mt-4 flex flex-col gap-4"
      noValidate
      key={state.ok === false ? state.submittedAt : "quick"}
    >
      {teams.length > 1 ? (
        <Field id="quick-team" label={t("team")} errors={state.fieldErrors?.teamId}>
          {({ id, describedBy, invalid }) => (
            <Select id={id} name="teamId" defaultValue={values?.teamId ?? defaultTeam?.id} aria-describedby={describedBy} aria-invalid={invalid}>
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      ) : (
        <input type="hidden" name="teamId" value={defaultTeam?.id} />
      )}
      <Field id="quick-title" label={t("title")} errors={state.fieldErrors?.title}>
        {({ id, describedBy, invalid }) => (
          <TextInput
            id={id}
            name="title"
            required
            maxLength={TITLE_MAX}
            autoComplete="off"
            autoFocus
            placeholder={t("placeholder")}
            defaultValue={values?.title}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          />
        )}
      </Field>
      <Field id="quick-problem" label={`${t("problem")} (${tCommon("optional")})`} hint={t("problemHint")} errors={state.fieldErrors?.problem}>
        {({ id, describedBy, invalid }) => (
          <TextArea id={id} name="problem" maxLength={TEXT_MAX} defaultValue={values?.problem} aria-describedby={describedBy} aria-invalid={invalid} className="min-h-16" />
        )}
      </Field>
      <FormMessage message={state.ok === false && !state.fieldErrors ? state.message : undefined} />
      <div className="flex justify-end gap-2">
        <Dialog.Close asChild>
          <Button variant="secondary">{tCommon("cancel")}</Button>
        </Dialog.Close>
        <Button type="submit" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
