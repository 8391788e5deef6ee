"use client";

import { Copy, KeyRound } from "lucide-react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { AlertDialog } from "radix-ui";
import { useActionState, useState, useTransition } from "react";
import { toast } from "sonner";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field, FormMessage, TextInput } from "@/components/ui/field";
import { createApiTokenAction, revokeApiTokenAction } from "@/lib/api-tokens/actions";
import { TOKEN_NAME_MAX } from "@/lib/api-tokens/limits";
import type { ApiTokenDto } from "@/lib/api-tokens/tokens";

type CreatedToken = { name: string; token: string };

/** Create a token (its secret is shown once, here) and revoke tokens. */
export function ApiTokenManager({ tokens }: { tokens: ApiTokenDto[] }) {
  const t = useTranslations("apiTokens");
  const router = useRouter();
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [state, formAction, pending] = useActionState(async (previous: Awaited<ReturnType<typeof createApiTokenAction>>, formData: FormData) => {
    const result = await createApiTokenAction(previous, formData);
    if (result.ok && result.data) {
      setCreated({ name: result.data.name, token: result.data.token });
      router.refresh();
      // The secret must not linger in the form state once it has been shown.
      return { ok: true, submittedAt: result.submittedAt };
    }
    return result;
  }, {});

  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="new-token-heading" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5">
        <h2 id="new-token-heading" className="text-lg font-semibold">
          {t("new.title")}
        </h2>
        {created ? (
          <NewTokenNotice created={created} onDone={() => setCreated(null)} />
        ) : (
          <form action={formAction} className="mt-3 flex flex-col gap-3 sm:flex-row sm:items-start" noValidate>
            <div className="flex-1">
              <Field id="token-name" label={t("new.name")} hint={t("new.nameHint")} errors={state.fieldErrors?.name}>
                {({ id, describedBy, invalid }) => (
                  <TextInput
                    id={id}
                    name="name"
                    maxLength={TOKEN_NAME_MAX}
                    required
                    autoComplete="off"
                    defaultValue={state.values?.name ?? ""}
                    aria-describedby={describedBy}
                    aria-invalid={invalid}
                  />
                )}
              </Field>
            </div>
            <Button type="submit" disabled={pending} className="sm:mt-6">
              <KeyRound aria-hidden className="h-4 w-4" />
              {pending ? t("new.submitting") : t("new.submit")}
            </Button>
          </form>
        )}
        <div className="mt-2">
          <FormMessage message={state.ok === false && !state.fieldErrors ? state.message : undefined} />
        </div>
      </section>
      <TokenList tokens={tokens} />
    </div>
  );
}

function NewTokenNotice({ created, onDone }: { created: CreatedToken; onDone: () => void }) {
  const t = useTranslations("apiTokens.created");
  async function copy() {
    try {
      await navigator.clipboard.writeText(created.token);
      toast.success(t("copied"));
    } catch {
      toast.error(t("copyFailed"));
    }
  }
  return (
    <div role="status" className="mt-3 flex flex-col gap-3 rounded-md bg-amber-50 p-4 ring-1 ring-amber-200">
      <div>
        <p className="font-semibold text-amber-950">{t("title")}</p>
        <p className="mt-1 text-sm text-amber-900">{t("body")}</p>
      </div>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <label htmlFor="new-token-value" className="sr-only">
          {t("label", { name: created.name })}
        </label>
        <input
          id="new-token-value"
          readOnly
          value={created.token}
          onFocus={(event) => event.currentTarget.select()}
          className="w-full min-w-0 flex-1 rounded-md border border-amber-300 bg-white px-3 py-2 font-mono text-sm text-slate-900"
          data-testid="new-api-token"
        />
        <Button variant="secondary" onClick={() => void copy()}>
          <Copy aria-hidden className="h-4 w-4" />
          {t("copy")}
        </Button>
      </div>
      <div>
        <Button variant="ghost" onClick={onDone}>
          {t("done")}
        </Button>
      </div>
    </div>
  );
}

function TokenList({ tokens }: { tokens: ApiTokenDto[] }) {
  const t = useTranslations("apiTokens");
  const format = useFormatter();
  const when = (iso: string) => format.dateTime(new Date(iso), { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });
  return (
    <section aria-labelledby="tokens-heading" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5">
      <h2 id="tokens-heading" className="text-lg font-semibold">
        {t("list.title")}
      </h2>
      {tokens.length === 0 ? (
        <p className="mt-2 text-slate-600">{t("list.empty")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100">
          {tokens.map((token) => (
            <li key={token.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between" data-testid="api-token-row">
              <div className="min-w-0">
                <p className="font-medium text-slate-900">
                  {token.name}{" "}
                  {token.revokedAt ? (
                    <span className="ml-1 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-600">
                      {t("list.revoked", { date: when(token.revokedAt) })}
                    </span>
                  ) : (
                    <span className="ml-1 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700">{t("list.active")}</span>
                  )}
                </p>
                <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm text-slate-600">
                  <dt>{t("list.prefix")}</dt>
                  <dd>
                    <code className="rounded bg-slate-100 px-1 font-mono text-xs">{token.prefix}…</code>
                  </dd>
                  <dt>{t("list.createdAt")}</dt>
                  <dd>
                    {when(token.createdAt)} · {token.createdBy ?? t("list.unknownPerson")}
                  </dd>
                  <dt>{t("list.lastUsed")}</dt>
                  <dd>{token.lastUsedAt ? when(token.lastUsedAt) : t("list.never")}</dd>
                </dl>
              </div>
              {token.revokedAt ? null : <RevokeButton id={token.id} name={token.name} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function RevokeButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations("apiTokens.revoke");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const revoke = () =>
    startTransition(async () => {
      const result = await revokeApiTokenAction({ id });
      if (!result.ok) {
        toast.error(result.message);
        return;
      }
      toast.success(t("done", { name }));
      router.refresh();
    });
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild>
        <Button variant="secondary" size="sm" disabled={pending} aria-label={t("label", { name })} className="self-start text-red-700 hover:text-red-800 sm:self-center">
          {t("button")}
        </Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl ring-1 ring-slate-200">
          <AlertDialog.Title className="text-lg font-semibold">{t("title", { name })}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm text-slate-600">{t("body")}</AlertDialog.Description>
          <div className="mt-5 flex flex-wrap justify-end gap-2">
            <AlertDialog.Cancel className={buttonClasses("secondary")}>{tCommon("cancel")}</AlertDialog.Cancel>
            <AlertDialog.Action className={buttonClasses("danger")} onClick={revoke}>
              {t("confirm")}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
