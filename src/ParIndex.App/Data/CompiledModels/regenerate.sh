#!/usr/bin/env bash
# Regenerates the compiled EF Core models (one per provider) after any change to AppDbContext or its entities;
# CompiledModelTests fails until this has been run. From anywhere: bash src/ParIndex.App/Data/CompiledModels/regenerate.sh
set -euo pipefail
cd "$(dirname "$0")/../../../.."
models=src/ParIndex.App/Data/CompiledModels
# The old models may not compile against the changed entities; the application builds and runs without them.
rm -rf "$models/Sqlite" "$models/Postgres"
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet build "src/ParIndex.Migrations.$provider" -nologo -v quiet
  dotnet ef dbcontext optimize --no-build --project src/ParIndex.App --startup-project "src/ParIndex.Migrations.$provider" \
    --context AppDbContext --output-dir "Data/CompiledModels/$provider" --namespace "ParIndex.App.Data.CompiledModels.$provider"
  # Database.Configure chooses the model by provider; this assembly-wide registration would pick one for both.
  rm "$models/$provider/AppDbContextAssemblyAttributes.cs"
done
