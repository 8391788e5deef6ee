-- CreateEnum
CREATE TYPE "KpiDirection" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER');

-- CreateEnum
CREATE TYPE "DailyStartSection" AS ENUM ('ATTENDANCE', 'ANNOUNCEMENTS', 'LOOK_BACK', 'TODAY', 'IMPROVEMENTS');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'REMOTE', 'ABSENT');

-- CreateEnum
CREATE TYPE "DailyStartItemKind" AS ENUM ('ANNOUNCEMENT', 'WENT_WELL', 'COULD_BE_BETTER', 'BOTTLENECK', 'DECISION');

-- CreateTable
CREATE TABLE "Kpi" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "target" DECIMAL(14,2),
    "direction" "KpiDirection" NOT NULL,
    "position" INTEGER NOT NULL,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Kpi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KpiValue" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "kpiId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "value" DECIMAL(14,2) NOT NULL,
    "enteredById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KpiValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DailyStartSetting" (
    "teamId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "stuckAfterDays" INTEGER NOT NULL DEFAULT 5,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DailyStartSetting_pkey" PRIMARY KEY ("teamId")
);

-- CreateTable
CREATE TABLE "DailyStart" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "section" "DailyStartSection" NOT NULL DEFAULT 'ATTENDANCE',
    "startedAt" TIMESTAMP(3),
    "startedById" UUID,
    "finishedAt" TIMESTAMP(3),
    "finishedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DailyStart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DailyStartAttendance" (
    "dailyStartId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "status" "AttendanceStatus" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DailyStartAttendance_pkey" PRIMARY KEY ("dailyStartId","userId")
);

-- CreateTable
CREATE TABLE "DailyStartItem" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "dailyStartId" UUID NOT NULL,
    "kind" "DailyStartItemKind" NOT NULL,
    "text" TEXT NOT NULL,
    "authorId" UUID,
    "improvementId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DailyStartItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DailyStartRead" (
    "dailyStartId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "readAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DailyStartRead_pkey" PRIMARY KEY ("dailyStartId","userId")
);

-- CreateTable
CREATE TABLE "DailyStartMood" (
    "dailyStartId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "score" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DailyStartMood_pkey" PRIMARY KEY ("dailyStartId","userId")
);

-- CreateIndex
CREATE INDEX "Kpi_teamId_position_idx" ON "Kpi"("teamId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "KpiValue_kpiId_day_key" ON "KpiValue"("kpiId", "day");

-- CreateIndex
CREATE INDEX "DailyStart_teamId_finishedAt_idx" ON "DailyStart"("teamId", "finishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "DailyStart_teamId_day_key" ON "DailyStart"("teamId", "day");

-- CreateIndex
CREATE INDEX "DailyStartAttendance_userId_idx" ON "DailyStartAttendance"("userId");

-- CreateIndex
CREATE INDEX "DailyStartItem_dailyStartId_kind_createdAt_idx" ON "DailyStartItem"("dailyStartId", "kind", "createdAt");

-- CreateIndex
CREATE INDEX "DailyStartRead_userId_idx" ON "DailyStartRead"("userId");

-- AddForeignKey
ALTER TABLE "Kpi" ADD CONSTRAINT "Kpi_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiValue" ADD CONSTRAINT "KpiValue_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiValue" ADD CONSTRAINT "KpiValue_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyStartSetting" ADD CONSTRAINT "DailyStartSetting_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyStart" ADD CONSTRAINT "DailyStart_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyStart" ADD CONSTRAINT "DailyStart_startedById_fkey" FOREIGN KEY ("startedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyStart" ADD CONSTRAINT "DailyStart_finishedById_fkey" FOREIGN KEY ("finishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyStartAttendance" ADD CONSTRAINT "DailyStartAttendance_dailyStartId_fkey" FOREIGN KEY ("dailyStartId") REFERENCES "DailyStart"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyStartAttendance" ADD CONSTRAINT "DailyStartAttendance_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyStartItem" ADD CONSTRAINT "DailyStartItem_dailyStartId_fkey" FOREIGN KEY ("dailyStartId") REFERENCES "DailyStart"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyStartItem" ADD CONSTRAINT "DailyStartItem_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyStartItem" ADD CONSTRAINT "DailyStartItem_improvementId_fkey" FOREIGN KEY ("improvementId") REFERENCES "Improvement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyStartRead" ADD CONSTRAINT "DailyStartRead_dailyStartId_fkey" FOREIGN KEY ("dailyStartId") REFERENCES "DailyStart"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyStartRead" ADD CONSTRAINT "DailyStartRead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyStartMood" ADD CONSTRAINT "DailyStartMood_dailyStartId_fkey" FOREIGN KEY ("dailyStartId") REFERENCES "DailyStart"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyStartMood" ADD CONSTRAINT "DailyStartMood_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Added by hand (Prisma cannot declare it): a mood answer is 1–5, whatever writes it.
ALTER TABLE "DailyStartMood" ADD CONSTRAINT "DailyStartMood_score_check" CHECK ("score" BETWEEN 1 AND 5);
