-- CreateTable
CREATE TABLE "Success" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "story" TEXT NOT NULL,
    "achievedOn" DATE NOT NULL,
    "effectValue" DECIMAL(14,2),
    "effectUnit" TEXT,
    "featuredAt" TIMESTAMP(3),
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Success_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SuccessImprovement" (
    "successId" UUID NOT NULL,
    "improvementId" UUID NOT NULL,

    CONSTRAINT "SuccessImprovement_pkey" PRIMARY KEY ("successId","improvementId")
);

-- CreateTable
CREATE TABLE "SuccessContributor" (
    "successId" UUID NOT NULL,
    "userId" UUID NOT NULL,

    CONSTRAINT "SuccessContributor_pkey" PRIMARY KEY ("successId","userId")
);

-- CreateTable
CREATE TABLE "SuccessThanks" (
    "successId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuccessThanks_pkey" PRIMARY KEY ("successId","userId")
);

-- CreateIndex
CREATE INDEX "Success_organisationId_achievedOn_idx" ON "Success"("organisationId", "achievedOn");

-- CreateIndex
CREATE INDEX "Success_teamId_createdAt_idx" ON "Success"("teamId", "createdAt");

-- CreateIndex
CREATE INDEX "SuccessImprovement_improvementId_idx" ON "SuccessImprovement"("improvementId");

-- CreateIndex
CREATE INDEX "SuccessContributor_userId_idx" ON "SuccessContributor"("userId");

-- CreateIndex
CREATE INDEX "SuccessThanks_userId_idx" ON "SuccessThanks"("userId");

-- AddForeignKey
ALTER TABLE "Success" ADD CONSTRAINT "Success_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Success" ADD CONSTRAINT "Success_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Success" ADD CONSTRAINT "Success_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuccessImprovement" ADD CONSTRAINT "SuccessImprovement_successId_fkey" FOREIGN KEY ("successId") REFERENCES "Success"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuccessImprovement" ADD CONSTRAINT "SuccessImprovement_improvementId_fkey" FOREIGN KEY ("improvementId") REFERENCES "Improvement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuccessContributor" ADD CONSTRAINT "SuccessContributor_successId_fkey" FOREIGN KEY ("successId") REFERENCES "Success"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuccessContributor" ADD CONSTRAINT "SuccessContributor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuccessThanks" ADD CONSTRAINT "SuccessThanks_successId_fkey" FOREIGN KEY ("successId") REFERENCES "Success"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuccessThanks" ADD CONSTRAINT "SuccessThanks_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
