import { getLocale } from "next-intl/server";
import { GuestLanguageSwitch } from "@/components/auth/guest-language-switch";

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <div className="flex min-h-dvh flex-col items-center justify-center gap-6 px-4 py-10">
      <div className="flex items-center gap-2 text-brand-700">
        <span aria-hidden className="grid h-9 w-9 place-items-center rounded-lg bg-brand-600 text-lg font-bold text-white">
          V
        </span>
        <span className="text-xl font-semibold">Verbeterbord</span>
      </div>
      <main id="main" className="w-full max-w-md rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-8">
        {children}
      </main>
      <GuestLanguageSwitch current={locale} />
    </div>
  );
}
