-- CreateEnum
CREATE TYPE "Stage" AS ENUM ('IDEA', 'PLAN', 'DO', 'CHECK', 'ACT', 'DONE');

-- CreateEnum
CREATE TYPE "ImprovementStatus" AS ENUM ('ACTIVE', 'PARKED', 'REJECTED');

-- CreateEnum
CREATE TYPE "WasteType" AS ENUM ('TRANSPORT', 'INVENTORY', 'MOTION', 'WAITING', 'OVERPRODUCTION', 'OVERPROCESSING', 'DEFECTS', 'UNUSED_SKILLS');

-- CreateEnum
CREATE TYPE "ActivityKind" AS ENUM ('CREATED', 'MOVED', 'EDITED', 'OWNERS_CHANGED', 'ACCEPTED', 'PARKED', 'REJECTED', 'RESTORED', 'COMMENTED');

-- CreateTable
CREATE TABLE "Column" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "stage" "Stage" NOT NULL,
    "position" INTEGER NOT NULL,
    "wipLimit" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Column_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Improvement" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "columnId" UUID NOT NULL,
    "rank" TEXT COLLATE "C",
    "title" TEXT NOT NULL,
    "problem" TEXT,
    "proposal" TEXT,
    "submitterId" UUID,
    "wasteType" "WasteType",
    "customerValue" TEXT,
    "dueDate" DATE,
    "status" "ImprovementStatus" NOT NULL DEFAULT 'ACTIVE',
    "statusReason" TEXT,
    "statusChangedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "firstResponseAt" TIMESTAMP(3),
    "stageEnteredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Improvement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImprovementOwner" (
    "improvementId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImprovementOwner_pkey" PRIMARY KEY ("improvementId","userId")
);

-- CreateTable
CREATE TABLE "ImprovementComment" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "improvementId" UUID NOT NULL,
    "authorId" UUID,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImprovementComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImprovementActivity" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "improvementId" UUID NOT NULL,
    "actorId" UUID,
    "kind" "ActivityKind" NOT NULL,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImprovementActivity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Column_teamId_position_idx" ON "Column"("teamId", "position");

-- CreateIndex
CREATE INDEX "Improvement_teamId_status_idx" ON "Improvement"("teamId", "status");

-- CreateIndex
CREATE INDEX "Improvement_organisationId_submitterId_idx" ON "Improvement"("organisationId", "submitterId");

-- CreateIndex
CREATE UNIQUE INDEX "Improvement_columnId_rank_key" ON "Improvement"("columnId", "rank");

-- CreateIndex
CREATE INDEX "ImprovementOwner_userId_idx" ON "ImprovementOwner"("userId");

-- CreateIndex
CREATE INDEX "ImprovementComment_improvementId_createdAt_idx" ON "ImprovementComment"("improvementId", "createdAt");

-- CreateIndex
CREATE INDEX "ImprovementActivity_improvementId_createdAt_idx" ON "ImprovementActivity"("improvementId", "createdAt");

-- AddForeignKey
ALTER TABLE "Column" ADD CONSTRAINT "Column_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Improvement" ADD CONSTRAINT "Improvement_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Improvement" ADD CONSTRAINT "Improvement_columnId_fkey" FOREIGN KEY ("columnId") REFERENCES "Column"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Improvement" ADD CONSTRAINT "Improvement_submitterId_fkey" FOREIGN KEY ("submitterId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementOwner" ADD CONSTRAINT "ImprovementOwner_improvementId_fkey" FOREIGN KEY ("improvementId") REFERENCES "Improvement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementOwner" ADD CONSTRAINT "ImprovementOwner_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementComment" ADD CONSTRAINT "ImprovementComment_improvementId_fkey" FOREIGN KEY ("improvementId") REFERENCES "Improvement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementComment" ADD CONSTRAINT "ImprovementComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementActivity" ADD CONSTRAINT "ImprovementActivity_improvementId_fkey" FOREIGN KEY ("improvementId") REFERENCES "Improvement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImprovementActivity" ADD CONSTRAINT "ImprovementActivity_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
