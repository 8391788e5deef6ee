import { spawn, type ChildProcess } from "node:child_process";
import type { Server } from "node:http";
import path from "node:path";
import type { Page } from "@playwright/test";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/db/generated/client";
import { demoPort } from "../playwright.config";
import { databaseUrlFor, demo, expect, test } from "./fixtures";

// Single sign-on against a real OpenID Connect provider (the `oidc-provider` package, run in
// this test process), with an app server of its own started with the OIDC_* variables set.

const appPort = demoPort + 8;
const idpPort = demoPort + 9;
const appUrl = `http://localhost:${appPort}`;
const issuer = `http://localhost:${idpPort}`;
const client = { id: "verbeterbord-e2e", secret: "e2e-client-secret-e2e-client-secret" };

// The package ships no type declarations; this is the little of its API the test uses.
type OidcProvider = { listen: (port: number) => Server };
type OidcProviderClass = new (issuer: string, configuration: Record<string, unknown>) => OidcProvider;

let idp: Server | undefined;
let app: ChildProcess | undefined;
let db: PrismaClient | undefined;

async function startIdentityProvider(): Promise<Server> {
  const moduleName = "oidc-provider";
  const { default: Provider } = (await import(moduleName)) as { default: OidcProviderClass };
  const provider = new Provider(issuer, {
    clients: [{ client_id: client.id, client_secret: client.secret, redirect_uris: [`${appUrl}/api/auth/callback/oidc`] }],
    // The provider's own development login page accepts any login: the test types the email.
    async findAccount(_context: unknown, id: string) {
      return { accountId: id, claims: async () => ({ sub: `idp-${id}`, email: id, email_verified: true, name: `SSO ${id}` }) };
    },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // next-auth reads the profile from the ID token.
    conformIdTokenClaims: false,
    cookies: { keys: ["e2e-oidc-cookie-key-0123456789"] },
  });
  return provider.listen(idpPort);
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`app server exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/api/health`).then((response) => response.ok).catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("app server with single sign-on did not start");
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  idp = await startIdentityProvider();
  app = spawn(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "e2e/support/serve.ts", String(appPort), "demo"], {
    cwd: process.cwd(),
    env: { ...process.env, OIDC_ISSUER: issuer, OIDC_CLIENT_ID: client.id, OIDC_CLIENT_SECRET: client.secret, OIDC_NAME: "Test-SSO" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitForHealth(appUrl, app);
  db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrlFor(appPort), max: 2 }) });
});

test.afterAll(async () => {
  await db?.$disconnect();
  if (app && app.exitCode === null) {
    const exited = new Promise((resolve) => app!.once("exit", resolve));
    app.kill("SIGTERM");
    await exited;
  }
  await new Promise((resolve) => (idp ? idp.close(resolve) : resolve(undefined)));
});

async function signInWithSso(page: Page, email: string): Promise<void> {
  await page.goto(`${appUrl}/login`);
  await page.getByRole("button", { name: "Inloggen met Test-SSO" }).click();
  await page.waitForURL(new RegExp(`^${issuer}/`));
  await page.locator('input[name="login"]').fill(email);
  await page.locator('input[name="password"]').fill("wat-dan-ook");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

test.describe("single sign-on", () => {
  test("an invited person signs in with the organisation's identity provider", async ({ page }) => {
    await signInWithSso(page, demo.member);
    await expect(page).toHaveURL(`${appUrl}/`);
    await expect(page.getByRole("heading", { name: /Welkom, Daan Jansen/ })).toBeVisible();
  });

  test("an email without an account is refused and told to ask for an invite", async ({ page }) => {
    await signInWithSso(page, "nooit-uitgenodigd@e2e.test");
    await expect(page).toHaveURL(new RegExp(`^${appUrl}/login`));
    await expect(page.getByText("Er is geen actief account voor dit e-mailadres.")).toBeVisible();
    expect(await db!.user.count({ where: { email: "nooit-uitgenodigd@e2e.test" } })).toBe(0);
    await page.goto(`${appUrl}/`);
    await expect(page).toHaveURL(new RegExp(`^${appUrl}/login`));
  });

  test("a deactivated account cannot sign in with single sign-on either", async ({ page }) => {
    await db!.user.update({ where: { email: "joris@demo.nl" }, data: { deactivatedAt: new Date() } });
    await signInWithSso(page, "joris@demo.nl");
    await expect(page.getByText("Er is geen actief account voor dit e-mailadres.")).toBeVisible();
  });

  test("the sign-in page without single sign-on configured shows no such button", async ({ page }) => {
    // The suite's own demo server runs without OIDC_* variables.
    await page.goto("/login");
    await expect(page.getByLabel("E-mailadres")).toBeVisible();
    await expect(page.getByRole("button", { name: /Inloggen met/ })).toHaveCount(0);
  });
});
